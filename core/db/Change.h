#pragma once

#include <QMetaType>
#include <QtGlobal>

namespace kz {

// One thing a committed transaction changed: what kind of record and which one. Only kind and ids,
// never content, so a change can travel as a server notification to other computers as well.
struct Change
{
    enum class Subject
    {
        Child,        // details, enrolment, group, leaving, guardians; id = child
        Need,         // a support need, its steps and referrals; id = need
        Observation,  // id = observation
        Partner,      // the social map: a partner, its areas or settings; id = partner, 0 for all
        Handover,     // consent, draft, export or receipt; id = child
        Account,      // id = user
        Organisation, // locations, groups, domains, organisation settings; id = location, group or 0
    };

    Subject subject = Subject::Child;
    qint64 id = 0;
    qint64 childId = 0; // the child it belongs to, 0 when none

    friend bool operator==(const Change&, const Change&) = default;
};

} // namespace kz

Q_DECLARE_METATYPE(kz::Change)
