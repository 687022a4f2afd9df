#pragma once

#include "Enums.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>

namespace kz {

// A signalering: one child, one domain, one level, followed from first sign to closure.
struct SupportNeed
{
    qint64 id = 0;
    qint64 childId = 0;
    qint64 domainId = 0;
    int level = 2; // 1 basis, 2 basis+ ("categorie 2"), 3 specialised
    QString description;
    QString strengths; // "wat werkt"
    QString agreedActions;
    NeedStatus status = NeedStatus::Signalled;
    QDate signalledOn;
    qint64 signalledBy = 0;
    std::optional<QDate> parentsInformedOn;
    QString parentsResponse;
    std::optional<qint64> parentsInformedIn; // the parent conversation they were informed in
    std::optional<QDate> reviewDate;
    std::optional<QDate> closedOn;
    QString closedReason;
    int version = 0; // raised by every change; a step based on an older one is refused
};

struct NeedHistoryEntry
{
    qint64 id = 0;
    qint64 needId = 0;
    QDateTime changedAt;
    qint64 changedBy = 0;
    QString changedByName;
    QString field; // "status", "level", "review_date", "parents_informed", "created"
    QString fromValue;
    QString toValue;
    QString note;
};

} // namespace kz
