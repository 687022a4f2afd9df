#include "PortableSchemaV16.h"

namespace kz {

QString openNeedLevelOf(const QString& childId)
{
    return QStringLiteral("(SELECT MAX(n.level) FROM support_needs n WHERE n.child_id = %1 "
                          "AND n.status <> 'closed')")
        .arg(childId);
}

QStringList portableSchemaV16Statements()
{
    return {
        QStringLiteral("ALTER TABLE children ADD COLUMN open_need_level INTEGER"),
        QStringLiteral("UPDATE children SET open_need_level = %1")
            .arg(openNeedLevelOf(QStringLiteral("children.id"))),
        // The index that finds a group's current children also answers their level, and their id:
        // SQLite's indexes hold the row's id anyway, PostgreSQL's only when it is a column, and
        // without it the server reads every child's row from the table (0.19 s of 0.35 s a figure).
        QStringLiteral("DROP INDEX children_group_dates"),
        QStringLiteral("CREATE INDEX children_group_dates ON children(group_id, birth_date, start_date, "
                       "end_date, open_need_level, id)"),
    };
}

} // namespace kz
