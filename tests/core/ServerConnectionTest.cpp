#include "Error.h"
#include "ThrowawayPostgres.h"
#include "db/Database.h"
#include "db/Migrations.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"

#include <QThread>
#include <gtest/gtest.h>

using namespace kz;
using kz::test::PostgresConnection;
using kz::test::ScratchPostgresDatabase;

// After the server restarts (or the network drops) the next statement outside a transaction runs
// on a new connection instead of failing; inside a transaction the action fails whole, clearly.
// The server ends the connection here the way a restart does: pg_terminate_backend (57P01).
class ServerConnectionTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_socket = test::postgresSocket();
        if (!m_socket) {
            if (test::postgresRequired())
                FAIL() << qPrintable(test::postgresMissingMessage());
            GTEST_SKIP() << qPrintable(test::postgresMissingMessage());
        }
        m_scratch =
            std::make_unique<ScratchPostgresDatabase>(*m_socket, ScratchPostgresDatabase::Start::Migrated);
        ASSERT_TRUE(m_scratch->created());
        m_db = std::make_unique<Database>(Database::open(
            QStringLiteral("postgresql://postgres@/%1?host=%2").arg(m_scratch->name(), *m_socket)));
    }

    void TearDown() override
    {
        m_db.reset();
        m_scratch.reset();
    }

    QString backend() const
    {
        return SqlQuery(*m_db, QStringLiteral("SELECT pg_backend_pid()")).scalar().value().toString();
    }

    // Ends this connection's server process, as a restart of the server does, and waits until it is gone.
    void dropConnection(const QString& pid) const
    {
        const PostgresConnection admin(*m_socket, QStringLiteral("postgres"));
        ASSERT_TRUE(admin.open());
        ASSERT_EQ(admin.scalar(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid)),
                  QStringLiteral("true"));
        for (int i = 0; i < 100; ++i) {
            if (admin.scalar(
                    QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE pid = %1").arg(pid)) ==
                QLatin1String("0"))
                return;
            QThread::msleep(20);
        }
        FAIL() << "the server process did not end";
    }

    QString metaValue(const QString& key) const
    {
        SqlQuery q(*m_db, QStringLiteral("SELECT value FROM meta WHERE key = :key"));
        q.bind(QStringLiteral(":key"), key);
        return q.scalar().value_or(QStringLiteral("none")).toString();
    }

    std::optional<QString> m_socket;
    std::unique_ptr<ScratchPostgresDatabase> m_scratch;
    std::unique_ptr<Database> m_db;
};

TEST_F(ServerConnectionTest, TheNextStatementAfterALostConnectionRunsOnANewOneSetUpAsBefore)
{
    EXPECT_EQ(metaValue(QStringLiteral("schema_version")).toInt(), Migrations::currentVersion());
    const QString before = backend();
    dropConnection(before);
    // A statement kept prepared, with a value bound: tried again on the new connection.
    EXPECT_EQ(metaValue(QStringLiteral("schema_version")).toInt(), Migrations::currentVersion());
    EXPECT_NE(backend(), before);
    const auto zone = SqlQuery(*m_db, QStringLiteral("SELECT current_setting('TimeZone')")).scalar();
    EXPECT_EQ(zone.value().toString(), QStringLiteral("UTC")); // the connection's settings again
}

TEST_F(ServerConnectionTest, AnActionStartedAfterALostConnectionBeginsOnANewOne)
{
    dropConnection(backend());
    Transaction transaction(*m_db);
    SqlQuery::run(*m_db, QStringLiteral("INSERT INTO meta (key, value) VALUES ('test_after', '1')"));
    transaction.commit();
    EXPECT_EQ(metaValue(QStringLiteral("test_after")), QStringLiteral("1"));
}

TEST_F(ServerConnectionTest, ALostConnectionInsideAnActionFailsItWholeAndTheNextOneWorks)
{
    try {
        Transaction transaction(*m_db);
        SqlQuery::run(*m_db, QStringLiteral("INSERT INTO meta (key, value) VALUES ('test_half', '1')"));
        dropConnection(backend());
        SqlQuery::run(*m_db, QStringLiteral("INSERT INTO meta (key, value) VALUES ('test_rest', '1')"));
        transaction.commit();
        FAIL() << "the action went on after its connection was lost";
    } catch (const Error& e) {
        EXPECT_EQ(e.userMessage(),
                  QStringLiteral("The connection to the database server was lost; try "
                                 "again. If it keeps happening, ask whoever runs the server."));
    }
    EXPECT_EQ(metaValue(QStringLiteral("test_half")), QStringLiteral("none"));
    EXPECT_EQ(metaValue(QStringLiteral("test_rest")), QStringLiteral("none"));
}
