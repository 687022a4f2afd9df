#include "PartnerSuggestions.h"

#include "PartnerFinder.h"
#include "db/SqlQuery.h"
#include "domain/Age.h"
#include "store/ChildStore.h"
#include "store/DomainStore.h"
#include "store/PartnerStore.h"
#include "store/SupportNeedStore.h"

#include <QLocale>
#include <QSet>
#include <algorithm>

namespace kz {

namespace {

QSet<QString> categoriesAnswering(const Database& db, qint64 domainId)
{
    QSet<QString> categories;
    SqlQuery q(db, QStringLiteral(
                       "SELECT c.code FROM partner_category_domains cd "
                       "JOIN partner_categories c ON c.id = cd.category_id WHERE cd.domain_id = :domain"));
    q.bind(QStringLiteral(":domain"), domainId).exec();
    while (q.next())
        categories.insert(q.value(0).toString());
    return categories;
}

QString domainLabel(const Database& db, qint64 domainId)
{
    const std::optional<DevelopmentDomain> domain = DomainStore(db).byId(domainId);
    if (!domain)
        return {};
    return domain->label(QLocale().language() == QLocale::Dutch ? QStringLiteral("nl")
                                                                : QStringLiteral("en"));
}

QStringList homeLanguagesOf(const Child& child)
{
    QStringList result;
    for (const QString& l : child.homeLanguages.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!l.trimmed().isEmpty())
            result.append(l.trimmed());
    return result;
}

} // namespace

QList<PartnerSuggestion> PartnerSuggestions::forNeed(const Database& db, const Actor& actor, qint64 needId,
                                                     const QDate& today, int staleMonths)
{
    const SupportNeed need = SupportNeedStore(db).get(actor, needId);
    return forChild(db, actor, need.childId, need.domainId, need.level, today, staleMonths);
}

QList<PartnerSuggestion> PartnerSuggestions::forChild(const Database& db, const Actor& actor, qint64 childId,
                                                      qint64 domainId, int level, const QDate& today,
                                                      int staleMonths)
{
    const Child child = ChildStore(db).get(actor, childId);
    const PartnerStore partners(db);

    PartnerFit::Need need;
    need.domainCategories = categoriesAnswering(db, domainId);
    need.domainLabel = domainLabel(db, domainId);
    need.level = level;
    need.childAge = Age::between(child.birthDate, today).years;
    need.enclosingAreas = PartnerFinder(partners.areas(), today, staleMonths)
                              .enclosingAreas(child.neighbourhood.trimmed()); // wijk, stadsdeel, city
    need.homeLanguages = homeLanguagesOf(child);
    need.today = today;
    need.staleMonths = staleMonths;
    QSet<QString> candidates = need.domainCategories;
    if (level >= 3)
        for (const QString& code : PartnerStore::escalationCategories())
            candidates.insert(code);
    const PartnerFit fit(need);

    QList<PartnerSuggestion> result;
    for (const Partner& p : partners.list(actor)) {
        if (p.status != PartnerStatus::Active || !candidates.contains(p.categoryCode))
            continue;
        if ((p.minimumAge && need.childAge < *p.minimumAge) ||
            (p.maximumAge && need.childAge > *p.maximumAge))
            continue;
        PartnerSuggestion s;
        s.partner = p;
        s.fit = fit.score(p);
        s.score = s.fit.total();
        s.reasons = fit.reasons(p, s.fit);
        s.servesChildsArea = s.fit.area >= 2;
        result.append(s);
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const PartnerSuggestion& a, const PartnerSuggestion& b) {
                         if (a.score != b.score)
                             return a.score > b.score;
                         return a.partner.name.localeAwareCompare(b.partner.name) < 0;
                     });
    return result;
}

QList<PartnerSuggestion> PartnerSuggestions::forEscalation(const Database& db, const Actor& actor,
                                                           qint64 childId, qint64 domainId,
                                                           const QDate& today, int staleMonths)
{
    QList<PartnerSuggestion> result;
    for (const PartnerSuggestion& s : forChild(db, actor, childId, domainId, 3, today, staleMonths))
        if (s.fit.level && s.servesChildsArea)
            result.append(s);
    return result;
}

} // namespace kz
