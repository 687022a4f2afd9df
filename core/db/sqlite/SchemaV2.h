#pragma once

#include <QStringList>

namespace kz {

// Schema version 2: drafts of observations (one per user), so typed text survives a crash or a lock.
QStringList schemaV2Statements();

} // namespace kz
