#include "SqliteDialect.h"

#include "FtsBulkFill.h"
#include "SchemaV1.h"
#include "SchemaV10.h"
#include "SchemaV11.h"
#include "SchemaV12.h"
#include "SchemaV14.h"
#include "SchemaV16.h"
#include "SchemaV2.h"
#include "SchemaV3.h"
#include "SchemaV4.h"
#include "SchemaV5.h"
#include "SchemaV6.h"
#include "SchemaV7.h"
#include "SchemaV8.h"
#include "SchemaV9.h"
#include "db/Database.h"
#include "db/PortableSchemaV13.h"
#include "db/SqlQuery.h"

namespace kz {

QString SqliteDialect::driver()
{
    return QStringLiteral("QSQLITE");
}

Dialect::Failure SqliteDialect::failureOf(const QSqlError& error) const
{
    // SQLite's extended result codes: the primary code in the low byte.
    const int code = error.nativeErrorCode().toInt();
    switch (code) {
    case 2067: // SQLITE_CONSTRAINT_UNIQUE
    case 1555: // SQLITE_CONSTRAINT_PRIMARYKEY
        return Failure::Duplicate;
    case 787: // SQLITE_CONSTRAINT_FOREIGNKEY
        return Failure::BrokenReference;
    default:
        break;
    }
    switch (code & 0xff) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return Failure::Busy;
    case 8: // SQLITE_READONLY
        return Failure::ReadOnly;
    case 10: // SQLITE_IOERR
    case 14: // SQLITE_CANTOPEN
        return Failure::Disk;
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return Failure::Damaged;
    case 13: // SQLITE_FULL
        return Failure::Full;
    case 19: // SQLITE_CONSTRAINT: a check, NOT NULL or a trigger's RAISE
        return Failure::BrokenRule;
    default:
        return Failure::Other;
    }
}

QString SqliteDialect::engineVersion(const Database& db) const
{
    SqlQuery q(db, QStringLiteral("SELECT sqlite_version()"));
    return q.scalar().value_or(QVariant()).toString();
}

void SqliteDialect::prepareConnection(const Database& db) const
{
    // Per connection (foreign keys) or worth confirming on every open.
    SqlQuery::run(db, QStringLiteral("PRAGMA foreign_keys = ON"));
    SqlQuery::run(db, QStringLiteral("PRAGMA busy_timeout = 5000"));
    SqlQuery::run(db, QStringLiteral("PRAGMA secure_delete = ON"));
}

void SqliteDialect::tuneConnection(const Database& db) const
{
    // About 64 MB of pages instead of SQLite's 2 MB: an organisation's children, needs and
    // observations stay in memory between screens instead of being read from disk again.
    SqlQuery::run(db, QStringLiteral("PRAGMA cache_size = -65536"));
    // WAL is stored in the file; set after the version check so a refused newer file stays as it was.
    SqlQuery::run(db, QStringLiteral("PRAGMA journal_mode = WAL"));
    // In WAL mode NORMAL cannot corrupt the file; it only skips an fsync per commit.
    SqlQuery::run(db, QStringLiteral("PRAGMA synchronous = NORMAL"));
}

QString SqliteDialect::beginWrite() const
{
    return QStringLiteral("BEGIN IMMEDIATE");
}

const std::vector<Migration>& SqliteDialect::migrations() const
{
    static const std::vector<Migration> migrations = {
        {1, schemaV1Statements()},
        {2, schemaV2Statements()},
        {3, schemaV3Statements()},
        {4, schemaV4Statements()},
        {5, schemaV5Statements()},
        {6, schemaV6Statements()},
        {7, schemaV7Statements(), true},
        {8, schemaV8Statements()},
        {9, schemaV9Statements()},
        {10, schemaV10Statements()},
        {11, schemaV11Statements()},
        {12, schemaV12Statements()},
        {13, portableSchemaV13Statements()},
        {14, schemaV14Statements()},
        // 15 makes a server guard its rows itself; a file has one user at a time and nothing to add.
        {15, {}},
        {16, schemaV16Statements()},
    };
    return migrations;
}

QString SqliteDialect::beginConsistentRead() const
{
    // Deferred: the first read fixes the snapshot this connection sees until the end (WAL).
    return QStringLiteral("BEGIN");
}

bool SqliteDialect::isServer() const
{
    return false;
}

