#include "SchemaV8.h"

namespace kz {

QStringList schemaV8Statements()
{
    return {
        // Covers "current children of these groups" and "born between" without reading the rows.
        QStringLiteral(
            "CREATE INDEX children_group_dates ON children(group_id, birth_date, start_date, end_date)"),
        // A child's needs with all the figures and the trend count, read without the rows.
        QStringLiteral(
            "CREATE INDEX support_needs_child_open ON support_needs(child_id, status, level, domain_id, "
            "signalled_on, closed_on)"),
        // A child's referrals still waiting, for the overview's "waiting" column and sort, found by key.
        QStringLiteral("CREATE INDEX referrals_need_status ON referrals(need_id, status, referred_on)"),
    };
}

} // namespace kz
