#pragma once

#include <QStringList>

namespace kz {

// Schema version 16: each child carries the highest level of her open support needs
// (children.open_need_level, NULL while none is open), kept by triggers on support_needs that
// each engine writes in its own spelling (sqlite/SchemaV16, PostgresSchemaSteps). Group needs read
// it from the children's index instead of looking up every current child's needs: at an
// organisation's 100,000 children that look-up was most of the group report. The column, its
// index and its first values are the same SQL on both engines.
QStringList portableSchemaV16Statements();

// The highest open level of the child `childId` names (a column or NEW./OLD.child_id), as the
// triggers and the first fill compute it.
QString openNeedLevelOf(const QString& childId);

} // namespace kz
