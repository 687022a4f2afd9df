#include "PostgresDialect.h"

#include "Error.h"
#include "PostgresSchemaSteps.h"
#include "PostgresSchemaV9.h"
#include "db/Database.h"
#include "db/SqlQuery.h"

namespace kz {

namespace {

// The generated column indexes every row as it is written: a bulk insert has nothing to add.
class NothingToFill final : public SearchIndexFill
{
public:
    void finish() override {}
};

const QString tsQuery = QStringLiteral("to_tsquery('kz_simple', :query)");

} // namespace

QString PostgresDialect::driver()
{
    return QStringLiteral("QPSQL");
}

QString PostgresDialect::engineVersion(const Database& db) const
{
    SqlQuery q(db, QStringLiteral("SELECT current_setting('server_version')"));
    return QStringLiteral("PostgreSQL ") + q.scalar().value_or(QVariant()).toString();
}

void PostgresDialect::prepareConnection(const Database& db) const
{
    // Qt 6.4 does not set the session's zone: timestamps are written and read in UTC.
    SqlQuery::run(db, QStringLiteral("SET TIME ZONE 'UTC'"));
}

void PostgresDialect::tuneConnection(const Database& /*db*/) const
{
    // Memory and durability are the server's own settings, chosen by whoever runs it.
}

QString PostgresDialect::beginWrite() const
{
    return QStringLiteral("BEGIN");
}

QString PostgresDialect::beginConsistentRead() const
{
    // One snapshot for the whole transaction: every table as it was at the first read.
    return QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
}

bool PostgresDialect::isServer() const
{
    return true;
}

QStringList PostgresDialect::tableNames(const Database& db) const
{
    SqlQuery q(db, QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                                  "current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name"));
    q.exec();
    QStringList names;
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

QStringList PostgresDialect::writableColumns(const Database& db, const QString& table) const
{
    // The search column is generated from the note's text: it is written by the server itself.
    SqlQuery q(db, QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_schema = "
                                  "current_schema() AND table_name = :table AND is_generated = 'NEVER' "
                                  "ORDER BY ordinal_position"));
    q.bind(QStringLiteral(":table"), table).exec();
    QStringList columns;
    while (q.next())
        columns.append(q.value(0).toString());
    return columns;
}

void PostgresDialect::continueIdsAfter(const Database& db, const QString& table) const
{
    if (!writableColumns(db, table).contains(QStringLiteral("id")))
        return;
    // The identity's sequence does not see ids given explicitly: it continues after the largest.
    SqlQuery q(db, QStringLiteral("SELECT setval(pg_get_serial_sequence(:table, 'id'), "
                                  "COALESCE((SELECT MAX(id) FROM %1), 0) + 1, false)")
                       .arg(table));
    q.bind(QStringLiteral(":table"), table).exec();
}

const std::vector<Migration>& PostgresDialect::migrations() const
{
    // A server database starts at 9, the version the files reached step by step.
    static const std::vector<Migration> migrations = {
        {9, postgresSchemaV9Statements()},
        {10, postgresSchemaV10Statements()},
        {11, postgresSchemaV11Statements()},
        {12, postgresSchemaV12Statements()},
    };
    return migrations;
}

int PostgresDialect::versionBeforeMeta(const Database& /*db*/) const
{
    return 0; // every server database has `meta` from its first step
}

void PostgresDialect::markVersionForOlderBuilds(const Database& /*db*/, int /*version*/) const
{
    // No Kindzicht older than `meta` ever opened a server.
}

void PostgresDialect::suspendReferenceChecks(const Database& /*db*/) const
{
    throw Error(Error::Kind::Database, Database::tr("The database could not complete the request."),
                QStringLiteral("a PostgreSQL step alters tables in place; it never suspends references"));
}

void PostgresDialect::resumeReferenceChecks(const Database& /*db*/) const {}

std::optional<QString> PostgresDialect::brokenReference(const Database& /*db*/) const
{
    return std::nullopt; // references are checked as each statement runs
}

QString PostgresDialect::joinedText(const QString& expression) const
{
    return QStringLiteral("string_agg(CAST(%1 AS text), ',')").arg(expression);
}

void PostgresDialect::optimize(const Database& db) const
{
    SqlQuery::run(db, QStringLiteral("ANALYZE"));
}

void PostgresDialect::snapshotInto(const Database& /*db*/, const QString& /*file*/) const
{
    // A server has no file to copy: its backup reads every table in one consistent read
    // (services/DatabaseSnapshot), which calls this for files only.
    throw Error(Error::Kind::Database, Database::tr("The database could not complete the request."),
                QStringLiteral("a server's snapshot is copied table by table, not by the engine"));
}

void PostgresDialect::compact(const Database& db) const
{
    // Rewrites every table, so deleted rows leave the table files (not the write-ahead log).
    SqlQuery::run(db, QStringLiteral("VACUUM FULL"));
    db.clearStatementCache();
}

bool PostgresDialect::emptyJournal(const Database& db) const
{
    try {
        SqlQuery::run(db, QStringLiteral("CHECKPOINT"));
        return true;
    } catch (const Error&) {
        return false; // the account may not ask for one; the server's own checkpoints follow
    }
}

Dialect::TextSearch PostgresDialect::observationSearch() const
{
    return {QStringLiteral("observations o"), QStringLiteral("o.search @@ ") + tsQuery,
            QStringLiteral("ts_headline('kz_simple', o.body, %1, 'StartSel=[, StopSel=], MaxWords=12, "
                           "MinWords=4, MaxFragments=1, FragmentDelimiter=…')")
                .arg(tsQuery),
            QStringLiteral("ts_rank(o.search, %1) DESC").arg(tsQuery)};
}

QString PostgresDialect::searchQuery(const QStringList& words) const
{
    // Each word a quoted lexeme (no operators from user input), matched as a prefix, all required.
    QStringList parts;
    for (QString word : words) {
        word.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('\''), QStringLiteral("''"));
        parts.append(QLatin1Char('\'') + word + QStringLiteral("':*"));
    }
    return parts.join(QStringLiteral(" & "));
}

void PostgresDialect::tidySearchIndex(const Database& /*db*/) const
{
    // A GIN index drops the entries of deleted rows when the table is vacuumed (compact()).
}

std::unique_ptr<SearchIndexFill> PostgresDialect::fillObservationIndexInBulk(const Database& /*db*/) const
{
    return std::make_unique<NothingToFill>();
}

} // namespace kz
