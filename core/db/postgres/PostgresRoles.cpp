#include "PostgresRoles.h"

#include "db/Database.h"
#include "db/SqlQuery.h"

namespace kz {

const QString PostgresRoles::owner = QStringLiteral("kindzicht_owner");
const QString PostgresRoles::user = QStringLiteral("kindzicht_user");

namespace {

bool ask(const Database& db, const QString& sql, const QString& name = QString())
{
    SqlQuery q(db, sql);
    if (!name.isNull())
        q.bind(QStringLiteral(":name"), name);
    return q.scalar().value_or(QVariant()).toBool();
}

// A statement with a name in it, quoted by the server itself (format's %I), so no name can
// break out of it.
void runQuoted(const Database& db, const QString& pattern, const QString& name)
{
    SqlQuery q(db, QStringLiteral("SELECT format(CAST(:pattern AS text), CAST(:name AS text))"));
    q.bind(QStringLiteral(":pattern"), pattern).bind(QStringLiteral(":name"), name);
    SqlQuery::run(db, q.scalar().value().toString());
}

// A statement on the server's roles that another connection may have run a moment earlier.
QString onlyOnce(const QString& statement)
{
    return QStringLiteral("DO $$ BEGIN %1; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; "
                          "END $$")
        .arg(statement);
}

bool roleExists(const Database& db, const QString& name)
{
    return ask(db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :name)"), name);
}

// The tables that only grow: what was recorded or sent stays as it was.
const QStringList insertOnlyTables = {QStringLiteral("audit_log"), QStringLiteral("handover_snapshots"),
                                      QStringLiteral("parent_summary_snapshots")};

} // namespace

bool PostgresRoles::actsAsOwner(const Database& db)
{
    return ask(db, QStringLiteral(R"(
        SELECT COALESCE((SELECT pg_has_role(current_user, c.relowner, 'USAGE') FROM pg_class c
                         WHERE c.oid = to_regclass('public.meta')),
                        has_schema_privilege('public', 'CREATE')))"));
}

bool PostgresRoles::schemaHasOwnerRole(const Database& db)
{
    return ask(db,
               QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_class c JOIN pg_roles r ON r.oid = "
                              "c.relowner WHERE c.oid = to_regclass('public.meta') AND r.rolname = :name)"),
               owner);
}

void PostgresRoles::actAsOwner(const Database& db)
{
    if (schemaHasOwnerRole(db))
        becomeOwner(db);
}

void PostgresRoles::becomeOwner(const Database& db)
{
    SqlQuery::run(db, QStringLiteral("SET LOCAL ROLE kindzicht_owner"));
}

void PostgresRoles::grantEverydayRights(const Database& db)
{
    if (!schemaHasOwnerRole(db))
        return;
    QStringList statements = {
        QStringLiteral(
            "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO kindzicht_user"),
        // UPDATE: a copy that adds a location's file moves the sequences past the ids it wrote.
        QStringLiteral("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO kindzicht_user"),
    };
    for (const QString& table : insertOnlyTables) {
        SqlQuery exists(db, QStringLiteral("SELECT to_regclass(CAST(:name AS text)) IS NOT NULL"));
        if (!exists.bind(QStringLiteral(":name"), table).scalar().value().toBool())
            continue; // a step before the one that makes it
        statements.append(
            QStringLiteral("REVOKE UPDATE, DELETE, TRUNCATE ON %1 FROM kindzicht_user").arg(table));
        // A school's receipt of a handover is noted on its snapshot; the content stays (a trigger).
        if (table == QLatin1String("handover_snapshots"))
            statements.append(QStringLiteral(
                "GRANT UPDATE (received_on, received_by) ON handover_snapshots TO kindzicht_user"));
    }
    // The password hashes: each login reads only her own, through kindzicht_password_hash().
    SqlQuery columns(
        db, QStringLiteral("SELECT string_agg(quote_ident(column_name), ', ' ORDER BY "
                           "ordinal_position) FROM information_schema.columns WHERE table_schema "
                           "= 'public' AND table_name = 'users' AND column_name <> 'password_hash'"));
    statements
        << QStringLiteral("REVOKE SELECT ON users FROM kindzicht_user")
        << QStringLiteral("GRANT SELECT (%1) ON users TO kindzicht_user").arg(columns.scalar()->toString());
    for (const QString& statement : statements)
        SqlQuery::run(db, statement);
}

void PostgresRoles::createGroupRoles(const Database& db)
{
    // Roles are the whole server's: another database may be prepared at the same moment, and
    // the one that creates a role second finds it made (a duplicate, not a failure).
    for (const QString& role : {owner, user})
        if (!roleExists(db, role))
            runQuoted(db, onlyOnce(QStringLiteral("CREATE ROLE %I NOLOGIN")), role);
    // A non-superuser who prepares the database must be able to act as its owner.
    if (!ask(db, QStringLiteral("SELECT pg_has_role(current_user, CAST(:name AS name), 'MEMBER')"), owner))
        SqlQuery::run(db, QStringLiteral("GRANT kindzicht_owner TO CURRENT_USER"));
    const QStringList statements = {
        QStringLiteral("GRANT USAGE, CREATE ON SCHEMA public TO kindzicht_owner"),
        QStringLiteral("GRANT USAGE ON SCHEMA public TO kindzicht_user"),
        QStringLiteral("REVOKE ALL ON SCHEMA public FROM PUBLIC"),
    };
    for (const QString& statement : statements)
        SqlQuery::run(db, statement);
    SqlQuery database(db, QStringLiteral("SELECT current_database()"));
    const QString name = database.scalar().value().toString();
    runQuoted(db, QStringLiteral("REVOKE ALL ON DATABASE %I FROM PUBLIC"), name);
    runQuoted(db,
              QStringLiteral("GRANT CONNECT, TEMPORARY ON DATABASE %I TO kindzicht_owner, kindzicht_user"),
              name);
    // The owner keeps the persons' logins for Kindzicht's account administration (PostgresLogins);
    // nobody logs in as it, and no person's own login gets the right.
    // Another database of the server may be prepared at the same moment: the one that waited for
    // the other's change finds the role changed already (PostgreSQL says "concurrently updated").
    SqlQuery::run(db, QStringLiteral("DO $$ BEGIN IF NOT (SELECT rolcreaterole FROM pg_roles WHERE rolname = "
                                     "'kindzicht_owner') THEN ALTER ROLE kindzicht_owner CREATEROLE; END IF; "
                                     "EXCEPTION WHEN internal_error THEN NULL; END $$"));
    // The owner empties the write-ahead log after a purge, where the server allows it to.
    if (ask(db, QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = current_user"))) {
        SqlQuery::run(db, onlyOnce(QStringLiteral("GRANT pg_checkpoint TO kindzicht_owner")));
        // A purge waits for older snapshots of other sessions, which only this role may see.
        SqlQuery::run(db, onlyOnce(QStringLiteral("GRANT pg_read_all_stats TO kindzicht_owner")));
        SqlQuery::run(db, QStringLiteral("GRANT EXECUTE ON FUNCTION pg_switch_wal() TO kindzicht_owner"));
    }
}

bool PostgresRoles::addLogin(const Database& db, const QString& name)
{
    const bool exists = roleExists(db, name);
    if (!exists)
        runQuoted(db, QStringLiteral("CREATE ROLE %I LOGIN"), name);
    runQuoted(db, QStringLiteral("GRANT kindzicht_user TO %I"), name);
    return !exists;
}

bool PostgresRoles::mayPrepare(const Database& db)
{
    return ask(db, QStringLiteral(R"(
        SELECT r.rolsuper OR (r.rolcreaterole AND pg_has_role(current_user, d.datdba, 'MEMBER'))
        FROM pg_roles r, pg_database d
        WHERE r.rolname = current_user AND d.datname = current_database())"));
}

} // namespace kz
