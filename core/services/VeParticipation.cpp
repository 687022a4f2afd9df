#include "VeParticipation.h"

#include "db/SqlQuery.h"
#include "domain/Age.h"
#include "domain/Bilingual.h"

#include <algorithm>

namespace kz {

namespace {

// In the language of the document being prepared, like the rest of the handover's prefill.
constexpr BilingualText phrases[] = {
    {"months", "%1 maanden", "%1 months"},
    {"month", "1 maand", "1 month"},
    {"less", "minder dan een maand", "less than a month"},
    {"ongoing", "%1, van %2 tot nu (VE-indicatie sinds %3)",
     "%1, from %2 until now (VE indication since %3)"},
    {"ended", "%1, van %2 tot %4 (VE-indicatie sinds %3)", "%1, from %2 to %4 (VE indication since %3)"},
};

QString day(const QDate& d)
{
    return d.toString(QStringLiteral("dd-MM-yyyy"));
}

QString locationProgramme(const Database& db, qint64 groupId)
{
    SqlQuery q(db,
               QStringLiteral("SELECT l.ve_programme FROM groups g JOIN locations l ON l.id = g.location_id "
                              "WHERE g.id = :group"));
    q.bind(QStringLiteral(":group"), groupId);
    return q.scalar().value_or(QVariant()).toString();
}

} // namespace

std::optional<VeParticipation> VeParticipation::of(const Database& db, const Child& child, const QDate& today)
{
    if (!child.veIndicationDate)
        return std::nullopt;
    VeParticipation ve;
    ve.programme = locationProgramme(db, child.groupId);
    ve.from = std::max(*child.veIndicationDate, child.startDate);
    ve.ongoing = !child.endDate || *child.endDate > today;
    ve.until = ve.ongoing ? today : *child.endDate;
    ve.months = ve.from < ve.until ? Age::between(ve.from, ve.until).totalMonths() : 0;
    return ve;
}

QString VeParticipation::duration(const QDate& indication, const QString& language) const
{
    const QString length = months == 0   ? bilingual(phrases, "less", language)
                           : months == 1 ? bilingual(phrases, "month", language)
                                         : bilingual(phrases, "months", language).arg(months);
    if (ongoing)
        return bilingual(phrases, "ongoing", language).arg(length, day(from), day(indication));
    return bilingual(phrases, "ended", language).arg(length, day(from), day(indication), day(until));
}

} // namespace kz
