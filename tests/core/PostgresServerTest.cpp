#include "ThrowawayPostgres.h"

#include <gtest/gtest.h>

using kz::test::PostgresConnection;
using kz::test::ScratchPostgresDatabase;

// The run's throwaway server is reachable through QPSQL with what the server engine needs: a
// database of its own per test and the unaccent extension behind accent-insensitive search.
TEST(PostgresServerTest, QpsqlReachesTheRunsServerWithADatabaseOfItsOwn)
{
    KZ_REQUIRE_POSTGRES(socket);
    const ScratchPostgresDatabase scratch(*socket);
    ASSERT_TRUE(scratch.created());
    const PostgresConnection db(*socket, scratch.name());
    ASSERT_TRUE(db.open()) << qPrintable(db.error());
    EXPECT_GE(db.scalar(QStringLiteral("SHOW server_version_num")).toInt(), 150000);
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT current_database()")), scratch.name());
    EXPECT_EQ(db.scalar(QStringLiteral("SHOW server_encoding")), QStringLiteral("UTF8"));
    ASSERT_EQ(db.run(QStringLiteral("CREATE EXTENSION unaccent")), QString());
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT unaccent('Café Ünal')")), QStringLiteral("Cafe Unal"));
}