QStringList SqliteDialect::tableNames(const Database& db) const
{
    // Neither SQLite's own tables (statistics) nor the search index and its shadow tables.
    SqlQuery q(db,
               QStringLiteral("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' "
                              "AND name NOT LIKE 'sqlite%' ORDER BY name"));
    q.exec();
    QStringList names;
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

QStringList SqliteDialect::writableColumns(const Database& db, const QString& table) const
{
    SqlQuery q(db, QStringLiteral("SELECT name FROM pragma_table_info(:table) ORDER BY cid"));
    q.bind(QStringLiteral(":table"), table).exec();
    QStringList columns;
    while (q.next())
        columns.append(q.value(0).toString());
    return columns;
}

void SqliteDialect::continueIdsAfter(const Database& /*db*/, const QString& /*table*/) const
{
    // A new rowid follows the largest one already there.
}

int SqliteDialect::versionBeforeMeta(const Database& db) const
{
    SqlQuery q(db, QStringLiteral("PRAGMA user_version"));
    return q.scalar().value_or(0).toInt();
}

void SqliteDialect::markVersionForOlderBuilds(const Database& db, int version) const
{
    SqlQuery::run(db, QStringLiteral("PRAGMA user_version = %1").arg(version));
}

void SqliteDialect::suspendReferenceChecks(const Database& db) const
{
    // The pragma is ignored inside a transaction, so it is switched around it.
    SqlQuery::run(db, QStringLiteral("PRAGMA foreign_keys = OFF"));
}

void SqliteDialect::resumeReferenceChecks(const Database& db) const
{
    SqlQuery::run(db, QStringLiteral("PRAGMA foreign_keys = ON"));
}

std::optional<QString> SqliteDialect::brokenReference(const Database& db) const
{
    SqlQuery check(db, QStringLiteral("PRAGMA foreign_key_check"));
    check.exec();
    if (!check.next())
        return std::nullopt;
    return QStringLiteral("foreign_key_check: table %1, row %2 refers to %3")
        .arg(check.value(0).toString(), check.value(1).toString(), check.value(2).toString());
}

QString SqliteDialect::joinedText(const QString& expression) const
{
    return QStringLiteral("GROUP_CONCAT(%1)").arg(expression);
}

QString SqliteDialect::childrenStayingCount() const
{
    return QStringLiteral("SELECT COUNT(*) FROM children c JOIN groups g ON g.id = c.group_id "
                          "WHERE (c.group_id = :group OR g.location_id = :location) "
                          "AND (c.end_date IS NULL OR c.end_date >= :today)");
}

QString SqliteDialect::childNumbersTaken() const
{
    return QStringLiteral("SELECT DISTINCT c.external_number FROM children c WHERE c.external_number IN "
                          "(SELECT value FROM json_each(:numbers)) AND c.id IS NOT :except");
}

QString SqliteDialect::passwordHashOf() const
{
    return QStringLiteral("SELECT password_hash FROM users WHERE id = :id");
}

QString SqliteDialect::typed(const QString& placeholder, ValueType /*type*/) const
{
    return placeholder; // SQLite types the value, not the parameter; dates and moments are ISO text
}

QString SqliteDialect::dateNumber(const QString& dateExpression) const
{
    return QStringLiteral("CAST(REPLACE(%1, '-', '') AS INTEGER)").arg(dateExpression);
}

QString SqliteDialect::monthOf(const QString& dateExpression) const
{
    return QStringLiteral("substr(%1, 1, 7)").arg(dateExpression);
}

void SqliteDialect::optimize(const Database& db) const
{
    SqlQuery::run(db, QStringLiteral("PRAGMA optimize"));
}

void SqliteDialect::snapshotInto(const Database& db, const QString& file) const
{
    SqlQuery into(db, QStringLiteral("VACUUM INTO :file"));
    into.bind(QStringLiteral(":file"), file).exec();
}

void SqliteDialect::compact(const Database& db) const
{
    SqlQuery::run(db, QStringLiteral("VACUUM"));
    db.clearStatementCache(); // the rewritten file invalidates what was prepared against it
}

bool SqliteDialect::emptyJournal(const Database& db) const
{
    // busy = 1, or fewer frames copied than the log holds: a reader still sees the old pages.
    SqlQuery checkpoint(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    checkpoint.exec();
    return checkpoint.next() && checkpoint.value(0).toInt() == 0 &&
           checkpoint.value(1).toInt() == checkpoint.value(2).toInt();
}

Dialect::TextSearch SqliteDialect::observationSearch() const
{
    return {QStringLiteral("observations_fts JOIN observations o ON o.id = observations_fts.rowid"),
            QStringLiteral("observations_fts MATCH :query"),
            QStringLiteral("snippet(observations_fts, 0, '[', ']', '…', 12)"), QStringLiteral("rank")};
}

QString SqliteDialect::searchQuery(const QStringList& words) const
{
    // Each word quoted (no FTS5 operators from user input) and matched as a prefix.
    QStringList parts;
    for (const QString& word : words)
        parts.append(QLatin1Char('"') + word + QStringLiteral("\"*"));
    return parts.join(QLatin1Char(' '));
}

void SqliteDialect::tidySearchIndex(const Database& db) const
{
    // FTS5 keeps deleted words in its segments until they are merged.
    SqlQuery::run(db, QStringLiteral("INSERT INTO observations_fts(observations_fts) VALUES ('optimize')"));
}

std::unique_ptr<SearchIndexFill> SqliteDialect::fillObservationIndexInBulk(const Database& db) const
{
    return std::make_unique<FtsBulkFill>(db, FtsBulkFill::observations());
}

qint64 SqliteDialect::othersCommits(const Database& db) const
{
    // Changes only when another connection commits; this connection's own commits leave it.
    SqlQuery q(db, QStringLiteral("PRAGMA data_version"));
    return q.scalar().value_or(0).toLongLong();
}

} // namespace kz
