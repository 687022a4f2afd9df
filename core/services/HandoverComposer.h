#pragma once

#include "Clock.h"
#include "domain/Handover.h"
#include "domain/User.h"

#include <QDate>

namespace kz {

class Database;

// The first draft of an overdracht, from what the dossier already holds: strengths, development
// per domain from needs and recent observations, agreed actions, referrals, VE, the parents'
// response. Restricted observations are never used. Everything stays editable.
class HandoverComposer
{
public:
    static constexpr int observationMonths = 6;
    static constexpr int observationsPerDomain = 3;

    // `language` ("nl" or "en") is that of the document being prepared.
    static HandoverContent prefill(const Database& db, const Actor& actor, qint64 childId, qint64 schoolId,
                                   const QString& language = QStringLiteral("nl"),
                                   const QDate& today = Clock::today());
    // Takes the sections with nothing written in them out of the choice (never VE: when it is
    // required, the export must say so); returns them.
    static QSet<HandoverSection> dropEmptySections(HandoverContent& content);
    // The saved draft when there is one, otherwise a fresh prefill.
    static HandoverContent draftOrPrefill(const Database& db, const Actor& actor, qint64 childId,
                                          qint64 schoolId, const QString& language = QStringLiteral("nl"));
    // The location the child attends, as named on the document.
    static QString locationName(const Database& db, qint64 childId);
};

} // namespace kz
