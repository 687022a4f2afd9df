#pragma once

#include "domain/User.h"

#include <QDate>

namespace kz {

class Database;

// Parent conversations in the demo: for the first children of the first location with an open
// support need, one recent conversation each, with an interpreter where a parent needs one, and
// the parents marked as informed of the need in it. Invented people only. Returns how many.
int createDemoConversations(const Database& db, const Actor& practitioner, qint64 locationId,
                            const QDate& today);

} // namespace kz
