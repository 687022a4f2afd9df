#pragma once

#include <QStringList>

namespace kz {

// Schema version 8: an organisation of a hundred locations stays quick. The children of the
// groups one may see are found by group and birth date (the children turning four), and a
// child's open needs and their levels are read from the index alone (the figures per group).
QStringList schemaV8Statements();

} // namespace kz
