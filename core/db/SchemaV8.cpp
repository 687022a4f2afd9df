#include "SchemaV8.h"

namespace kz {

QStringList schemaV8Statements()
{
    return {
        QStringLiteral("CREATE INDEX children_group_birth ON children(group_id, birth_date)"),
        QStringLiteral("CREATE INDEX support_needs_child_open ON support_needs(child_id, status, level, domain_id)"),
    };
}

} // namespace kz
