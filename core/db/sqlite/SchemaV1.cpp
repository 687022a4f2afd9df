#include "SchemaV1.h"

namespace kz {

namespace {

// Locations, groups and children; the development domains; accounts and what they may see.
QStringList organisationStatements()
{
    return {
        QStringLiteral(R"(CREATE TABLE locations (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            organisation TEXT NOT NULL DEFAULT '',
            lrk_number TEXT,
            address TEXT NOT NULL DEFAULT '',
            postcode TEXT NOT NULL DEFAULT '',
            city TEXT NOT NULL DEFAULT '',
            district TEXT NOT NULL DEFAULT '',
            neighbourhood TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE groups (
            id INTEGER PRIMARY KEY,
            location_id INTEGER NOT NULL REFERENCES locations(id),
            name TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('kdv', 'peuteropvang_ve', 'bso')),
            min_age_months INTEGER NOT NULL,
            max_age_months INTEGER NOT NULL,
            capacity INTEGER NOT NULL,
            archived INTEGER NOT NULL DEFAULT 0,
            UNIQUE (location_id, name)))"),
        QStringLiteral("CREATE INDEX groups_location ON groups(location_id)"),
        QStringLiteral(R"(CREATE TABLE children (
            id INTEGER PRIMARY KEY,
            given_name TEXT NOT NULL,
            family_name TEXT NOT NULL,
            birth_date TEXT NOT NULL,
            group_id INTEGER NOT NULL REFERENCES groups(id),
            start_date TEXT NOT NULL,
            end_date TEXT,
            neighbourhood TEXT NOT NULL DEFAULT '',
            home_languages TEXT NOT NULL DEFAULT '',
            ve_indication_date TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX children_group ON children(group_id)"),
        QStringLiteral(R"(CREATE TABLE domains (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            label_nl TEXT NOT NULL,
            label_en TEXT NOT NULL,
            sort_order INTEGER NOT NULL DEFAULT 0,
            active INTEGER NOT NULL DEFAULT 1))"),
        QStringLiteral(R"(INSERT INTO domains (code, label_nl, label_en, sort_order) VALUES
            ('language', 'Taal en spraak', 'Language and speech', 10),
            ('social_emotional', 'Sociaal-emotioneel', 'Social and emotional', 20),
            ('play_motor', 'Spel en motoriek', 'Play and motor skills', 30),
            ('home_stimulation', 'Stimulering thuis', 'Stimulation at home', 40),
            ('basic_needs', 'Zorgen om basisvoorzieningen', 'Concerns about basic needs', 50),
            ('family', 'Gezinssituatie', 'Family situation', 60),
            ('parent_communication', 'Communicatie met ouders', 'Communication with parents', 70),
            ('behaviour', 'Gedrag', 'Behaviour', 80),
            ('other', 'Overig', 'Other', 90))"),
        QStringLiteral(R"(CREATE TABLE users (
            id INTEGER PRIMARY KEY,
            username TEXT NOT NULL UNIQUE,
            display_name TEXT NOT NULL,
            password_hash TEXT,
            active INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE user_roles (
            user_id INTEGER NOT NULL REFERENCES users(id),
            role TEXT NOT NULL CHECK (role IN ('practitioner', 'manager', 'admin')),
            PRIMARY KEY (user_id, role)))"),
        QStringLiteral(R"(CREATE TABLE user_groups (
            user_id INTEGER NOT NULL REFERENCES users(id),
            group_id INTEGER NOT NULL REFERENCES groups(id),
            PRIMARY KEY (user_id, group_id)))"),
        QStringLiteral(R"(CREATE TABLE user_locations (
            user_id INTEGER NOT NULL REFERENCES users(id),
            location_id INTEGER NOT NULL REFERENCES locations(id),
            PRIMARY KEY (user_id, location_id)))"),
    };
}

