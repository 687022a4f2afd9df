#include "db/DatabaseAddress.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <gtest/gtest.h>
#include <optional>

// The throwaway PostgreSQL server of a test run (tests/postgres/throwaway-server.sh, started by a
// CTest fixture) is reachable through QPSQL with what the server engine will need: a database of
// its own per suite, and the unaccent extension behind accent-insensitive search.

namespace {

// The socket folder of this run's server; nullopt when the run has none.
std::optional<QString> serverSocket()
{
    QFile ready(
        qEnvironmentVariable("KINDZICHT_TEST_POSTGRES", QStringLiteral(KINDZICHT_TEST_POSTGRES_READY)));
    if (ready.fileName().isEmpty() || !ready.open(QIODevice::ReadOnly))
        return std::nullopt;
    return QString::fromUtf8(ready.readAll()).trimmed();
}

class Connection
{
public:
    Connection(const QString& socket, const QString& databaseName)
        : m_name(QStringLiteral("pg-test-%1").arg(QRandomGenerator::global()->generate()))
    {
        const auto address = kz::DatabaseAddress::parse(
            QStringLiteral("postgresql://postgres@/%1?host=%2").arg(databaseName, socket));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(address.host());
        db.setPort(address.port());
        db.setUserName(address.user());
        db.setDatabaseName(address.databaseName());
        db.setConnectOptions(address.connectOptions());
        m_open = db.open();
        m_error = db.lastError().text();
    }
    ~Connection() { QSqlDatabase::removeDatabase(m_name); }
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    bool open() const { return m_open; }
    const QString& error() const { return m_error; }
    QString scalar(const QString& sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql) || !q.next())
            return QStringLiteral("error: ") + q.lastError().text();
        return q.value(0).toString();
    }
    bool run(const QString& sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        return q.exec(sql);
    }

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};

} // namespace

TEST(PostgresServerTest, QpsqlReachesTheRunsServerWithADatabaseOfItsOwn)
{
    const std::optional<QString> socket = serverSocket();
    const bool driver = QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"));
    if (!socket || !driver) {
        if (qEnvironmentVariable("KINDZICHT_REQUIRE_POSTGRES") == QLatin1String("1"))
            FAIL() << (socket ? "No QPSQL driver (libqt6sql6-psql)" : "No PostgreSQL server for this run")
                   << ", and KINDZICHT_REQUIRE_POSTGRES=1";
        GTEST_SKIP() << "No PostgreSQL server for this run (PostgreSQL 15 and libqt6sql6-psql are "
                        "installed by installer/setup.sh): the PostgreSQL half is skipped.";
    }
    const QString name = QStringLiteral("kz_test_%1").arg(QRandomGenerator::global()->generate());
    {
        const Connection admin(*socket, QStringLiteral("postgres"));
        ASSERT_TRUE(admin.open()) << qPrintable(admin.error());
        EXPECT_GE(admin.scalar(QStringLiteral("SHOW server_version_num")).toInt(), 150000);
        ASSERT_TRUE(admin.run(QStringLiteral("CREATE DATABASE %1").arg(name)));
    }
    {
        const Connection db(*socket, name);
        ASSERT_TRUE(db.open()) << qPrintable(db.error());
        EXPECT_EQ(db.scalar(QStringLiteral("SELECT current_database()")), name);
        EXPECT_EQ(db.scalar(QStringLiteral("SHOW server_encoding")), QStringLiteral("UTF8"));
        ASSERT_TRUE(db.run(QStringLiteral("CREATE EXTENSION unaccent")));
        EXPECT_EQ(db.scalar(QStringLiteral("SELECT unaccent('Café Ünal')")), QStringLiteral("Cafe Unal"));
    }
    const Connection admin(*socket, QStringLiteral("postgres"));
    EXPECT_TRUE(admin.run(QStringLiteral("DROP DATABASE %1").arg(name)));
}
