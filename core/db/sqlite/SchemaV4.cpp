#include "SchemaV4.h"

namespace kz {

QStringList schemaV4Statements()
{
    return {
        QStringLiteral(R"(CREATE TABLE login_failures (
            username TEXT PRIMARY KEY,
            failures INTEGER NOT NULL,
            last_failure TEXT NOT NULL))"),
    };
}

} // namespace kz
