#pragma once

#include <QStringList>

namespace kz {

// Schema version 8: an organisation of a hundred locations stays quick. The children of the
// groups one may see, current or turning four, are found from an index by group and dates, and a
// child's open needs with their levels and domains are read from the index alone (the figures
// per group).
QStringList schemaV8Statements();

} // namespace kz
