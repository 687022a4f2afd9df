#pragma once

#include "domain/User.h"

#include <QDate>
#include <QList>

namespace kz {

class Database;

// Overdrachten in the demo: the children close to four (oldest first), one in each consent state
// (given with a draft ready, awaiting, denied, none). Returns how many handovers it recorded.
int createDemoHandovers(const Database& db, const Actor& manager, const QList<qint64>& nearFour,
                        const QDate& today);

} // namespace kz
