#pragma once

#include "Clock.h"
#include "PartnerFit.h"
#include "domain/Partner.h"
#include "domain/User.h"

#include <QCoreApplication>
#include <QDate>

namespace kz {

class Database;

struct PartnerSuggestion
{
    Partner partner;
    PartnerFitScore fit;
    int score = 0;       // fit.total(): higher is better
    QStringList reasons; // why it fits, translated, the domain first: "helps with Taal en spraak"
    bool servesChildsArea = false;
};

// For a support need: the active partners whose kind of help answers the need's domain (and, for
// level 3, the specialised partners every need may be escalated to) and whose age range includes
// the child, best first: fit to the domain, then the level, then a service for young children,
// then the child's own wijk before its stadsdeel before the city before elsewhere, then the
// family's home language, then recently verified. Reading the child checks the actor may see it.
class PartnerSuggestions
{
    Q_DECLARE_TR_FUNCTIONS(kz::PartnerSuggestions)

public:
    static QList<PartnerSuggestion> forNeed(const Database& db, const Actor& actor, qint64 needId,
                                            const QDate& today = Clock::today(), int staleMonths = 6);
    // The same for a need that is not saved yet (while it is being created).
    static QList<PartnerSuggestion> forChild(const Database& db, const Actor& actor, qint64 childId,
                                             qint64 domainId, int level, const QDate& today = Clock::today(),
                                             int staleMonths = 6);
    // For the prompt on escalating to level 3: the specialised partners that serve the child's own
    // wijk, its stadsdeel or its whole city (never another stadsdeel's), best first.
    static QList<PartnerSuggestion> forEscalation(const Database& db, const Actor& actor, qint64 childId,
                                                  qint64 domainId, const QDate& today = Clock::today(),
                                                  int staleMonths = 6);
};

} // namespace kz
