#include "Database.h"

#include "ChangeFeed.h"
#include "ChangeNotifier.h"
#include "DatabaseAddress.h"
#include "Dialect.h"
#include "Error.h"
#include "Migrations.h"
#include "ScratchFolder.h"
#include "SqlQuery.h"
#include "StatementCache.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace kz {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("kindzicht-%1").arg(counter.fetchAndAddRelaxed(1));
}

// A fresh file gets 0600 before SQLite writes a byte of children's data into it.
void createPrivateFile(const QString& path)
{
    const QFileInfo info(path);
    if (info.exists())
        return;
    if (!QDir().mkpath(info.absolutePath()))
        throw Error(Error::Kind::Io,
                    Database::tr("The folder %1 could not be created.").arg(info.absolutePath()));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(Error::Kind::Io, Database::tr("The database file %1 could not be created.").arg(path),
                    file.errorString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace

Database::Database(QString connectionName, QString path, std::shared_ptr<const Dialect> dialect)
    : m_connectionName(std::move(connectionName)), m_path(std::move(path)), m_dialect(std::move(dialect)),
      m_statements(std::make_shared<StatementCache>()), m_notifier(std::make_unique<ChangeNotifier>())
{}

Database::Database(Database&& other) noexcept
    : m_connectionName(std::exchange(other.m_connectionName, {})), m_path(std::exchange(other.m_path, {})),
      m_dialect(std::exchange(other.m_dialect, {})),
      m_transactionDepth(std::exchange(other.m_transactionDepth, 0)),
      m_afterTransaction(std::exchange(other.m_afterTransaction, {})),
      m_statementCount(std::exchange(other.m_statementCount, {})),
      m_statements(std::exchange(other.m_statements, {})),
      m_checkedChildren(std::exchange(other.m_checkedChildren, {})),
      m_pendingChanges(std::exchange(other.m_pendingChanges, {})), m_notifier(std::move(other.m_notifier))
{}

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        close();
        m_connectionName = std::exchange(other.m_connectionName, {});
        m_path = std::exchange(other.m_path, {});
        m_dialect = std::exchange(other.m_dialect, {});
        m_transactionDepth = std::exchange(other.m_transactionDepth, 0);
        m_afterTransaction = std::exchange(other.m_afterTransaction, {});
        m_statementCount = std::exchange(other.m_statementCount, {});
        m_statements = std::exchange(other.m_statements, {});
        m_checkedChildren = std::exchange(other.m_checkedChildren, {});
        m_pendingChanges = std::exchange(other.m_pendingChanges, {});
        m_notifier = std::move(other.m_notifier);
    }
    return *this;
}

Database::~Database()
{
    close();
}

void Database::close()
{
    if (m_connectionName.isEmpty())
        return;
    if (m_statements)
        m_statements->close(); // no prepared statement outlives its connection
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

void Database::createAtomically(const QString& path, const QString& existsMessage,
                                const std::function<void(const Database&)>& fill)
{
    const QString target = QFileInfo(path).absoluteFilePath();
    const QFileInfo info(target);
    if (info.exists() && (!info.isFile() || info.size() > 0))
        throw Error(Error::Kind::Conflict, existsMessage);
    if (!QDir().mkpath(info.absolutePath()))
        throw Error(Error::Kind::Io, tr("The folder %1 could not be created.").arg(info.absolutePath()));
    ScratchFolder::removeLeftovers(target);
    const ScratchFolder scratch(target);
    const QString partial = scratch.filePath(info.fileName());
    {
        const Database db = open(partial);
        fill(db);
        db.optimize();
    }                                 // closing checkpoints the journal into the file and removes it
    if (QFileInfo(target).size() > 0) // someone else made it meanwhile
        throw Error(Error::Kind::Conflict, existsMessage);
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(target).constData()) != 0)
        throw Error(Error::Kind::Io, tr("%1 could not be put in place.").arg(target),
                    QString::fromLocal8Bit(std::strerror(errno)));
}

QString Database::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("kindzicht.db"));
}

Database Database::open(const QString& path)
{
    const DatabaseAddress address = DatabaseAddress::parse(path);
    if (address.isServer())
        return openServer(address);
    const QString absolute = address.filePath();
    // Plaintext working copies of a killed backup, restore or demo go before anything else.
    ScratchFolder::removeLeftovers(absolute);
    createPrivateFile(absolute);

    Database result(nextConnectionName(), absolute, nullptr);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(Dialect::driverFor(absolute), result.m_connectionName);
        db.setDatabaseName(absolute);
        if (!db.open())
            throw Error(Error::Kind::Database, tr("The database %1 could not be opened.").arg(absolute),
                        db.lastError().text());
        result.m_dialect = Dialect::forDriver(db.driverName());
    }
    result.dialect().prepareConnection(result);
    Migrations::upgrade(result);
    result.clearStatementCache(); // statements prepared against an older schema are not kept
    result.dialect().tuneConnection(result);
    if (result.wipePending()) {
        try {
            result.finishWipe();
        } catch (const Error&) {
            // Still blocked or no room: the flag stays, and the next opening tries again.
        }
    }
    return result;
}

namespace {

// libpq says so in its own words (and language); these are the ones that mean "a password".
bool asksForPassword(const QString& driverText)
{
    return driverText.contains(QLatin1String("fe_sendauth"), Qt::CaseInsensitive) ||
           driverText.contains(QLatin1String("password"), Qt::CaseInsensitive) ||
           driverText.contains(QLatin1String("wachtwoord"), Qt::CaseInsensitive);
}

} // namespace

