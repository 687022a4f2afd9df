#pragma once

#include "Enums.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <optional>

namespace kz {

struct Child
{
    qint64 id = 0;
    QString givenName;
    QString familyName;
    QDate birthDate;
    qint64 groupId = 0;
    QDate startDate;
    std::optional<QDate> endDate;
    QString neighbourhood; // wijk
    QString homeLanguages; // comma separated, as people write them: "Nederlands, Arabisch"
    std::optional<QDate> veIndicationDate;
    std::optional<LeaveReason> leaveReason; // set together with endDate when the child leaves
    QString externalNumber; // kindnummer or relatienummer of the administration system; unique when set
    int version =
        0; // read by ChildStore::get (lists leave it 0); raised by every change, see store/RowVersion

    QString fullName() const { return givenName + QLatin1Char(' ') + familyName; }
};

// A child's move from one group to another, kept as history.
struct GroupMove
{
    qint64 id = 0;
    qint64 childId = 0;
    qint64 fromGroupId = 0;
    QString fromGroupName;
    qint64 toGroupId = 0;
    QString toGroupName;
    QDate movedOn;
    QString movedBy; // display name
    QDateTime recordedAt;
};

// One row of a children list: the child with what a practitioner wants to see at a glance.
struct ChildSummary
{
    Child child;
    QString groupName;
    QString locationName;
    int openNeeds = 0;
    int highestOpenLevel = 0;
    QList<QPair<qint64, int>> openNeedDomains; // (domain id, highest open level), for badges
    std::optional<QDate> lastObservation;
    std::optional<int> daysWaiting; // the longest wait on a referral that has not started yet
};

} // namespace kz
