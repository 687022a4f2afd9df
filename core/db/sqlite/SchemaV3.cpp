#include "SchemaV3.h"

namespace kz {

QStringList schemaV3Statements()
{
    return {
        QStringLiteral(R"(CREATE TABLE retention_log (
            id INTEGER PRIMARY KEY,
            purged_at TEXT NOT NULL,
            purged_by INTEGER REFERENCES users(id),
            retention_months INTEGER NOT NULL,
            children INTEGER NOT NULL,
            support_needs INTEGER NOT NULL,
            observations INTEGER NOT NULL,
            referrals INTEGER NOT NULL,
            left_from TEXT,
            left_until TEXT))"),
        QStringLiteral("CREATE INDEX children_end_date ON children(end_date)"),
    };
}

} // namespace kz
