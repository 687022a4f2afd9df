#include "SchemaV16.h"

#include "db/PortableSchemaV16.h"

namespace kz {

namespace {

// The children named (NEW.child_id, OLD.child_id) get their highest open level again.
QString keepLevelOf(const QString& children)
{
    return QStringLiteral("UPDATE children SET open_need_level = %1 WHERE id IN (%2);")
        .arg(openNeedLevelOf(QStringLiteral("children.id")), children);
}

} // namespace

QStringList schemaV16Statements()
{
    return portableSchemaV16Statements() +
           QStringList{
               QStringLiteral(
                   "CREATE TRIGGER support_needs_level_insert AFTER INSERT ON support_needs BEGIN %1 END")
                   .arg(keepLevelOf(QStringLiteral("NEW.child_id"))),
               QStringLiteral("CREATE TRIGGER support_needs_level_update AFTER UPDATE OF child_id, level, "
                              "status ON support_needs WHEN OLD.child_id IS NOT NEW.child_id OR OLD.level IS "
                              "NOT NEW.level OR OLD.status IS NOT NEW.status BEGIN %1 END")
                   .arg(keepLevelOf(QStringLiteral("OLD.child_id, NEW.child_id"))),
               QStringLiteral(
                   "CREATE TRIGGER support_needs_level_delete AFTER DELETE ON support_needs BEGIN %1 END")
                   .arg(keepLevelOf(QStringLiteral("OLD.child_id"))),
           };
}

} // namespace kz
