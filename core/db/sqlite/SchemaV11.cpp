#include "SchemaV11.h"

namespace kz {

QStringList schemaV11Statements()
{
    return {
        QStringLiteral(R"(CREATE TABLE parent_conversations (
            id INTEGER PRIMARY KEY,
            child_id INTEGER NOT NULL REFERENCES children(id),
            held_on TEXT NOT NULL,
            participants TEXT NOT NULL,
            language TEXT NOT NULL,
            interpreter_used INTEGER NOT NULL DEFAULT 0,
            interpreter_language TEXT NOT NULL DEFAULT '',
            discussed TEXT NOT NULL,
            agreed TEXT NOT NULL DEFAULT '',
            next_on TEXT,
            created_by INTEGER NOT NULL REFERENCES users(id),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX parent_conversations_child ON parent_conversations(child_id, held_on)"),
        QStringLiteral("ALTER TABLE support_needs ADD COLUMN parents_informed_conversation_id INTEGER "
                       "REFERENCES parent_conversations(id)"),
        QStringLiteral(R"(CREATE TABLE parent_summary_snapshots (
            id INTEGER PRIMARY KEY,
            child_id INTEGER NOT NULL REFERENCES children(id),
            language TEXT NOT NULL CHECK (language IN ('nl', 'en')),
            content TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            given_by INTEGER NOT NULL REFERENCES users(id),
            given_at TEXT NOT NULL))"),
        // What the parents were given stays as it was given.
        QStringLiteral(R"(CREATE TRIGGER parent_summary_snapshots_immutable
            BEFORE UPDATE ON parent_summary_snapshots
            BEGIN SELECT RAISE(ABORT, 'a parent summary snapshot cannot be changed'); END)"),
        QStringLiteral("CREATE INDEX parent_summary_snapshots_child ON parent_summary_snapshots(child_id)"),
        QStringLiteral(R"(CREATE TABLE parent_tips (
            id INTEGER PRIMARY KEY,
            location_id INTEGER NOT NULL REFERENCES locations(id),
            domain_id INTEGER NOT NULL REFERENCES domains(id),
            language TEXT NOT NULL CHECK (language IN ('nl', 'en')),
            tips TEXT NOT NULL,
            updated_by INTEGER NOT NULL REFERENCES users(id),
            updated_at TEXT NOT NULL,
            UNIQUE (location_id, domain_id, language)))"),
    };
}

} // namespace kz
