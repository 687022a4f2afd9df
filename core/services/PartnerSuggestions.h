#pragma once

#include "Clock.h"
#include "domain/Partner.h"
#include "domain/User.h"

#include <QCoreApplication>
#include <QDate>

namespace kz {

class Database;

struct PartnerSuggestion
{
    Partner partner;
    int score = 0;
    QStringList reasons; // why it fits, translated: "serves Bezuidenhout", "speaks Arabisch"
    bool servesChildsArea = false;
};

// For a support need: the active partners whose kind of help answers the need's domain and whose
// age range includes the child, best first — serving the child's own wijk before its stadsdeel
// before the whole city before elsewhere; then speaking the family's home language; then
// recently verified. Reading the need checks the actor may see the child.
class PartnerSuggestions
{
    Q_DECLARE_TR_FUNCTIONS(kz::PartnerSuggestions)

public:
    static QList<PartnerSuggestion> forNeed(const Database& db, const Actor& actor, qint64 needId,
                                            const QDate& today = Clock::today(), int staleMonths = 6);
};

} // namespace kz
