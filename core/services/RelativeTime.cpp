#include "RelativeTime.h"

#include "domain/Age.h"

namespace kz {

namespace {

enum class Unit
{
    Days,
    Weeks,
    Months,
    Years
};

// Days up to two weeks, weeks up to two months, months up to two years, then years.
std::pair<Unit, int> measure(const QDate& from, const QDate& until)
{
    const qint64 days = from.daysTo(until);
    if (days < 14)
        return {Unit::Days, static_cast<int>(days)};
    if (days < 61)
        return {Unit::Weeks, static_cast<int>(days / 7)};
    const int months = Age::between(from, until).totalMonths();
    if (months < 24)
        return {Unit::Months, std::max(2, months)};
    return {Unit::Years, months / 12};
}

} // namespace

QString RelativeTime::span(const QDate& from, const QDate& until)
{
    const auto [unit, n] = measure(std::min(from, until), std::max(from, until));
    switch (unit) {
    case Unit::Days:
        return tr("%n day(s)", nullptr, n);
    case Unit::Weeks:
        return tr("%n week(s)", nullptr, n);
    case Unit::Months:
        return tr("%n month(s)", nullptr, n);
    case Unit::Years:
        return tr("%n year(s)", nullptr, n);
    }
    return {};
}

QString RelativeTime::of(const QDate& day, const QDate& today)
{
    const qint64 days = day.daysTo(today);
    if (days == 0)
        return tr("today");
    if (days == 1)
        return tr("yesterday");
    if (days == -1)
        return tr("tomorrow");
    if (days < 0)
        return tr("in %1", "a time from now: in 3 weeks").arg(span(today, day));
    return tr("%1 ago", "a time past: 3 weeks ago").arg(span(day, today));
}

} // namespace kz
