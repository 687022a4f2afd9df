#include "PostgresSchemaSteps.h"

namespace kz {

QStringList postgresSchemaV10Statements()
{
    return {
        QStringLiteral("ALTER TABLE locations ADD COLUMN ve_programme text NOT NULL DEFAULT ''"),
    };
}

} // namespace kz