// The organisation's server, as the address's user.
Database Database::connectServer(const DatabaseAddress& address, const QString& password)
{
    Database result(nextConnectionName(), address.toString(), nullptr);
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(Dialect::driverFor(result.m_path), result.m_connectionName);
        db.setHostName(address.host());
        db.setPort(address.port());
        db.setUserName(address.user());
        db.setDatabaseName(address.databaseName());
        db.setConnectOptions(address.connectOptions());
        if (!password.isEmpty())
            db.setPassword(password); // held by the driver for this connection only, never stored
        if (!db.open()) {
            const QString detail = db.lastError().text();
            if (asksForPassword(detail))
                throw Error(Error::Kind::AccessDenied,
                            password.isEmpty()
                                ? tr("The server asks for the password of %1.").arg(address.user())
                                : tr("The server refused the password of %1.").arg(address.user()),
                            detail);
            throw Error(
                Error::Kind::Database,
                tr("The server %1 could not be reached or refused the connection.").arg(address.toString()),
                detail);
        }
        result.m_dialect = Dialect::forDriver(db.driverName());
    }
    result.dialect().prepareConnection(result);
    return result;
}

Database Database::openServerAsItIs(const QString& address)
{
    const DatabaseAddress parsed = DatabaseAddress::parse(address);
    if (!parsed.isServer())
        throw Error(Error::Kind::Validation,
                    tr("%1 is a file; give the server's address (postgresql://…).").arg(address));
    return connectServer(parsed, {});
}

Database Database::openServer(const DatabaseAddress& address, const QString& password)
{
    Database result = connectServer(address, password);
    Migrations::upgrade(result);
    result.clearStatementCache();
    result.dialect().tuneConnection(result);
    // A purge whose tables could not be rewritten (someone was reading them) is finished by the
    // next login that may rewrite them.
    if (result.wipePending() && result.dialect().actsAsOwner(result)) {
        try {
            result.finishWipe();
        } catch (const Error&) {
            // Still read by someone: the flag stays for the next opening.
        }
    }
    return result;
}

Database Database::openReader(const ReaderSource& source)
{
    Database result(nextConnectionName(), source.path, source.dialect);
    {
        // The overload by name is the one Qt makes for cloning into another thread.
        QSqlDatabase db = QSqlDatabase::cloneDatabase(source.connectionName, result.m_connectionName);
        if (!db.open())
            throw Error(Error::Kind::Database,
                        tr("A second connection to %1 could not be opened.")
                            .arg(DatabaseAddress::parse(source.path).displayName()),
                        db.lastError().text());
    }
    result.dialect().prepareConnection(result);
    result.dialect().tuneConnection(result);
    return result;
}

void Database::rememberChildChecked(qint64 userId, qint64 childId) const
{
    ++m_checkedChildren[{userId, childId}];
}

void Database::forgetChildChecked(qint64 userId, qint64 childId) const
{
    const auto it = m_checkedChildren.find({userId, childId});
    if (it != m_checkedChildren.end() && --*it <= 0)
        m_checkedChildren.erase(it);
}

bool Database::childChecked(qint64 userId, qint64 childId) const
{
    return m_checkedChildren.contains({userId, childId});
}

bool Database::isServer() const
{
    return DatabaseAddress::parse(m_path).isServer();
}

QString Database::serverPassword() const
{
    return isServer() ? QSqlDatabase::database(m_connectionName, false).password() : QString();
}

bool Database::connectionLost(const QSqlError& error) const
{
    if (m_connectionName.isEmpty() || !m_dialect)
        return false;
    return !connection().isOpen() || m_dialect->failureOf(error) == Dialect::Failure::ConnectionLost;
}

bool Database::reconnectAfter(const QSqlError& error) const
{
    if (m_transactionDepth > 0 || m_reconnecting || !connectionLost(error))
        return false;
    m_reconnecting = true; // a failure while setting up the new connection is not retried again
    // Every statement prepared on the old connection went with it.
    m_statements->close();
    m_statements = std::make_shared<StatementCache>();
    QSqlDatabase db = connection();
    db.close();
    bool open = db.open();
    if (open) {
        try {
            dialect().prepareConnection(*this);
        } catch (const Error&) {
            open = false;
        }
    }
    m_reconnecting = false;
    if (open)
        ChangeFeed::listenAgain(m_connectionName, m_notifier.get());
    return open;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    // Kept in `meta` since schema 9; a database from before has only the engine's own mark.
    if (connection().tables().contains(QStringLiteral("meta"))) {
        SqlQuery q(*this, QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"));
        if (const auto version = q.scalar())
            return version->toInt();
    }
    return dialect().versionBeforeMeta(*this);
}

QString Database::sqliteVersion() const
{
    return dialect().engineVersion(*this);
}

void Database::clearStatementCache() const
{
    if (m_statements)
        m_statements->clear();
}

void Database::optimize() const
{
    dialect().optimize(*this);
}

bool Database::wipePending() const
{
    SqlQuery q(*this, QStringLiteral("SELECT value FROM meta WHERE key = 'wipe_pending'"));
    const auto value = q.scalar();
    return value && value->toString() == QLatin1String("1");
}

bool Database::finishWipe(const QStringList& tables) const
{
    const auto remember = [this](bool pending) {
        SqlQuery q(*this, pending
                              ? QStringLiteral("INSERT INTO meta (key, value) VALUES ('wipe_pending', '1') "
                                               "ON CONFLICT (key) DO UPDATE SET value = excluded.value")
                              : QStringLiteral("DELETE FROM meta WHERE key = 'wipe_pending'"));
        q.exec();
    };
    remember(true); // a failed compaction below leaves the flag set
    if (tables.isEmpty())
        dialect().compact(*this);
    else
        dialect().compactTables(*this, tables);
    if (!dialect().emptyJournal(*this))
        return false;
    remember(false);
    dialect().emptyJournal(*this);
    return true;
}

} // namespace kz
