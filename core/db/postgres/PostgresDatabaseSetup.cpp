#include "PostgresDatabaseSetup.h"

#include "db/Database.h"
#include "db/SqlQuery.h"

#include <utility>
#include <vector>

namespace kz {

namespace {

// A failing statement, its DETAIL ("Key (name)=(…)") and an error's own text can all hold a child's
// name: none of them reach the log from this database. Connections, checkpoints and fatal
// problems still do.
const std::vector<std::pair<QString, QString>>& logSettings()
{
    static const std::vector<std::pair<QString, QString>> settings = {
        {QStringLiteral("log_min_error_statement"), QStringLiteral("panic")},
        {QStringLiteral("log_min_messages"), QStringLiteral("log")},
        {QStringLiteral("log_error_verbosity"), QStringLiteral("terse")},
        {QStringLiteral("log_statement"), QStringLiteral("none")},
        {QStringLiteral("log_min_duration_statement"), QStringLiteral("-1")},
        {QStringLiteral("log_min_duration_sample"), QStringLiteral("-1")},
        {QStringLiteral("log_transaction_sample_rate"), QStringLiteral("0")},
        {QStringLiteral("log_parameter_max_length"), QStringLiteral("0")},
        {QStringLiteral("log_parameter_max_length_on_error"), QStringLiteral("0")},
    };
    return settings;
}

} // namespace

bool PostgresDatabaseSetup::isEmpty(const Database& db)
{
    SqlQuery q(db, QStringLiteral(R"(
        SELECT (SELECT COUNT(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
                  AND n.nspname NOT LIKE 'pg\_temp\_%' AND n.nspname NOT LIKE 'pg\_toast\_temp\_%')
             + (SELECT COUNT(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                WHERE n.nspname NOT IN ('pg_catalog', 'information_schema'))
             + (SELECT COUNT(*) FROM pg_extension WHERE extname <> 'plpgsql'))"));
    return q.scalar().value().toLongLong() == 0;
}

int PostgresDatabaseSetup::kindzichtSchema(const Database& db)
{
    SqlQuery exists(db, QStringLiteral("SELECT to_regclass('public.meta') IS NOT NULL"));
    if (!exists.scalar().value().toBool())
        return 0;
    SqlQuery q(db, QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"));
    return q.scalar().value_or(QVariant()).toInt();
}

void PostgresDatabaseSetup::createExtensions(const Database& db)
{
    // Trusted since PostgreSQL 13: the database's owner may create it, not only the superuser.
    SqlQuery::run(db, QStringLiteral("CREATE EXTENSION IF NOT EXISTS unaccent"));
}

QStringList PostgresDatabaseSetup::quietLogSettings()
{
    QStringList lines;
    for (const auto& [name, value] : logSettings())
        lines.append(QStringLiteral("%1 = %2").arg(name, value));
    return lines;
}

QStringList PostgresDatabaseSetup::quietLogs(const Database& db)
{
    QStringList refused;
    for (const auto& [name, value] : logSettings()) {
        SqlQuery allowed(db, QStringLiteral("SELECT has_parameter_privilege(CAST(:name AS text), 'SET')"));
        allowed.bind(QStringLiteral(":name"), name);
        if (!allowed.scalar().value().toBool()) {
            refused.append(QStringLiteral("%1 = %2").arg(name, value));
            continue;
        }
        SqlQuery statement(db,
                           QStringLiteral("SELECT format('ALTER DATABASE %I SET %s = %L', "
                                          "current_database(), CAST(:name AS text), CAST(:value AS text))"));
        statement.bind(QStringLiteral(":name"), name).bind(QStringLiteral(":value"), value);
        SqlQuery::run(db, statement.scalar().value().toString());
    }
    return refused;
}

} // namespace kz
