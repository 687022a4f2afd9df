// Step 15 on a server: the server guards the children's files too. Every table with child data
// gets row-level security (forced, so the tables' owner is held to it as well) keyed on
// current_user: the login whose name is an active Kindzicht account sees the rows core shows
// that account, and nothing else. The schema's owner (and the server's superuser) sees every row:
// upgrades, purges, backups and copies are theirs. Core keeps its own scope checks: two guards.
#include "PostgresLogins.h"
#include "PostgresSchemaSteps.h"

namespace kz {

namespace {

// The scope of AccessPolicy::scopeCte(), for the login asking. Plain SQL functions run with the
// rights of whoever calls them, so they read no more than the caller may.
QStringList scopeFunctions()
{
    return {
        QStringLiteral(R"(CREATE OR REPLACE FUNCTION kindzicht_sees_everything() RETURNS boolean
            LANGUAGE sql STABLE AS $$
            SELECT COALESCE((SELECT pg_has_role(current_user, c.relowner, 'USAGE')
                             FROM pg_catalog.pg_class c WHERE c.oid = to_regclass('public.meta')), false) $$)"),
        QStringLiteral(R"(CREATE OR REPLACE FUNCTION kindzicht_account() RETURNS bigint
            LANGUAGE sql STABLE AS $$
            SELECT u.id FROM public.users u WHERE u.username = current_user AND u.active = 1 $$)"),
        QStringLiteral(R"(CREATE OR REPLACE FUNCTION kindzicht_has_role(wanted text) RETURNS boolean
            LANGUAGE sql STABLE AS $$
            SELECT EXISTS (SELECT 1 FROM public.user_roles r
                           WHERE r.user_id = public.kindzicht_account() AND r.role = wanted) $$)"),
        QStringLiteral(R"(CREATE OR REPLACE FUNCTION kindzicht_visible_groups() RETURNS SETOF bigint
            LANGUAGE sql STABLE AS $$
            SELECT ug.group_id FROM public.user_groups ug
            WHERE ug.user_id = public.kindzicht_account() AND public.kindzicht_has_role('practitioner')
            UNION
            SELECT g.id FROM public.groups g JOIN public.user_locations ul ON ul.location_id = g.location_id
            WHERE ul.user_id = public.kindzicht_account() AND public.kindzicht_has_role('manager') $$)"),
    };
}

// Questions core asks across every scope, answered without showing a row: how many children a
// group or location still holds (before archiving it), which child numbers are taken, and the
// login's own password hash. They
// run with the owner's rights (SECURITY DEFINER) and a fixed search path.
QStringList crossScopeFunctions()
{
    return {
        QStringLiteral(R"(CREATE OR REPLACE FUNCTION kindzicht_children_staying(in_group bigint,
                in_location bigint, today date) RETURNS bigint
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
            SELECT COUNT(*) FROM children c JOIN groups g ON g.id = c.group_id
            WHERE (c.group_id = in_group OR g.location_id = in_location)
              AND (c.end_date IS NULL OR c.end_date >= today) $$)"),
        QStringLiteral(R"(CREATE OR REPLACE FUNCTION kindzicht_child_numbers_taken(numbers text,
                except_child bigint) RETURNS SETOF text
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
            SELECT DISTINCT c.external_number FROM children c
            WHERE c.external_number IN (SELECT jsonb_array_elements_text(CAST(numbers AS jsonb)))
              AND c.id IS DISTINCT FROM except_child $$)"),
        // Everyday logins may not read the hashes (PostgresRoles): each reads her own through this.
        // session_user, since inside the function current_user is its owner.
        QStringLiteral(R"(CREATE OR REPLACE FUNCTION kindzicht_password_hash(account bigint) RETURNS text
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
            SELECT u.password_hash FROM users u WHERE u.id = account
              AND (u.username = session_user OR pg_has_role(session_user,
                   (SELECT c.relowner FROM pg_catalog.pg_class c WHERE c.oid = to_regclass('public.meta')),
                   'USAGE')) $$)"),
    };
}

