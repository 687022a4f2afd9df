#include "ThrowawayPostgres.h"

#include "Error.h"
#include "db/Database.h"
#include "db/Dialect.h"
#include "db/SqlQuery.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace kz::test {

std::optional<QString> postgresSocket()
{
    QFile ready(
        qEnvironmentVariable("KINDZICHT_TEST_POSTGRES", QStringLiteral(KINDZICHT_TEST_POSTGRES_READY)));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")) || !ready.open(QIODevice::ReadOnly))
        return std::nullopt;
    return QString::fromUtf8(ready.readAll()).trimmed();
}

QString postgresServerLog(const QString& socket)
{
    return socket + QStringLiteral("/server.log");
}

QString postgresDataFolder(const QString& socket)
{
    return socket + QStringLiteral("/data");
}

bool postgresRequired()
{
    return qEnvironmentVariable("KINDZICHT_REQUIRE_POSTGRES") == QLatin1String("1");
}

QString postgresMissingMessage()
{
    const QString what =
        QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))
            ? QStringLiteral("No PostgreSQL server for this run (run the tests through ctest)")
            : QStringLiteral("No QPSQL driver (libqt6sql6-psql)");
    return postgresRequired() ? what + QStringLiteral(", and KINDZICHT_REQUIRE_POSTGRES=1")
                              : what + QStringLiteral(": the PostgreSQL half is skipped.");
}

PostgresConnection::PostgresConnection(const QString& socket, const QString& databaseName)
    : m_name(QStringLiteral("pg-test-%1").arg(QRandomGenerator::global()->generate()))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
    db.setHostName(socket);
    db.setUserName(QStringLiteral("postgres"));
    db.setDatabaseName(databaseName);
    db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=kindzicht-tests"));
    m_open = db.open();
    m_error = db.lastError().text();
}

PostgresConnection::~PostgresConnection()
{
    {
        QSqlDatabase db = database();
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase PostgresConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

QString PostgresConnection::scalar(const QString& sql) const
{
    QSqlQuery q(database());
    if (!q.exec(sql))
        return QStringLiteral("error: ") + q.lastError().text();
    if (!q.next())
        return QStringLiteral("error: no row");
    return q.value(0).toString();
}

QString PostgresConnection::run(const QString& sql) const
{
    QSqlQuery q(database());
    return q.exec(sql) ? QString() : q.lastError().text();
}

namespace {

// `pattern` with %I (the login) and %L (the password) quoted by the server; empty on failure.
QString quotedStatement(const PostgresConnection& admin, const QString& pattern, const QString& login,
                        const QString& password)
{
    QSqlQuery q(admin.database());
    q.prepare(QStringLiteral("SELECT format(CAST(:pattern AS text), CAST(:login AS text), "
                             "CAST(:password AS text))"));
    q.bindValue(QStringLiteral(":pattern"), pattern);
    q.bindValue(QStringLiteral(":login"), login);
    q.bindValue(QStringLiteral(":password"), password);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

} // namespace

void grantEverydayLogin(const Database& owner, const QString& login)
{
    SqlQuery::run(owner,
                  QStringLiteral("DO $$ BEGIN CREATE ROLE %1 LOGIN; EXCEPTION WHEN duplicate_object OR "
                                 "unique_violation THEN NULL; END $$")
                      .arg(login));
    SqlQuery::run(owner,
                  QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1")
                      .arg(login));
    SqlQuery::run(owner,
                  QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %1").arg(login));
}

QString requirePassword(const QString& socket, const QString& login, const QString& password)
{
    const PostgresConnection admin(socket, QStringLiteral("postgres"));
    if (!admin.open())
        return admin.error();
    for (const QString& pattern :
         {QStringLiteral("ALTER ROLE %I PASSWORD %L"), QStringLiteral("GRANT kz_password_users TO %I")}) {
        const QString statement = quotedStatement(admin, pattern, login, password);
        if (statement.isEmpty())
            return QStringLiteral("%1 could not be spelled for %2").arg(pattern, login);
        if (const QString error = admin.run(statement); !error.isEmpty())
            return error;
    }
    return {};
}

namespace {

// Any number: the key of the lock that lets one test at a time make the template.
const QString templateLock = QStringLiteral("20261201");

QString migrationsHash()
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const Migration& m : Dialect::forDriver(QStringLiteral("QPSQL"))->migrations())
        for (const QString& statement : m.statements)
            hash.addData(statement.toUtf8());
    return QString::fromLatin1(hash.result().toHex().left(12));
}

// Migrates a new database under a working name, renamed only when done: a test killed halfway
// leaves no template that looks finished.
bool buildTemplate(const PostgresConnection& admin, const QString& socket, const QString& name)
{
    const QString building = name + QStringLiteral("_building");
    admin.run(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(building));
    if (!admin.run(QStringLiteral("CREATE DATABASE %1").arg(building)).isEmpty())
        return false;
    try {
        const Database db =
            Database::open(QStringLiteral("postgresql://postgres@/%1?host=%2").arg(building, socket));
    } catch (const Error& e) {
        qWarning("The test template could not be migrated: %s", qPrintable(e.detail()));
        return false;
    }
    return admin.run(QStringLiteral("ALTER DATABASE %1 RENAME TO %2").arg(building, name)).isEmpty();
}

} // namespace

QString migratedTemplate(const QString& socket)
{
    static QString made; // per process: asked once, then every test copies it
    if (!made.isEmpty())
        return made;
    const QString name = QStringLiteral("kz_template_%1").arg(migrationsHash());
    const PostgresConnection admin(socket, QStringLiteral("postgres"));
    if (!admin.open())
        return {};
    admin.scalar(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(templateLock));
    const bool exists =
        admin.scalar(QStringLiteral("SELECT COUNT(*) FROM pg_database WHERE datname = '%1'").arg(name)) ==
        QLatin1String("1");
    const bool ready = exists || buildTemplate(admin, socket, name);
    admin.scalar(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(templateLock));
    if (ready)
        made = name;
    return made;
}

ScratchPostgresDatabase::ScratchPostgresDatabase(const QString& socket, Start start)
    : m_socket(socket), m_name(QStringLiteral("kz_test_%1").arg(QRandomGenerator::global()->generate()))
{
    QString create = QStringLiteral("CREATE DATABASE %1").arg(m_name);
    if (start == Start::Migrated) {
        const QString source = migratedTemplate(m_socket);
        if (source.isEmpty())
            return;
        create += QStringLiteral(" TEMPLATE ") + source;
    }
    const PostgresConnection admin(m_socket, QStringLiteral("postgres"));
    m_created = admin.open() && admin.run(create).isEmpty();
}

ScratchPostgresDatabase::~ScratchPostgresDatabase()
{
    if (!m_created)
        return;
    const PostgresConnection admin(m_socket, QStringLiteral("postgres"));
    admin.run(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(m_name));
}

} // namespace kz::test
