#include "ThrowawayPostgres.h"

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

ScratchPostgresDatabase::ScratchPostgresDatabase(const QString& socket)
    : m_socket(socket), m_name(QStringLiteral("kz_test_%1").arg(QRandomGenerator::global()->generate()))
{
    const PostgresConnection admin(m_socket, QStringLiteral("postgres"));
    m_created = admin.open() && admin.run(QStringLiteral("CREATE DATABASE %1").arg(m_name)).isEmpty();
}

ScratchPostgresDatabase::~ScratchPostgresDatabase()
{
    if (!m_created)
        return;
    const PostgresConnection admin(m_socket, QStringLiteral("postgres"));
    admin.run(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(m_name));
}

} // namespace kz::test
