#pragma once

#include "domain/User.h"

#include <QDate>

namespace kz {

class Database;

// Overdrachten in the demo: the four oldest children of a location's day-care groups, close to
// four, one in each consent state (given with a draft ready, awaiting, denied, none). Returns how
// many handovers it recorded.
int createDemoHandovers(const Database& db, const Actor& manager, qint64 locationId, const QDate& today);

} // namespace kz
