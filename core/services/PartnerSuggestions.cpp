#include "PartnerSuggestions.h"

#include "PartnerFinder.h"
#include "db/SqlQuery.h"
#include "domain/Age.h"
#include "store/ChildStore.h"
#include "store/PartnerStore.h"
#include "store/SupportNeedStore.h"

#include <QSet>

#include <algorithm>

namespace kz {

QList<PartnerSuggestion> PartnerSuggestions::forNeed(const Database& db, const Actor& actor, qint64 needId,
                                                     const QDate& today, int staleMonths)
{
    const SupportNeed need = SupportNeedStore(db).get(actor, needId);
    const Child child = ChildStore(db).get(actor, need.childId);
    const PartnerStore partners(db);

    QSet<QString> categories;
    SqlQuery q(db, QStringLiteral("SELECT c.code FROM partner_category_domains cd "
                                  "JOIN partner_categories c ON c.id = cd.category_id WHERE cd.domain_id = :domain"));
    q.bind(QStringLiteral(":domain"), need.domainId).exec();
    while (q.next())
        categories.insert(q.value(0).toString());
    if (need.level >= 3)
        for (const QString& code : PartnerStore::escalationCategories())
            categories.insert(code);

    const PartnerFinder finder(partners.areas(), today, staleMonths);
    const QStringList enclosing = finder.enclosingAreas(child.neighbourhood.trimmed()); // wijk, stadsdeel, city
    const int age = Age::between(child.birthDate, today).years;
    QStringList homeLanguages;
    for (const QString& l : child.homeLanguages.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!l.trimmed().isEmpty())
            homeLanguages.append(l.trimmed());

    QList<PartnerSuggestion> result;
    for (const Partner& p : partners.list(actor)) {
        if (p.status != PartnerStatus::Active || !categories.contains(p.categoryCode))
            continue;
        if ((p.minimumAge && age < *p.minimumAge) || (p.maximumAge && age > *p.maximumAge))
            continue;
        PartnerSuggestion s;
        s.partner = p;
        // Nearest area first: the wijk itself scores highest.
        for (qsizetype level = 0; level < enclosing.size(); ++level) {
            if (p.serviceAreas.contains(enclosing.at(level), Qt::CaseInsensitive)) {
                s.score += static_cast<int>(30 - 10 * std::min<qsizetype>(level, 2));
                s.servesChildsArea = true;
                s.reasons.append(tr("serves %1").arg(enclosing.at(level)));
                break;
            }
        }
        if (!s.servesChildsArea && p.serviceAreas.isEmpty())
            s.score += 5; // says nothing about where it works: maybe, after those that do
        for (const QString& language : homeLanguages) {
            if (p.languages.contains(language, Qt::CaseInsensitive)
                && language.compare(QLatin1String("Nederlands"), Qt::CaseInsensitive) != 0) {
                s.score += 8;
                s.reasons.append(tr("speaks %1").arg(language));
            }
        }
        if (p.minimumAge || p.maximumAge)
            s.score += 2; // a stated age range that fits beats "all ages"
        if (PartnerFinder::isStale(p, today, staleMonths)) {
            s.score -= 3;
            s.reasons.append(tr("details not verified recently"));
        }
        result.append(s);
    }
    std::stable_sort(result.begin(), result.end(), [](const PartnerSuggestion& a, const PartnerSuggestion& b) {
        if (a.score != b.score)
            return a.score > b.score;
        return a.partner.name.localeAwareCompare(b.partner.name) < 0;
    });
    return result;
}

} // namespace kz
