#include "SchemaV10.h"

namespace kz {

QStringList schemaV10Statements()
{
    return {
        QStringLiteral("ALTER TABLE locations ADD COLUMN ve_programme TEXT NOT NULL DEFAULT ''"),
    };
}

} // namespace kz
