#include "Database.h"

#include "Error.h"
#include "Migrations.h"
#include "SqlQuery.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>

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

Database::Database(QString connectionName, QString path)
    : m_connectionName(std::move(connectionName))
    , m_path(std::move(path))
{
}

Database::Database(Database&& other) noexcept
    : m_connectionName(std::exchange(other.m_connectionName, {}))
    , m_path(std::exchange(other.m_path, {}))
    , m_transactionDepth(std::exchange(other.m_transactionDepth, 0))
{
}

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        close();
        m_connectionName = std::exchange(other.m_connectionName, {});
        m_path = std::exchange(other.m_path, {});
        m_transactionDepth = std::exchange(other.m_transactionDepth, 0);
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
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

QString Database::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("kindzicht.db"));
}

Database Database::open(const QString& path)
{
    if (path.isEmpty())
        throw Error(Error::Kind::Validation, tr("No database file was given."));
    const QString absolute = QFileInfo(path).absoluteFilePath();
    createPrivateFile(absolute);

    Database result(nextConnectionName(), absolute);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), result.m_connectionName);
        db.setDatabaseName(absolute);
        if (!db.open())
            throw Error(Error::Kind::Database, tr("The database %1 could not be opened.").arg(absolute),
                        db.lastError().text());
    }
    // Pragmas that are per connection (foreign keys) or should be confirmed on every open.
    SqlQuery::run(result, QStringLiteral("PRAGMA foreign_keys = ON"));
    SqlQuery::run(result, QStringLiteral("PRAGMA busy_timeout = 5000"));
    SqlQuery::run(result, QStringLiteral("PRAGMA secure_delete = ON"));

    Migrations::upgrade(result);
    // WAL is stored in the file; set it after the version check so a refused newer file stays as it was.
    SqlQuery::run(result, QStringLiteral("PRAGMA journal_mode = WAL"));
    // In WAL mode NORMAL cannot corrupt the file; it only skips an fsync per commit.
    SqlQuery::run(result, QStringLiteral("PRAGMA synchronous = NORMAL"));
    return result;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    SqlQuery q(*this, QStringLiteral("PRAGMA user_version"));
    q.exec();
    return q.next() ? q.value(0).toInt() : 0;
}

QString Database::sqliteVersion() const
{
    SqlQuery q(*this, QStringLiteral("SELECT sqlite_version()"));
    return q.scalar().value_or(QVariant()).toString();
}

void Database::optimize() const
{
    SqlQuery::run(*this, QStringLiteral("PRAGMA optimize"));
}

} // namespace kz