// Support needs with their history, observations with their domains and revisions.
QStringList needStatements()
{
    return {
        QStringLiteral(R"(CREATE TABLE support_needs (
            id INTEGER PRIMARY KEY,
            child_id INTEGER NOT NULL REFERENCES children(id),
            domain_id INTEGER NOT NULL REFERENCES domains(id),
            level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 3),
            description TEXT NOT NULL,
            strengths TEXT NOT NULL DEFAULT '',
            agreed_actions TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL CHECK (status IN ('signalled', 'discussed_with_parents', 'support_in_place',
                                                   'evaluated', 'closed')),
            signalled_on TEXT NOT NULL,
            signalled_by INTEGER NOT NULL REFERENCES users(id),
            parents_informed_on TEXT,
            parents_response TEXT NOT NULL DEFAULT '',
            review_date TEXT,
            closed_on TEXT,
            closed_reason TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX support_needs_child ON support_needs(child_id)"),
        QStringLiteral("CREATE INDEX support_needs_domain ON support_needs(domain_id)"),
        QStringLiteral(R"(CREATE TABLE support_need_history (
            id INTEGER PRIMARY KEY,
            need_id INTEGER NOT NULL REFERENCES support_needs(id),
            changed_at TEXT NOT NULL,
            changed_by INTEGER NOT NULL REFERENCES users(id),
            field TEXT NOT NULL,
            from_value TEXT,
            to_value TEXT,
            note TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX support_need_history_need ON support_need_history(need_id)"),
        QStringLiteral(R"(CREATE TABLE observations (
            id INTEGER PRIMARY KEY,
            child_id INTEGER NOT NULL REFERENCES children(id),
            observed_at TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            author_id INTEGER NOT NULL REFERENCES users(id),
            body TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('strength', 'concern', 'neutral')),
            need_id INTEGER REFERENCES support_needs(id),
            restricted INTEGER NOT NULL DEFAULT 0,
            revision INTEGER NOT NULL DEFAULT 1))"),
        QStringLiteral("CREATE INDEX observations_child ON observations(child_id, observed_at)"),
        QStringLiteral("CREATE INDEX observations_need ON observations(need_id)"),
        QStringLiteral(R"(CREATE TABLE observation_domains (
            observation_id INTEGER NOT NULL REFERENCES observations(id),
            domain_id INTEGER NOT NULL REFERENCES domains(id),
            PRIMARY KEY (observation_id, domain_id)))"),
        QStringLiteral("CREATE INDEX observation_domains_domain ON observation_domains(domain_id)"),
        QStringLiteral(R"(CREATE TABLE observation_revisions (
            id INTEGER PRIMARY KEY,
            observation_id INTEGER NOT NULL REFERENCES observations(id),
            revision INTEGER NOT NULL,
            observed_at TEXT NOT NULL,
            body TEXT NOT NULL,
            kind TEXT NOT NULL,
            restricted INTEGER NOT NULL,
            replaced_at TEXT NOT NULL,
            replaced_by INTEGER NOT NULL REFERENCES users(id),
            UNIQUE (observation_id, revision)))"),
    };
}

