#pragma once

#include "domain/Partner.h"

#include <QCoreApplication>
#include <QDate>
#include <QSet>
#include <QStringList>

namespace kz {

// How well one partner fits one child's support need, in the order a practitioner weighs it:
// does its kind of help answer the need's domain, does it fit the level (specialised help for
// level 3, basic help for level 1), is it meant for young children, does it serve the child's
// wijk, does it speak the family's language, were its details verified recently.
struct PartnerFitScore
{
    int domain = 0;    // 1 answers the need's domain, 0 only a general escalation partner
    int level = 0;     // 1 its kind of help fits the need's level
    int age = 0;       // 1 a stated age range made for children, 0 all ages
    int area = 0;      // 4 the wijk, 3 the stadsdeel, 2 the city, 1 no area stated, 0 elsewhere
    int languages = 0; // home languages (other than Dutch) it speaks
    int fresh = 0;     // 1 verified within the stale period

    // One number that orders like the fields above, most important first.
    int total() const;
};

class PartnerFit
{
    Q_DECLARE_TR_FUNCTIONS(kz::PartnerFit)

public:
    struct Need
    {
        QSet<QString> domainCategories; // kinds of help that answer the need's domain
        QString domainLabel;            // in the interface language, for the reasons
        int level = 2;
        int childAge = 0;
        QStringList enclosingAreas; // the child's wijk, its stadsdeel, its city
        QStringList homeLanguages;
        QDate today;
        int staleMonths = 6;
    };

    explicit PartnerFit(Need need);

    PartnerFitScore score(const Partner& partner) const;
    // Why it fits (or what to weigh), translated, the domain first.
    QStringList reasons(const Partner& partner, const PartnerFitScore& score) const;
    // The lowest and highest need level a kind of help is meant for: a library for levels 1-2,
    // a speech therapist for 2-3, Integrale Vroeghulp for 3.
    static std::pair<int, int> levelsOf(const QString& categoryCode);
    static bool isSpecialised(const QString& categoryCode) { return levelsOf(categoryCode).second >= 3; }

private:
    Need m_need;
};

} // namespace kz
