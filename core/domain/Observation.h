#pragma once

#include "Enums.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace kz {

struct Observation
{
    qint64 id = 0;
    qint64 childId = 0;
    QDateTime observedAt;
    QDateTime createdAt;
    qint64 authorId = 0;
    QString authorName;
    QString body;
    ObservationKind kind = ObservationKind::Neutral;
    QList<qint64> domainIds;
    std::optional<qint64> needId;
    bool restricted = false;
    int revision = 1; // raised by each edit of the text, whose earlier text is kept
    int version = 0;  // raised by every change (an edit, a link to a need); see store/RowVersion
    // Set on reads when the note is restricted and the reader may not see it: body is then empty.
    bool hidden = false;
};

struct ObservationSearchHit
{
    qint64 observationId = 0;
    qint64 childId = 0;
    QString childName;
    QDateTime observedAt;
    QString snippet; // the matching words between [ and ]
};

} // namespace kz
