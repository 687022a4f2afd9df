#pragma once

#include <QStringList>

namespace kz {

// Schema version 4: failed login attempts per user name, for growing delays.
QStringList schemaV4Statements();

} // namespace kz