// A policy, written anew when the step runs again on a database that has it.
QStringList policy(const QString& table, const QString& rule)
{
    return {
        QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table),
        QStringLiteral("ALTER TABLE %1 FORCE ROW LEVEL SECURITY").arg(table),
        QStringLiteral("DROP POLICY IF EXISTS kindzicht_scope ON %1").arg(table),
        QStringLiteral(
            "CREATE POLICY kindzicht_scope ON %1 USING ((SELECT kindzicht_sees_everything()) OR %2)")
            .arg(table, rule),
    };
}

QStringList tablePolicies()
{
    QStringList statements =
        policy(QStringLiteral("children"), QStringLiteral("group_id IN (SELECT kindzicht_visible_groups())"));
    // A row of a child's file is seen with its child: the policy on children decides.
    for (const char* table : {"guardians", "child_group_moves", "support_needs", "observations", "handovers",
                              "handover_snapshots", "parent_conversations", "parent_summary_snapshots"})
        statements << policy(QLatin1String(table),
                             QStringLiteral("EXISTS (SELECT 1 FROM children c WHERE c.id = %1.child_id)")
                                 .arg(QLatin1String(table)));
    for (const char* table : {"observation_domains", "observation_revisions"})
        statements << policy(
            QLatin1String(table),
            QStringLiteral("EXISTS (SELECT 1 FROM observations o WHERE o.id = %1.observation_id)")
                .arg(QLatin1String(table)));
    for (const char* table : {"support_need_history", "referrals"})
        statements << policy(QLatin1String(table),
                             QStringLiteral("EXISTS (SELECT 1 FROM support_needs n WHERE n.id = %1.need_id)")
                                 .arg(QLatin1String(table)));
    // A draft is its author's alone, and only about a child she may see.
    statements << policy(
        QStringLiteral("observation_drafts"),
        QStringLiteral("user_id = (SELECT kindzicht_account()) AND (child_id IS NULL OR "
                       "EXISTS (SELECT 1 FROM children c WHERE c.id = observation_drafts.child_id))"));
    return statements;
}

// The audit: an administrator reads all of it, a manager what concerns the children of her
// locations (as AuditLog::search shows it); everyone writes to it, and the actor of an entry is
// the login that wrote it, whatever the statement said.
QStringList auditRules()
{
    return {
        QStringLiteral("ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("ALTER TABLE audit_log FORCE ROW LEVEL SECURITY"),
        QStringLiteral("DROP POLICY IF EXISTS kindzicht_read ON audit_log"),
        QStringLiteral(R"(CREATE POLICY kindzicht_read ON audit_log FOR SELECT USING (
            (SELECT kindzicht_sees_everything()) OR (SELECT kindzicht_has_role('admin'))
            OR ((SELECT kindzicht_has_role('manager')) AND child_id IN (
                SELECT c.id FROM children c JOIN groups g ON g.id = c.group_id
                JOIN user_locations ul ON ul.location_id = g.location_id
                WHERE ul.user_id = (SELECT kindzicht_account())))))"),
        QStringLiteral("DROP POLICY IF EXISTS kindzicht_write ON audit_log"),
        QStringLiteral("CREATE POLICY kindzicht_write ON audit_log FOR INSERT WITH CHECK (true)"),
        QStringLiteral(R"(CREATE OR REPLACE FUNCTION kz_audit_actor() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF NOT public.kindzicht_sees_everything() THEN
                    NEW.user_id := (SELECT u.id FROM public.users u WHERE u.username = current_user);
                END IF;
                RETURN NEW;
            END $$)"),
        QStringLiteral("DROP TRIGGER IF EXISTS audit_log_actor ON audit_log"),
        QStringLiteral("CREATE TRIGGER audit_log_actor BEFORE INSERT ON audit_log "
                       "FOR EACH ROW EXECUTE FUNCTION kz_audit_actor()"),
    };
}

} // namespace

QStringList postgresSchemaV15Statements()
{
    return scopeFunctions() + crossScopeFunctions() + tablePolicies() + auditRules() +
           PostgresLogins::functions();
}

} // namespace kz
