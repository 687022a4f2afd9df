#include "PostgresSchemaV9.h"

#include "PostgresSchemaV9Tables.h"

namespace kz {

namespace {

// What SQLite does with a virtual table and triggers: the notes' words, accents ignored, indexed
// as the note is written (a generated column cannot call unaccent, which is not immutable, but a
// text search configuration can).
QStringList searchStatements()
{
    return {
        QStringLiteral("CREATE EXTENSION IF NOT EXISTS unaccent"),
        QStringLiteral("CREATE TEXT SEARCH CONFIGURATION kz_simple (COPY = pg_catalog.simple)"),
        QStringLiteral("ALTER TEXT SEARCH CONFIGURATION kz_simple "
                       "ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple"),
        QStringLiteral("ALTER TABLE observations ADD COLUMN search tsvector "
                       "GENERATED ALWAYS AS (to_tsvector('kz_simple'::regconfig, body)) STORED"),
        QStringLiteral("CREATE INDEX observations_search ON observations USING GIN (search)"),
    };
}

// The rules SQLite keeps with RAISE(ABORT) in triggers.
QStringList ruleStatements()
{
    return {
        QStringLiteral(R"(CREATE FUNCTION kz_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION '%', TG_ARGV[0] USING ERRCODE = 'restrict_violation'; END $$)"),
        QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                       "FOR EACH ROW EXECUTE FUNCTION kz_refuse_change('audit_log is append-only')"),
        QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                       "FOR EACH ROW EXECUTE FUNCTION kz_refuse_change('audit_log is append-only')"),
        QStringLiteral("CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
                       "FOR EACH STATEMENT EXECUTE FUNCTION kz_refuse_change('audit_log is append-only')"),
        QStringLiteral("CREATE TRIGGER handover_snapshots_immutable BEFORE UPDATE OF child_id, school_id, "
                       "version, language, content, sha256, exported_by, exported_at ON handover_snapshots "
                       "FOR EACH ROW EXECUTE FUNCTION kz_refuse_change('a handover snapshot cannot be "
                       "changed')"),
    };
}

} // namespace

QStringList postgresSchemaV9Statements()
{
    QStringList statements = {
        // Area names compare as SQLite's NOCASE does (and beyond ASCII): Den Haag = den haag.
        QStringLiteral("CREATE COLLATION kz_nocase (provider = icu, locale = 'und-u-ks-level2', "
                       "deterministic = false)"),
    };
    statements += postgresSchemaV9Tables();
    statements += postgresSchemaV9Indexes();
    statements += postgresSchemaV9Rows();
    statements += searchStatements();
    statements += ruleStatements();
    return statements;
}

} // namespace kz
