#include "SchemaV9.h"

namespace kz {

QStringList schemaV9Statements()
{
    return {
        QStringLiteral("DROP TRIGGER partners_fts_insert"),
        QStringLiteral("DROP TRIGGER partners_fts_delete"),
        QStringLiteral("DROP TRIGGER partners_fts_update"),
        QStringLiteral("DROP TABLE partners_fts"),
    };
}

} // namespace kz
