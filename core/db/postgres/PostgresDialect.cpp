#include "PostgresDialect.h"

#include "Error.h"
#include "PostgresLogins.h"
#include "PostgresRewrite.h"
#include "PostgresRoles.h"
#include "PostgresSchemaSteps.h"
#include "PostgresSchemaV9.h"
#include "db/Database.h"
#include "db/PortableSchemaV13.h"
#include "db/SqlQuery.h"

#include <QHash>

namespace kz {

namespace {

// The generated column indexes every row as it is written: a bulk insert has nothing to add.
class NothingToFill final : public SearchIndexFill
{
public:
    void finish() override {}
};

const QString tsQuery = QStringLiteral("to_tsquery('kz_simple', :query)");

void tryToRun(const Database& db, const QString& statement)
{
    try {
        SqlQuery::run(db, statement);
    } catch (const Error&) {
        // Not this login's right: the server's own checkpoints follow (see the README).
    }
}

} // namespace

QString PostgresDialect::driver()
{
    return QStringLiteral("QPSQL");
}

Dialect::Failure PostgresDialect::failureOf(const QSqlError& error) const
{
    // SQLSTATE codes (PostgreSQL manual, appendix A).
    static const QHash<QString, Failure> exact = {
        {QStringLiteral("23505"), Failure::Duplicate},
        {QStringLiteral("23503"), Failure::BrokenReference},
        {QStringLiteral("23502"), Failure::BrokenRule},
        {QStringLiteral("23514"), Failure::BrokenRule},
        {QStringLiteral("23001"), Failure::BrokenRule},
        {QStringLiteral("23P01"), Failure::BrokenRule},
        {QStringLiteral("P0001"), Failure::BrokenRule},
        {QStringLiteral("40001"), Failure::Clash},
        {QStringLiteral("40P01"), Failure::Clash},
        {QStringLiteral("55P03"), Failure::Busy},
        {QStringLiteral("57014"), Failure::Busy},
        {QStringLiteral("53300"), Failure::Busy},
        {QStringLiteral("53100"), Failure::Full},
        {QStringLiteral("25006"), Failure::ReadOnly},
        {QStringLiteral("42501"), Failure::NotAllowed},
        {QStringLiteral("58030"), Failure::Disk},
        {QStringLiteral("XX001"), Failure::Damaged},
        {QStringLiteral("XX002"), Failure::Damaged},
        {QStringLiteral("57P01"), Failure::ConnectionLost},
        {QStringLiteral("57P02"), Failure::ConnectionLost},
        {QStringLiteral("57P03"), Failure::ConnectionLost},
    };
    const QString code = error.nativeErrorCode();
    if (const auto it = exact.constFind(code); it != exact.constEnd())
        return *it;
    if (code.startsWith(QLatin1String("08")))
        return Failure::ConnectionLost;
    // A connection that died between statements gives libpq's own words and no SQLSTATE.
    const QString text = error.databaseText();
    if (code.isEmpty() && (text.contains(QLatin1String("server closed the connection")) ||
                           text.contains(QLatin1String("no connection to the server")) ||
                           text.contains(QLatin1String("terminating connection"))))
        return Failure::ConnectionLost;
    return Failure::Other;
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
    // The server's notices ("extension exists already, skipping") are not for the user's terminal.
    SqlQuery::run(db, QStringLiteral("SET client_min_messages = warning"));
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
        {9, postgresSchemaV9Statements()},   {10, postgresSchemaV10Statements()},
        {11, postgresSchemaV11Statements()}, {12, postgresSchemaV12Statements()},
        {13, portableSchemaV13Statements()}, {14, postgresSchemaV14Statements()},
        {15, postgresSchemaV15Statements()}, {16, postgresSchemaV16Statements()},
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

bool PostgresDialect::actsAsOwner(const Database& db) const
{
    return PostgresRoles::actsAsOwner(db);
}

QString PostgresDialect::loginName(const Database& db) const
{
    return SqlQuery(db, QStringLiteral("SELECT CAST(current_user AS text)"))
        .scalar()
        .value_or(QVariant())
        .toString();
}

void PostgresDialect::keepLogin(const Database& db, const QString& name, const QString& password) const
{
    PostgresLogins::keep(db, name, password);
}

void PostgresDialect::endLogin(const Database& db, const QString& name) const
{
    PostgresLogins::end(db, name);
}

void PostgresDialect::beginSchemaStep(const Database& db) const
{
    PostgresRoles::actAsOwner(db);
}

void PostgresDialect::endSchemaStep(const Database& db) const
{
    PostgresRoles::grantEverydayRights(db);
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

// Functions of the schema's owner (step 15), since a login reads only her own children's rows.
QString PostgresDialect::childrenStayingCount() const
{
    return QStringLiteral(
        "SELECT kindzicht_children_staying(CAST(:group AS bigint), CAST(:location AS bigint), "
        "CAST(:today AS date))");
}

QString PostgresDialect::childNumbersTaken() const
{
    return QStringLiteral(
        "SELECT kindzicht_child_numbers_taken(CAST(:numbers AS text), CAST(:except AS bigint))");
}

QString PostgresDialect::passwordHashOf() const
{
    return QStringLiteral("SELECT kindzicht_password_hash(CAST(:id AS bigint))");
}

QString PostgresDialect::typed(const QString& placeholder, ValueType type) const
{
    // QPSQL prepares before it binds: a parameter the statement does not type would be unknown.
    switch (type) {
    case ValueType::Integer:
        return QStringLiteral("CAST(%1 AS bigint)").arg(placeholder);
    case ValueType::Text:
        return QStringLiteral("CAST(%1 AS text)").arg(placeholder);
    case ValueType::Date:
        return QStringLiteral("CAST(%1 AS date)").arg(placeholder);
    case ValueType::Moment:
        return QStringLiteral("CAST(%1 AS timestamptz)").arg(placeholder);
    }
    return placeholder;
}

QString PostgresDialect::dateNumber(const QString& dateExpression) const
{
    return QStringLiteral("CAST(to_char(%1, 'YYYYMMDD') AS integer)").arg(dateExpression);
}

QString PostgresDialect::monthOf(const QString& dateExpression) const
{
    return QStringLiteral("to_char(%1, 'YYYY-MM')").arg(dateExpression);
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
    PostgresRewrite(db).everyTable();
}

void PostgresDialect::compactTables(const Database& db, const QStringList& tables) const
{
    PostgresRewrite(db).tables(tables);
}

bool PostgresDialect::emptyJournal(const Database& db) const
{
    // The next write goes to a new segment of the write-ahead log, and the checkpoint lets the
    // server remove the old ones (with wal_recycle = off they are deleted, not reused).
    tryToRun(db, QStringLiteral("SELECT pg_switch_wal()"));
    tryToRun(db, QStringLiteral("CHECKPOINT"));
    return true;
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

void PostgresDialect::notifyOthers(const Database& db, const QString& channel, const QString& payload) const
{
    // Delivered when, and only if, the open transaction commits.
    SqlQuery notify(db, QStringLiteral("SELECT pg_notify(:channel, :payload)"));
    notify.bind(QStringLiteral(":channel"), channel).bind(QStringLiteral(":payload"), payload).exec();
    notify.finish();
}

} // namespace kz
