#pragma once

#include <QStringList>

namespace kz {

// Schema version 7: a real organisation can begin. Groups may be peuteropvang without VE (the
// CHECK needs a rebuild of the table, run with foreign keys off), locations can be archived,
// children keep why they left and their number in the administration system, moves between
// groups are kept as history, and each child has parents or guardians.
QStringList schemaV7Statements();

} // namespace kz
