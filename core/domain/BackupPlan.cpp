#include "BackupPlan.h"

#include "Error.h"

#include <QStringList>
#include <algorithm>
#include <functional>

namespace kz {

namespace {

// Keeps the newest backup of each of the first `count` buckets (days, weeks, months) that have one.
void keepNewestPerBucket(const QList<QDate>& madeOn, int count,
                         const std::function<int(const QDate&)>& bucket, QList<bool>& kept)
{
    int lastBucket = -1;
    for (qsizetype i = 0; i < madeOn.size() && count > 0; ++i) {
        const int b = bucket(madeOn[i]);
        if (b == lastBucket)
            continue;
        lastBucket = b;
        kept[i] = true;
        --count;
    }
}

int weekOf(const QDate& day)
{
    int year = 0;
    const int week = day.weekNumber(&year);
    return year * 100 + week;
}

} // namespace

QList<qsizetype> BackupPlan::keep(const QList<QDate>& madeOn) const
{
    QList<bool> kept(madeOn.size(), false);
    keepNewestPerBucket(
        madeOn, daily, [](const QDate& d) { return static_cast<int>(QDate(2000, 1, 1).daysTo(d)); }, kept);
    keepNewestPerBucket(madeOn, weekly, weekOf, kept);
    keepNewestPerBucket(
        madeOn, monthly, [](const QDate& d) { return d.year() * 100 + d.month(); }, kept);
    QList<qsizetype> positions;
    for (qsizetype i = 0; i < kept.size(); ++i)
        if (kept[i])
            positions.append(i);
    return positions;
}

QDate BackupPlan::keptUntil(const QDate& day) const
{
    // With a backup every day, the newest of a month falls out when the month `monthly` months
    // later gets its first backup; likewise weeks and days.
    const QDate byMonth = QDate(day.year(), day.month(), 1).addMonths(monthly).addDays(-1);
    const QDate byWeek = day.addDays(7 * weekly - day.dayOfWeek());
    const QDate byDay = day.addDays(daily - 1);
    QDate last = day;
    if (monthly > 0)
        last = std::max(last, byMonth);
    if (weekly > 0)
        last = std::max(last, byWeek);
    if (daily > 0)
        last = std::max(last, byDay);
    return last;
}

void BackupPlan::validate() const
{
    if (daily < 0 || weekly < 0 || monthly < 0 || daily + weekly + monthly < 1)
        throw Error(Error::Kind::Validation, tr("A backup plan keeps at least one backup."));
    if (daily > maximumGenerations || weekly > maximumGenerations || monthly > maximumGenerations)
        throw Error(Error::Kind::Validation,
                    tr("A backup plan keeps at most %1 backups of each kind.").arg(maximumGenerations));
}

QString BackupPlan::toText() const
{
    return QStringLiteral("%1,%2,%3").arg(daily).arg(weekly).arg(monthly);
}

BackupPlan BackupPlan::fromText(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != 3)
        return BackupPlan{};
    BackupPlan plan{parts[0].toInt(), parts[1].toInt(), parts[2].toInt()};
    return plan;
}

} // namespace kz
