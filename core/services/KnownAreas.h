#pragma once

#include "domain/Partner.h"

#include <QList>

namespace kz {

// Den Haag, the stadsdelen Haagse Hout and Segbroek and their wijken: the areas of the two area
// plans Kindzicht was written with. The demo uses them, and the first start offers them.
QList<Area> denHaagAreas();

} // namespace kz
