#pragma once

#include <QStringList>

namespace kz {

// Schema version 13, the same statements on every engine: the index of each child's needs also
// holds the review date and when the parents were told, so the group overview counts overdue
// reviews and parents not yet informed from the index alone, without reading each need's row.
QStringList portableSchemaV13Statements();

} // namespace kz
