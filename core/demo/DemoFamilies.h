#pragma once

#include "domain/Child.h"
#include "domain/User.h"

namespace kz {

class Database;

// The demo's invented parents: one or two per child, speaking the family's language, some of
// them needing an interpreter for a conversation, as the area plans describe. Their own random
// draw (seeded by the child) keeps the rest of the demo as it was. Returns how many were written.
int addDemoGuardians(const Database& db, const Actor& manager, const Child& child);

} // namespace kz
