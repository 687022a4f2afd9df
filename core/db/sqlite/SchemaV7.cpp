#include "SchemaV7.h"

namespace kz {

QStringList schemaV7Statements()
{
    return {
        // SQLite cannot change a CHECK: a new table, the rows copied, the old one replaced.
        QStringLiteral(R"(CREATE TABLE groups_v7 (
            id INTEGER PRIMARY KEY,
            location_id INTEGER NOT NULL REFERENCES locations(id),
            name TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('kdv', 'peuteropvang', 'peuteropvang_ve', 'bso')),
            min_age_months INTEGER NOT NULL,
            max_age_months INTEGER NOT NULL,
            capacity INTEGER NOT NULL,
            archived INTEGER NOT NULL DEFAULT 0,
            UNIQUE (location_id, name)))"),
        QStringLiteral(
            "INSERT INTO groups_v7 (id, location_id, name, kind, min_age_months, max_age_months, "
            "capacity, archived) SELECT id, location_id, name, kind, min_age_months, max_age_months, "
            "capacity, archived FROM groups"),
        QStringLiteral("DROP TABLE groups"),
        QStringLiteral("ALTER TABLE groups_v7 RENAME TO groups"),
        QStringLiteral("CREATE INDEX groups_location ON groups(location_id)"),
        QStringLiteral("ALTER TABLE locations ADD COLUMN archived INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE children ADD COLUMN leave_reason TEXT "
                       "CHECK (leave_reason IN ('primary_school', 'moved', 'other_childcare', 'other'))"),
        QStringLiteral("ALTER TABLE children ADD COLUMN external_number TEXT"),
        QStringLiteral("CREATE UNIQUE INDEX children_external_number ON children(external_number) "
                       "WHERE external_number IS NOT NULL"),
        QStringLiteral(R"(CREATE TABLE child_group_moves (
            id INTEGER PRIMARY KEY,
            child_id INTEGER NOT NULL REFERENCES children(id),
            from_group_id INTEGER NOT NULL REFERENCES groups(id),
            to_group_id INTEGER NOT NULL REFERENCES groups(id),
            moved_on TEXT NOT NULL,
            moved_by INTEGER NOT NULL REFERENCES users(id),
            recorded_at TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX child_group_moves_child ON child_group_moves(child_id)"),
        QStringLiteral(R"(CREATE TABLE guardians (
            id INTEGER PRIMARY KEY,
            child_id INTEGER NOT NULL REFERENCES children(id),
            name TEXT NOT NULL,
            relation TEXT NOT NULL DEFAULT '',
            preferred_language TEXT NOT NULL DEFAULT '',
            interpreter_needed INTEGER NOT NULL DEFAULT 0,
            phone TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX guardians_child ON guardians(child_id)"),
    };
}

} // namespace kz
