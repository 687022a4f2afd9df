#pragma once

#include "domain/Child.h"
#include "domain/User.h"

#include <QDate>
#include <QList>

namespace kz {

class Database;

// What the demo promises on every date it is made, whatever the random draw: the README, the
// tests and a first-time user rely on these (checked at many dates by DemoDatesTest).
namespace DemoMilestones {

// Days until the fourth birthday of the day-care children the handover list starts with, one in
// each consent state; none of them has a VE indication, so each can be handed over as prefilled.
inline constexpr int nearFourDays[] = {30, 55, 85, 130};
inline constexpr int nearFourCount = 4;

// A birth date that makes a child turn four `days` from `today` (month ends and 29 February included).
QDate birthDateTurningFourIn(const QDate& today, int days);

// A language need whose review date has passed and whose speech therapist keeps the child waiting.
void addOverdueNeedWithWaitingReferral(const Database& db, const Actor& author, qint64 childId,
                                       qint64 languageDomainId, qint64 speechTherapistId, const QDate& today);

// A child who went to primary school long enough ago for the retention period to have passed
// (its file shows in the retention preview), and one who left recently (shown when the children
// list includes children who left). Returns how many were written.
int addChildrenWhoLeft(const Database& db, const Actor& manager, qint64 groupId, qint64 noteDomainId,
                       const QList<Child>& names, const QDate& today, int retentionMonths);

} // namespace DemoMilestones

} // namespace kz
