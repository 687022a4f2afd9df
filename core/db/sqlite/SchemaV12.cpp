#include "SchemaV12.h"

namespace kz {

QStringList schemaV12Statements()
{
    return {
        QStringLiteral(R"(CREATE TABLE backup_keys (
            id INTEGER PRIMARY KEY,
            public_key TEXT NOT NULL,
            key_check TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            created_by INTEGER REFERENCES users(id),
            replaced_at TEXT))"),
        QStringLiteral(R"(CREATE TABLE backup_log (
            id INTEGER PRIMARY KEY,
            made_at TEXT NOT NULL,
            made_on TEXT NOT NULL,
            folder TEXT NOT NULL,
            file_name TEXT NOT NULL,
            size INTEGER NOT NULL,
            file_hash TEXT NOT NULL,
            key_id INTEGER NOT NULL REFERENCES backup_keys(id),
            removed_at TEXT))"),
        QStringLiteral("CREATE INDEX backup_log_made_at ON backup_log(made_at)"),
    };
}

} // namespace kz
