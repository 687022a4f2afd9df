#include "SchemaV2.h"

namespace kz {

QStringList schemaV2Statements()
{
    return {
        // In the database, not a side file: a draft is children's data and gets the same protection.
        QStringLiteral(R"(CREATE TABLE observation_drafts (
            user_id INTEGER PRIMARY KEY REFERENCES users(id),
            child_id INTEGER REFERENCES children(id),
            observed_at TEXT,
            body TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL DEFAULT 'neutral',
            domain_ids TEXT NOT NULL DEFAULT '',
            restricted INTEGER NOT NULL DEFAULT 0,
            need_id INTEGER REFERENCES support_needs(id),
            updated_at TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX referrals_status ON referrals(status)"),
    };
}

} // namespace kz
