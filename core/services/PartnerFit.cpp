#include "PartnerFit.h"

#include "PartnerFinder.h"

#include <QHash>
#include <algorithm>

namespace kz {

namespace {

bool isDutch(const QString& language)
{
    return language.compare(QLatin1String("Nederlands"), Qt::CaseInsensitive) == 0 ||
           language.compare(QLatin1String("Dutch"), Qt::CaseInsensitive) == 0;
}

} // namespace

int PartnerFitScore::total() const
{
    return domain * 1'000'000 + level * 100'000 + age * 10'000 + area * 1'000 + std::min(languages, 9) * 10 +
           fresh;
}

PartnerFit::PartnerFit(Need need) : m_need(std::move(need)) {}

std::pair<int, int> PartnerFit::levelsOf(const QString& categoryCode)
{
    // Kinds of help the schema seeds; one a location adds fits every level until it says otherwise.
    static const QHash<QString, std::pair<int, int>> levels{
        {QStringLiteral("language"), {1, 2}},
        {QStringLiteral("culture_play"), {1, 2}},
        {QStringLiteral("welfare"), {1, 2}},
        {QStringLiteral("parenting"), {1, 2}},
        {QStringLiteral("speech_therapy"), {2, 3}},
        {QStringLiteral("youth_family"), {2, 3}},
        {QStringLiteral("early_intervention"), {3, 3}},
        {QStringLiteral("education_support"), {3, 3}},
        {QStringLiteral("school"), {0, 0}},
    };
    return levels.value(categoryCode, {1, 3});
}

PartnerFitScore PartnerFit::score(const Partner& p) const
{
    PartnerFitScore s;
    s.domain = m_need.domainCategories.contains(p.categoryCode) ? 1 : 0;
    const auto [lowest, highest] = levelsOf(p.categoryCode);
    s.level = m_need.level >= lowest && m_need.level <= highest ? 1 : 0;
    s.age = p.maximumAge && *p.maximumAge <= 18 ? 1 : 0;
    for (qsizetype i = 0; i < m_need.enclosingAreas.size() && s.area == 0; ++i)
        if (p.serviceAreas.contains(m_need.enclosingAreas.at(i), Qt::CaseInsensitive))
            s.area = static_cast<int>(4 - std::min<qsizetype>(i, 2));
    if (s.area == 0 && p.serviceAreas.isEmpty())
        s.area = 1; // says nothing about where it works: maybe, after those that do
    for (const QString& language : m_need.homeLanguages)
        if (!isDutch(language) && p.languages.contains(language, Qt::CaseInsensitive))
            ++s.languages;
    s.fresh = PartnerFinder::isStale(p, m_need.today, m_need.staleMonths) ? 0 : 1;
    return s;
}

QStringList PartnerFit::reasons(const Partner& p, const PartnerFitScore& s) const
{
    QStringList result;
    result.append(s.domain ? tr("helps with %1").arg(m_need.domainLabel)
                           : tr("general help for level 3, not specific to %1").arg(m_need.domainLabel));
    const auto [lowest, highest] = levelsOf(p.categoryCode);
    if (s.level && m_need.level >= 3)
        result.append(tr("specialised help for level 3"));
    else if (!s.level && m_need.level > highest)
        result.append(tr("basic help, not specialised"));
    else if (!s.level)
        result.append(tr("meant for level %1").arg(lowest));
    if (s.area >= 2)
        result.append(tr("serves %1").arg(m_need.enclosingAreas.at(4 - s.area)));
    else if (s.area == 0 && !m_need.enclosingAreas.isEmpty())
        result.append(tr("does not serve %1").arg(m_need.enclosingAreas.first()));
    for (const QString& language : m_need.homeLanguages)
        if (!isDutch(language) && p.languages.contains(language, Qt::CaseInsensitive))
            result.append(tr("speaks %1").arg(language));
    if (!s.fresh)
        result.append(tr("details not verified recently"));
    return result;
}

} // namespace kz
