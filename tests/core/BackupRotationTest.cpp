// The backup plan keeps exactly its generations: the newest backup of each of the last 7 days,
// 4 weeks and 12 months, across a simulated year of daily automatic backups.
#include "AutomaticBackupFixture.h"
#include "Clock.h"
#include "Error.h"
#include "domain/BackupPlan.h"
#include "services/AutomaticBackup.h"
#include "services/BackupStatus.h"
#include "store/BackupLogStore.h"
#include "store/BackupSettingsStore.h"

#include <QDir>
#include <QSet>

using namespace kz;

namespace {

// What the default plan keeps on `today` after a backup every day, worked out by the calendar.
QSet<QDate> expectedDays(const QDate& today)
{
    QSet<QDate> days;
    for (int i = 0; i < 7; ++i)
        days.insert(today.addDays(-i));
    days.insert(today); // this week's newest is today; the three weeks before end on a Sunday
    const QDate lastSunday = today.addDays(-today.dayOfWeek());
    for (int w = 0; w < 3; ++w)
        days.insert(lastSunday.addDays(-7 * w));
    const QDate firstOfMonth(today.year(), today.month(), 1);
    for (int m = 1; m < 12; ++m)
        days.insert(firstOfMonth.addMonths(-m + 1).addDays(-1)); // the last day of each month before
    return days;
}

QSet<QDate> keptDays(const QString& folder)
{
    QSet<QDate> days;
    for (const QString& name : QDir(folder).entryList({QStringLiteral("*.kzbackup")}, QDir::Files))
        days.insert(QDate::fromString(name.mid(10, 10), Qt::ISODate));
    return days;
}

} // namespace

class BackupRotationTest : public AutomaticBackupFixture
{
};

TEST_F(BackupRotationTest, AYearOfDailyBackupsKeepsExactlyThePlannedGenerations)
{
    const QDate first(2026, 1, 1);
    int largest = 0;
    for (QDate day = first; day <= first.addDays(400); day = day.addDays(1)) {
        const ScopedClock clock(QDateTime(day, QTime(23, 30)));
        const AutomaticBackupResult result = AutomaticBackup::run(db());
        largest = std::max(largest, result.kept);
        const QSet<QDate> files = keptDays(folder());
        ASSERT_EQ(files.size(), result.kept) << day.toString(Qt::ISODate).toStdString();
        ASSERT_EQ(BackupLogStore(db()).kept(folder()).size(), result.kept);
        if (day.addDays(-366) >= first) { // once a whole year lies behind, the plan is full
            ASSERT_EQ(files, expectedDays(day)) << day.toString(Qt::ISODate).toStdString();
        }
    }
    EXPECT_LE(largest, 7 + 4 + 12);
}

TEST_F(BackupRotationTest, AChangedPlanIsFollowedAtTheNextBackup)
{
    for (int i = 0; i < 10; ++i) {
        const ScopedClock clock(QDate(2026, 3, 1).addDays(i));
        AutomaticBackup::run(db());
    }
    BackupSettingsStore(db()).setPlan(admin, BackupPlan{2, 0, 0});
    const ScopedClock clock(QDate(2026, 3, 11));
    const AutomaticBackupResult result = AutomaticBackup::run(db());
    EXPECT_EQ(result.kept, 2);
    EXPECT_EQ(keptDays(folder()), (QSet<QDate>{QDate(2026, 3, 11), QDate(2026, 3, 10)}));
    EXPECT_THROW(BackupSettingsStore(db()).setPlan(admin, BackupPlan{0, 0, 0}), Error);
}

TEST(BackupPlanTest, APurgedChildLivesInKeptBackupsUntilTheOldestGenerationGoes)
{
    const BackupPlan plan;
    EXPECT_EQ(plan.keptUntil(QDate(2026, 1, 31)), QDate(2026, 12, 31));
    EXPECT_EQ((BackupPlan{7, 0, 0}).keptUntil(QDate(2026, 1, 31)), QDate(2026, 2, 6));
    EXPECT_EQ((BackupPlan{0, 4, 0}).keptUntil(QDate(2026, 3, 1)), QDate(2026, 3, 22)); // a Sunday
    EXPECT_EQ(BackupPlan::fromText(plan.toText()), plan);
}

TEST_F(BackupRotationTest, TheStatusWarnsManagersAndBeheerdersWhenBackupsStop)
{
    {
        const ScopedClock clock(QDate(2026, 5, 4));
        AutomaticBackup::run(db());
        EXPECT_TRUE(BackupStatus::warningFor(db(), managerA).isEmpty());
        const BackupStatus status = BackupStatus::of(db());
        EXPECT_EQ(status.kept, 1);
        EXPECT_EQ(status.nextDue, QDate(2026, 5, 5));
    }
    {
        const ScopedClock clock(QDate(2026, 5, 7));
        EXPECT_TRUE(BackupStatus::warningFor(db(), admin).contains(QStringLiteral("last backup")));
        EXPECT_FALSE(BackupStatus::warningFor(db(), managerA).isEmpty());
        EXPECT_TRUE(BackupStatus::warningFor(db(), practitionerA1).isEmpty());
        EXPECT_EQ(BackupStatus::of(db()).nextDue, QDate(2026, 5, 7));
    }
    const ScopedClock clock(QDate(2026, 5, 5));
    ASSERT_TRUE(QDir(folder()).removeRecursively());
    EXPECT_TRUE(BackupStatus::warningFor(db(), managerA).contains(QStringLiteral("not there")));
}
