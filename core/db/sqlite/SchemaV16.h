#pragma once

#include <QStringList>

namespace kz {

// Schema version 16 on a file: the children's highest open level (db/PortableSchemaV16) and the
// triggers that keep it whenever a need is added, changes level or status, moves or is removed.
QStringList schemaV16Statements();

} // namespace kz
