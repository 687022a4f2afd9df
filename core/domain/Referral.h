#pragma once

#include "Enums.h"

#include <QDate>
#include <QString>
#include <optional>

namespace kz {

struct Referral
{
    qint64 id = 0;
    qint64 needId = 0;
    qint64 partnerId = 0;
    QString partnerName; // filled by reads
    ReferralStatus status = ReferralStatus::Registered;
    QDate referredOn;
    std::optional<QDate> startedOn;
    std::optional<QDate> endedOn;
    QString note;

    // Days a child has been waiting for help: from referral until help started (or today).
    int daysWaiting(const QDate& today) const
    {
        if (status == ReferralStatus::Declined)
            return 0;
        const QDate until = startedOn.value_or(endedOn.value_or(today));
        return static_cast<int>(referredOn.daysTo(until));
    }
};

} // namespace kz
