#include "ThrowawayPostgres.h"
#include "db/Database.h"
#include "db/Migrations.h"
#include "db/postgres/PostgresDialect.h"

#include <QMap>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using kz::test::PostgresConnection;
using kz::test::ScratchPostgresDatabase;

// The server's schema holds what the SQLite file holds, and keeps the same rules.

namespace {

using Columns = QMap<QString, QSet<QString>>;

Columns columnsOf(const QSqlDatabase& db, const QSet<QString>& skipTables)
{
    Columns columns;
    for (const QString& table : db.tables(QSql::Tables)) {
        if (skipTables.contains(table) || table.startsWith(QLatin1String("observations_fts")))
            continue;
        const QSqlRecord record = db.record(table);
        for (int i = 0; i < record.count(); ++i)
            columns[table].insert(record.fieldName(i));
    }
    return columns;
}

int countOf(const kz::Database& db, const QString& table)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next() ? q.value(0).toInt() : -1;
}

class PostgresSchemaTest : public ::testing::Test
{
protected:
    // Applies every PostgreSQL step in one transaction; the first failure, or empty.
    static QString applySchema(const PostgresConnection& db)
    {
        QString failure = db.run(QStringLiteral("BEGIN"));
        for (const kz::Migration& step : kz::PostgresDialect().migrations()) {
            for (const QString& statement : step.statements) {
                if (!failure.isEmpty())
                    break;
                failure = db.run(statement);
                if (!failure.isEmpty())
                    failure += QStringLiteral("\n in: ") + statement;
            }
        }
        if (failure.isEmpty())
            failure = db.run(QStringLiteral("COMMIT"));
        return failure;
    }
};

} // namespace

TEST_F(PostgresSchemaTest, TheServerHoldsEveryTableAndColumnOfTheFile)
{
    KZ_REQUIRE_POSTGRES(socket);
    const ScratchPostgresDatabase scratch(*socket);
    ASSERT_TRUE(scratch.created());
    const PostgresConnection server(*socket, scratch.name());
    ASSERT_TRUE(server.open()) << qPrintable(server.error());
    ASSERT_EQ(applySchema(server), QString());

    QTemporaryDir dir;
    const kz::Database file = kz::Database::open(dir.filePath(QStringLiteral("k.db")));
    ASSERT_EQ(kz::PostgresDialect().migrations().back().version, kz::Migrations::currentVersion())
        << "a new schema step needs its PostgreSQL statements too (core/db/postgres)";
    Columns onServer = columnsOf(server.database(), {});
    onServer[QStringLiteral("observations")].remove(QStringLiteral("search")); // the search index
    const Columns inFile = columnsOf(file.connection(), {});
    EXPECT_EQ(onServer.keys(), inFile.keys());
    // The rows every new database starts with, as many on both.
    EXPECT_EQ(server.scalar(QStringLiteral("SELECT count(*) FROM partner_category_domains")),
              QString::number(countOf(file, QStringLiteral("partner_category_domains"))));
    EXPECT_EQ(server.scalar(QStringLiteral("SELECT count(*) FROM partner_categories")),
              QString::number(countOf(file, QStringLiteral("partner_categories"))));
    EXPECT_EQ(server.scalar(QStringLiteral("SELECT count(*) FROM domains")),
              QString::number(countOf(file, QStringLiteral("domains"))));
    for (auto it = inFile.constBegin(); it != inFile.constEnd(); ++it)
        EXPECT_EQ(onServer.value(it.key()), it.value()) << qPrintable(it.key());
}

TEST_F(PostgresSchemaTest, TheAuditLogOnlyGrowsAndASentHandoverStaysAsItWas)
{
    KZ_REQUIRE_POSTGRES(socket);
    const ScratchPostgresDatabase scratch(*socket);
    ASSERT_TRUE(scratch.created());
    const PostgresConnection db(*socket, scratch.name());
    ASSERT_TRUE(db.open());
    ASSERT_EQ(applySchema(db), QString());
    EXPECT_EQ(db.scalar(QStringLiteral("INSERT INTO audit_log (at, action, entity) "
                                       "VALUES ('2026-11-30T10:00:00Z', 'view', 'child') RETURNING id")),
              QStringLiteral("1"));
    EXPECT_NE(db.run(QStringLiteral("UPDATE audit_log SET detail = 'x'")), QString());
    EXPECT_NE(db.run(QStringLiteral("DELETE FROM audit_log")), QString());
    EXPECT_NE(db.run(QStringLiteral("TRUNCATE audit_log")), QString());
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT count(*) FROM audit_log")), QStringLiteral("1"));
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT tgname FROM pg_trigger WHERE tgname = "
                                       "'handover_snapshots_immutable'")),
              QStringLiteral("handover_snapshots_immutable"));
}

TEST_F(PostgresSchemaTest, NotesAreFoundWithoutAccentsAndAreaNamesCompareWithoutCase)
{
    KZ_REQUIRE_POSTGRES(socket);
    const ScratchPostgresDatabase scratch(*socket);
    ASSERT_TRUE(scratch.created());
    const PostgresConnection db(*socket, scratch.name());
    ASSERT_TRUE(db.open());
    ASSERT_EQ(applySchema(db), QString());
    for (const QString& statement :
         {QStringLiteral("INSERT INTO locations (name, created_at) VALUES ('Locatie', now())"),
          QStringLiteral(
              "INSERT INTO groups (location_id, name, kind, min_age_months, max_age_months, capacity) "
              "VALUES (1, 'Egeltjes', 'kdv', 0, 48, 16)"),
          QStringLiteral(
              "INSERT INTO users (username, display_name, created_at) VALUES ('fatima', 'F', now())"),
          QStringLiteral(
              "INSERT INTO children (given_name, family_name, birth_date, group_id, start_date, "
              "created_at, updated_at) VALUES ('Bram', 'Test', '2023-02-28', 1, '2025-01-06', now(), "
              "now())"),
          QStringLiteral(
              "INSERT INTO observations (child_id, observed_at, created_at, updated_at, author_id, body, "
              "kind) VALUES (1, now(), now(), now(), 1, 'Speelde in het Café met Ünal', 'neutral')"),
          QStringLiteral("INSERT INTO areas (name) VALUES ('Den Haag')")})
        ASSERT_EQ(db.run(statement), QString()) << qPrintable(statement);
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT count(*) FROM observations "
                                       "WHERE search @@ websearch_to_tsquery('kz_simple', 'cafe unal')")),
              QStringLiteral("1"));
    EXPECT_EQ(db.scalar(QStringLiteral("SELECT count(*) FROM areas WHERE name = 'den haag'")),
              QStringLiteral("1"));
    EXPECT_NE(db.run(QStringLiteral("INSERT INTO areas (name) VALUES ('DEN HAAG')")), QString());
}
