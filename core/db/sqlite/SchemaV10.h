#pragma once

#include <QStringList>

namespace kz {

// Schema version 10: the VE programme a location works with (Uk & Puk, Piramide, Kaleidoscoop, ...),
// so a VE child's handover names it without retyping. Adds locations.ve_programme.
QStringList schemaV10Statements();

} // namespace kz
