#include "PartnerFinder.h"

#include "store/ObservationStore.h"

namespace kz {

namespace {

QString fold(const QString& text)
{
    return ObservationStore::foldForSearch(text);
}

} // namespace

PartnerFinder::PartnerFinder(const QList<Area>& areas, const QDate& today, int staleMonths)
    : m_today(today), m_staleMonths(staleMonths)
{
    for (const Area& a : areas)
        m_parentOf.insert(a.name.toCaseFolded(), a.parent);
}

void PartnerFinder::setPartners(const QList<Partner>& partners)
{
    m_partners = partners;
    m_haystacks.clear();
    m_haystacks.reserve(partners.size());
    for (const Partner& p : partners) {
        // Places are searchable too: people type a wijk or street before they think of a filter.
        QStringList parts{p.name,    p.description, p.services.join(QLatin1Char(' ')),
                          p.address, p.city,        p.serviceAreas.join(QLatin1Char(' '))};
        for (const PartnerContact& c : p.contacts)
            parts << c.name << c.role << c.email;
        m_haystacks.append(QLatin1Char(' ') + fold(parts.join(QLatin1Char(' '))));
    }
}

bool PartnerFinder::isStale(const Partner& partner, const QDate& today, int staleMonths)
{
    return !partner.assuredDate || partner.assuredDate->addMonths(staleMonths) < today;
}

bool PartnerFinder::isStale(const Partner& partner) const
{
    return isStale(partner, m_today, m_staleMonths);
}

QStringList PartnerFinder::enclosingAreas(const QString& area) const
{
    QStringList chain;
    QString current = area;
    // Bounded, so a loop in the data (a wijk its own stadsdeel) cannot hang the search.
    for (int depth = 0; depth < 8 && !current.isEmpty(); ++depth) {
        if (chain.contains(current, Qt::CaseInsensitive))
            break;
        chain.append(current);
        current = m_parentOf.value(current.toCaseFolded());
    }
    return chain;
}

QSet<QString> PartnerFinder::relatedAreas(const QString& area) const
{
    QSet<QString> result;
    if (area.isEmpty())
        return result;
    for (const QString& a : enclosingAreas(area))
        result.insert(a.toCaseFolded());
    // And every area that lies (at any depth) inside it.
    const QString target = area.toCaseFolded();
    for (auto it = m_parentOf.constBegin(); it != m_parentOf.constEnd(); ++it) {
        const QStringList chain = enclosingAreas(it.key());
        for (const QString& up : chain)
            if (up.toCaseFolded() == target)
                result.insert(it.key());
    }
    return result;
}

PartnerFinder::Prepared PartnerFinder::prepare(const PartnerFilter& filter) const
{
    return {filter, fold(filter.text).split(QLatin1Char(' '), Qt::SkipEmptyParts), relatedAreas(filter.area)};
}

bool PartnerFinder::matches(qsizetype index, const Prepared& prepared) const
{
    const PartnerFilter& f = prepared.filter;
    const QStringList& words = prepared.words;
    const QSet<QString>& areas = prepared.areas;
    const Partner& p = m_partners.at(index);
    if (!f.categoryCode.isEmpty() && p.categoryCode != f.categoryCode)
        return false;
    if (f.status && p.status != *f.status)
        return false;
    if (f.age && ((p.minimumAge && *f.age < *p.minimumAge) || (p.maximumAge && *f.age > *p.maximumAge)))
        return false;
    if (!f.audience.isEmpty() && !p.audience.contains(f.audience))
        return false;
    if (!f.language.isEmpty() && !p.languages.contains(f.language, Qt::CaseInsensitive))
        return false;
    if (f.staleOnly && !isStale(p))
        return false;
    if (!areas.isEmpty()) {
        bool serves = false;
        for (const QString& a : p.serviceAreas)
            serves = serves || areas.contains(a.toCaseFolded());
        if (!serves)
            return false;
    }
    const QString& haystack = m_haystacks.at(index);
    for (const QString& word : words)
        if (!haystack.contains(word))
            return false;
    return true;
}

QList<qsizetype> PartnerFinder::find(const PartnerFilter& filter) const
{
    const Prepared prepared = prepare(filter);
    QList<qsizetype> result;
    for (qsizetype i = 0; i < m_partners.size(); ++i)
        if (matches(i, prepared))
            result.append(i);
    return result;
}

} // namespace kz
