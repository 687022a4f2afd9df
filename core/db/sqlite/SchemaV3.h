#pragma once

#include <QStringList>

namespace kz {

// Schema version 3: the scrub log of retention purges (counts and dates, never content).
QStringList schemaV3Statements();

} // namespace kz
