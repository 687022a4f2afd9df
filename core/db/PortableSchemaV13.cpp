#include "PortableSchemaV13.h"

namespace kz {

QStringList portableSchemaV13Statements()
{
    return {
        QStringLiteral("DROP INDEX support_needs_child_open"),
        QStringLiteral("CREATE INDEX support_needs_child_open ON support_needs(child_id, status, level, "
                       "domain_id, signalled_on, closed_on, review_date, parents_informed_on)"),
    };
}

} // namespace kz
