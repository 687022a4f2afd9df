#include "ChangeNotifier.h"

namespace kz {

void ChangeNotifier::publish(const QList<Change>& changes)
{
    QList<Change> distinct;
    for (const Change& change : changes)
        if (!distinct.contains(change))
            distinct.append(change);
    if (distinct.isEmpty())
        return;
    for (const Change& change : distinct) {
        switch (change.subject) {
        case Change::Subject::Child:
            emit childChanged(change.id);
            break;
        case Change::Subject::Need:
            emit needChanged(change.id, change.childId);
            break;
        case Change::Subject::Observation:
            emit observationChanged(change.id, change.childId);
            break;
        case Change::Subject::Partner:
            emit partnerChanged(change.id);
            break;
        case Change::Subject::Handover:
            emit handoverChanged(change.childId);
            break;
        case Change::Subject::Account:
            emit accountChanged(change.id);
            break;
        case Change::Subject::Organisation:
            emit organisationChanged(change.id);
            break;
        }
    }
    emit committed(distinct);
}

} // namespace kz
