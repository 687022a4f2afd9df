#include "SchemaV6.h"

namespace kz {

QStringList schemaV6Statements()
{
    return {
        QStringLiteral(R"(CREATE TABLE handovers (
            id INTEGER PRIMARY KEY,
            child_id INTEGER NOT NULL REFERENCES children(id),
            school_id INTEGER NOT NULL REFERENCES partners(id),
            consent_state TEXT NOT NULL DEFAULT 'not_requested'
                CHECK (consent_state IN ('not_requested', 'awaiting', 'given', 'denied')),
            consent_date TEXT,
            consent_given_by TEXT NOT NULL DEFAULT '',
            consent_recorded_by INTEGER REFERENCES users(id),
            consent_sections TEXT NOT NULL DEFAULT '',
            consent_notes TEXT NOT NULL DEFAULT '',
            draft TEXT,
            updated_at TEXT NOT NULL,
            UNIQUE (child_id, school_id)))"),
        QStringLiteral(R"(CREATE TABLE handover_snapshots (
            id INTEGER PRIMARY KEY,
            child_id INTEGER NOT NULL REFERENCES children(id),
            school_id INTEGER NOT NULL REFERENCES partners(id),
            version INTEGER NOT NULL,
            language TEXT NOT NULL CHECK (language IN ('nl', 'en')),
            content TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            exported_by INTEGER NOT NULL REFERENCES users(id),
            exported_at TEXT NOT NULL,
            received_on TEXT,
            received_by TEXT NOT NULL DEFAULT '',
            UNIQUE (child_id, school_id, version)))"),
        // What was sent stays as it was sent; only the school's receipt may be added later.
        QStringLiteral(R"(CREATE TRIGGER handover_snapshots_immutable
            BEFORE UPDATE OF child_id, school_id, version, language, content, sha256, exported_by, exported_at
            ON handover_snapshots
            BEGIN SELECT RAISE(ABORT, 'a handover snapshot cannot be changed'); END)"),
        QStringLiteral("CREATE INDEX handover_snapshots_child ON handover_snapshots (child_id)"),
    };
}

} // namespace kz
