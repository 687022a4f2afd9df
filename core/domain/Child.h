#pragma once

#include <QDate>
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

    QString fullName() const { return givenName + QLatin1Char(' ') + familyName; }
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