// The sociale kaart: kinds of help, partners, where they work, who to call, referrals.
QStringList socialeKaartStatements()
{
    return {
        QStringLiteral(R"(CREATE TABLE partner_categories (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            label_nl TEXT NOT NULL,
            label_en TEXT NOT NULL,
            domain_id INTEGER REFERENCES domains(id)))"),
        QStringLiteral(R"(INSERT INTO partner_categories (code, label_nl, label_en, domain_id) VALUES
            ('youth_family', 'Jeugd en gezin', 'Youth and family', (SELECT id FROM domains WHERE code = 'family')),
            ('language', 'Taal en lezen', 'Language and reading', (SELECT id FROM domains WHERE code = 'language')),
            ('speech_therapy', 'Logopedie', 'Speech therapy', (SELECT id FROM domains WHERE code = 'language')),
            ('early_intervention', 'Vroeghulp', 'Early intervention', (SELECT id FROM domains WHERE code = 'social_emotional')),
            ('education_support', 'Passend onderwijs', 'Inclusive education', (SELECT id FROM domains WHERE code = 'other')),
            ('school', 'School', 'School', NULL),
            ('welfare', 'Welzijn en armoede', 'Welfare and poverty', (SELECT id FROM domains WHERE code = 'basic_needs')),
            ('culture_play', 'Cultuur en spel', 'Culture and play', (SELECT id FROM domains WHERE code = 'play_motor')),
            ('parenting', 'Opvoedondersteuning', 'Parenting support', (SELECT id FROM domains WHERE code = 'home_stimulation')),
            ('health', 'Jeugdgezondheidszorg', 'Child health care', (SELECT id FROM domains WHERE code = 'other')),
            ('network', 'Netwerk en overleg', 'Network and consultation', NULL))"),
        QStringLiteral(R"(CREATE TABLE partners (
            id INTEGER PRIMARY KEY,
            hsds_id TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            category_id INTEGER NOT NULL REFERENCES partner_categories(id),
            address TEXT NOT NULL DEFAULT '',
            postcode TEXT NOT NULL DEFAULT '',
            city TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            website TEXT NOT NULL DEFAULT '',
            minimum_age INTEGER,
            maximum_age INTEGER,
            audience TEXT NOT NULL DEFAULT '',
            languages TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'active'
                CHECK (status IN ('active', 'inactive', 'defunct', 'temporarily closed')),
            assured_date TEXT,
            assurer TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX partners_category ON partners(category_id)"),
        QStringLiteral(R"(CREATE TABLE partner_service_areas (
            partner_id INTEGER NOT NULL REFERENCES partners(id),
            area TEXT NOT NULL,
            PRIMARY KEY (partner_id, area)))"),
        QStringLiteral(R"(CREATE TABLE partner_contacts (
            id INTEGER PRIMARY KEY,
            partner_id INTEGER NOT NULL REFERENCES partners(id),
            name TEXT NOT NULL,
            role TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX partner_contacts_partner ON partner_contacts(partner_id)"),
        QStringLiteral(R"(CREATE TABLE referrals (
            id INTEGER PRIMARY KEY,
            need_id INTEGER NOT NULL REFERENCES support_needs(id),
            partner_id INTEGER NOT NULL REFERENCES partners(id),
            status TEXT NOT NULL CHECK (status IN ('registered', 'waiting', 'started', 'completed', 'declined')),
            referred_on TEXT NOT NULL,
            started_on TEXT,
            ended_on TEXT,
            note TEXT NOT NULL DEFAULT '',
            created_by INTEGER NOT NULL REFERENCES users(id),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX referrals_need ON referrals(need_id)"),
        QStringLiteral("CREATE INDEX referrals_partner ON referrals(partner_id)"),
    };
}

// Who did what (append-only, enforced by triggers) and the database's own settings.
QStringList auditStatements()
{
    return {
        QStringLiteral(R"(CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            user_id INTEGER REFERENCES users(id),
            action TEXT NOT NULL,
            entity TEXT NOT NULL,
            entity_id INTEGER,
            child_id INTEGER,
            detail TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX audit_log_child ON audit_log(child_id)"),
        // The audit trail is append-only: no code path may rewrite who did what.
        QStringLiteral(R"(CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END)"),
        QStringLiteral(R"(CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END)"),
        QStringLiteral(R"(CREATE TABLE meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL))"),
    };
}

// Full-text search kept in step by triggers, so every write path updates the index in the same
// transaction as the row.
QStringList searchIndexStatements()
{
    return {
        QStringLiteral(R"(CREATE VIRTUAL TABLE observations_fts USING fts5(
            body, content='observations', content_rowid='id',
            tokenize='unicode61 remove_diacritics 2'))"),
        QStringLiteral(R"(CREATE TRIGGER observations_fts_insert AFTER INSERT ON observations BEGIN
            INSERT INTO observations_fts(rowid, body) VALUES (new.id, new.body); END)"),
        QStringLiteral(R"(CREATE TRIGGER observations_fts_delete AFTER DELETE ON observations BEGIN
            INSERT INTO observations_fts(observations_fts, rowid, body) VALUES ('delete', old.id, old.body); END)"),
        QStringLiteral(R"(CREATE TRIGGER observations_fts_update AFTER UPDATE OF body ON observations BEGIN
            INSERT INTO observations_fts(observations_fts, rowid, body) VALUES ('delete', old.id, old.body);
            INSERT INTO observations_fts(rowid, body) VALUES (new.id, new.body); END)"),
        QStringLiteral(R"(CREATE VIRTUAL TABLE partners_fts USING fts5(
            name, description, content='partners', content_rowid='id',
            tokenize='unicode61 remove_diacritics 2'))"),
        QStringLiteral(R"(CREATE TRIGGER partners_fts_insert AFTER INSERT ON partners BEGIN
            INSERT INTO partners_fts(rowid, name, description) VALUES (new.id, new.name, new.description); END)"),
        QStringLiteral(R"(CREATE TRIGGER partners_fts_delete AFTER DELETE ON partners BEGIN
            INSERT INTO partners_fts(partners_fts, rowid, name, description)
            VALUES ('delete', old.id, old.name, old.description); END)"),
        QStringLiteral(
            R"(CREATE TRIGGER partners_fts_update AFTER UPDATE OF name, description ON partners BEGIN
            INSERT INTO partners_fts(partners_fts, rowid, name, description)
            VALUES ('delete', old.id, old.name, old.description);
            INSERT INTO partners_fts(rowid, name, description) VALUES (new.id, new.name, new.description); END)"),
    };
}

} // namespace

// Dates are ISO text (yyyy-MM-dd), moments ISO UTC text; booleans 0/1; ids INTEGER PRIMARY KEY
// (SQLite's rowid). Triggers with RAISE and the FTS5 index are SQLite's own.
QStringList schemaV1Statements()
{
    return organisationStatements() + needStatements() + socialeKaartStatements() + auditStatements() +
           searchIndexStatements();
}

} // namespace kz
