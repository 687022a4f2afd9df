#include "../QtPrinters.h"
#include "Clock.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/SqlValues.h"
#include "demo/DemoDatabase.h"
#include "demo/DemoMilestones.h"
#include "services/Authenticator.h"
#include "services/GroupNeeds.h"
#include "services/Retention.h"
#include "store/ChildStore.h"
#include "store/HandoverStore.h"

#include <QSet>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace kz;

// The demo is made relative to the day it is made. What the README, the tests and a first-time
// user rely on must hold on every such day: month ends, 29 February, the turn of the year.
class DemoDatesTest : public ::testing::TestWithParam<const char*>
{
protected:
    static QDate day() { return QDate::fromString(QString::fromLatin1(GetParam()), Qt::ISODate); }

    Actor login(const Database& db, const char* name) const
    {
        return Authenticator::login(db, QString::fromLatin1(name),
                                    QString::fromLatin1(DemoDatabase::password));
    }
};

TEST_P(DemoDatesTest, WhatTheDemoPromisesHoldsOnThisDay)
{
    const QDate today = day();
    ASSERT_TRUE(today.isValid());
    const ScopedClock clock(today);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.db"));
    const DemoSummary summary = DemoDatabase::create(path);
    const Database db = Database::open(path);
    const Actor saskia = login(db, "saskia");

    // The handover list starts with four children turning four, one in each consent state; none has
    // a VE indication, and the one with consent has a draft that can go to the school as it is.
    const QList<HandoverCandidate> turningFour =
        HandoverStore(db).candidates(saskia, today, today.addMonths(6));
    ASSERT_GE(turningFour.size(), DemoMilestones::nearFourCount);
    QList<ConsentState> states;
    for (const HandoverCandidate& c : turningFour.mid(0, DemoMilestones::nearFourCount)) {
        states.append(c.handovers.isEmpty() ? ConsentState::NotRequested
                                            : c.handovers.constFirst().consent.state);
        EXPECT_FALSE(ChildStore(db).get(saskia, c.childId).veIndicationDate) << c.childName.toStdString();
    }
    EXPECT_EQ(states, (QList<ConsentState>{ConsentState::Given, ConsentState::Awaiting, ConsentState::Denied,
                                           ConsentState::NotRequested}));
    const HandoverCandidate& first = turningFour.constFirst();
    const Handover ready =
        HandoverStore(db).find(saskia, first.childId, first.handovers.constFirst().schoolId).value();
    ASSERT_TRUE(ready.draft);
    EXPECT_NO_THROW(HandoverStore(db).checkExportable(saskia, first.childId, ready.schoolId, *ready.draft));

    // The manager's attention lists: an overdue review, a child waiting for help, children turning four.
    GroupNeedsFilter filter;
    filter.today = today;
    const GroupNeeds needs(db, saskia, filter);
    EXPECT_FALSE(needs.overdueReviews().isEmpty());
    EXPECT_FALSE(needs.waitingReferrals().isEmpty());
    EXPECT_GE(needs.turningFour().size(), DemoMilestones::nearFourCount);

    // One child left long enough ago for the retention preview; the other left recently.
    EXPECT_EQ(summary.childrenWhoLeft, 2);
    const RetentionResult retention = Retention::preview(db, login(db, "beheer"), today);
    ASSERT_EQ(retention.children.size(), 1);
    EXPECT_LT(retention.children.constFirst().leftOn, today.addMonths(-Retention::months(db)));
    EXPECT_EQ(ChildStore(db).list(saskia, {.groupId = {}, .includeLeft = true}).size(),
              ChildStore(db).list(saskia).size() + 2);

    // Every child enrolled today is 2 to 7 years old, and every date lies on or before today.
    for (const ChildSummary& s : ChildStore(db).list(login(db, "marco"))) {
        EXPECT_LE(s.child.birthDate.addYears(2), today.addDays(30)) << s.child.fullName().toStdString();
        EXPECT_GT(s.child.birthDate.addYears(7), today) << s.child.fullName().toStdString();
        EXPECT_LE(s.child.startDate, today);
    }
    SqlQuery future(
        db, QStringLiteral("SELECT (SELECT COUNT(*) FROM observations WHERE substr(observed_at, 1, 10) > "
                           ":day) + (SELECT COUNT(*) FROM support_needs WHERE signalled_on > :day2)"));
    future.bind(QStringLiteral(":day"), sql::date(today.addDays(1)))
        .bind(QStringLiteral(":day2"), sql::date(today));
    EXPECT_EQ(future.scalar().value().toInt(), 0);
    // Parents with the language they prefer for a conversation, some of them with an interpreter.
    EXPECT_GT(summary.guardians, summary.children);
    SqlQuery interpreters(db, QStringLiteral("SELECT COUNT(*) FROM guardians WHERE interpreter_needed = 1"));
    EXPECT_GT(interpreters.scalar().value().toInt(), 0);
    EXPECT_EQ(summary.locations, 2);
    EXPECT_GT(summary.referrals, 0);
}

INSTANTIATE_TEST_SUITE_P(AcrossYears, DemoDatesTest,
                         ::testing::Values("2026-01-01", "2026-02-28", "2026-03-31", "2026-08-31",
                                           "2026-12-31", "2027-01-01", "2027-02-28", "2027-03-01",
                                           "2027-07-01", "2028-02-29", "2028-03-01", "2028-12-31",
                                           "2030-01-31"),
                         [](const ::testing::TestParamInfo<const char*>& day) {
                             std::string name = day.param;
                             std::erase(name, '-');
                             return "On" + name;
                         });
