#pragma once

#include "Clock.h"
#include "domain/Partner.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <optional>

namespace kz {

struct PartnerFilter
{
    QString text; // every word must occur in name, description, services or contacts
    QString area; // a wijk, stadsdeel or city
    QString categoryCode;
    std::optional<int> age; // a child's age in years
    QString audience;       // children, parents, professionals
    QString language;
    std::optional<PartnerStatus> status;
    bool staleOnly = false;
};

// Search and filters over the sociale kaart, fast enough to run on every keystroke over tens of
// thousands of partners: the searchable text of each partner is folded once, when set.
class PartnerFinder
{
public:
    static constexpr int defaultStaleMonths = 6;

    PartnerFinder() = default;
    PartnerFinder(const QList<Area>& areas, const QDate& today, int staleMonths = defaultStaleMonths);

    void setPartners(const QList<Partner>& partners);
    const QList<Partner>& partners() const { return m_partners; }

    // A filter with its words folded and its area widened, made once per change of the filter.
    struct Prepared
    {
        PartnerFilter filter;
        QStringList words;
        QSet<QString> areas;
    };
    Prepared prepare(const PartnerFilter& filter) const;
    bool matches(qsizetype index, const Prepared& prepared) const;
    QList<qsizetype> find(const PartnerFilter& filter) const;

    // Not verified within the stale period, or never verified.
    bool isStale(const Partner& partner) const;
    static bool isStale(const Partner& partner, const QDate& today, int staleMonths);
    // The area with every area it lies in and every area inside it.
    QSet<QString> relatedAreas(const QString& area) const;
    // The area and the areas it lies in, nearest first.
    QStringList enclosingAreas(const QString& area) const;

private:
    QHash<QString, QString> m_parentOf; // folded name -> parent (original spelling)
    QDate m_today = Clock::today();
    int m_staleMonths = defaultStaleMonths;
    QList<Partner> m_partners;
    QList<QString> m_haystacks; // folded text per partner
};

} // namespace kz
