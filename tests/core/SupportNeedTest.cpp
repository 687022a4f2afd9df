#include "Clock.h"
#include "CoreFixture.h"
#include "Error.h"
#include "store/SupportNeedStore.h"

using namespace kz;

class SupportNeedTest : public CoreFixture
{
protected:
    qint64 signal()
    {
        SupportNeed n;
        n.childId = childA1;
        n.domainId = domainId(QStringLiteral("language"));
        n.level = 2;
        n.description = QStringLiteral("Spreekt in losse woorden");
        n.strengths = QStringLiteral("Zingt graag");
        n.signalledOn = Clock::today().addDays(-20);
        n.reviewDate = Clock::today().addDays(30);
        return SupportNeedStore(db()).create(practitionerA1, n);
    }
};

TEST_F(SupportNeedTest, FromFirstSignToClosureEveryStepLandsInTheHistory)
{
    SupportNeedStore needs(db());
    const qint64 id = signal();
    needs.recordParentsInformed(practitionerA1, id, Clock::today().addDays(-10),
                                QStringLiteral("Herkennen het"));
    needs.changeStatus(practitionerA1, id, NeedStatus::DiscussedWithParents, QStringLiteral("Gesprek"));
    needs.changeStatus(practitionerA1, id, NeedStatus::SupportInPlace, QStringLiteral("Voorlezen"));
    needs.changeLevel(managerA, id, 3, QStringLiteral("Meer nodig"));
    needs.setReviewDate(practitionerA1, id, Clock::today().addDays(60), QStringLiteral("Na de vakantie"));
    needs.changeStatus(practitionerA1, id, NeedStatus::Evaluated, QStringLiteral("Geëvalueerd"));
    needs.close(practitionerA1, id, QStringLiteral("Doelen bereikt"));

    const SupportNeed n = needs.get(practitionerA1, id);
    EXPECT_EQ(n.status, NeedStatus::Closed);
    EXPECT_EQ(n.level, 3);
    EXPECT_EQ(n.closedReason, QStringLiteral("Doelen bereikt"));
    EXPECT_EQ(n.closedOn, Clock::today());
    EXPECT_EQ(n.parentsResponse, QStringLiteral("Herkennen het"));

    const QList<NeedHistoryEntry> history = needs.history(practitionerA1, id);
    QStringList steps;
    for (const NeedHistoryEntry& h : history)
        steps.append(h.field + QLatin1Char(':') + h.fromValue + QStringLiteral("->") + h.toValue);
    EXPECT_EQ(steps,
              QStringList(
                  {QStringLiteral("created:->signalled, level 2"),
                   QStringLiteral("parents_informed:->") + Clock::today().addDays(-10).toString(Qt::ISODate),
                   QStringLiteral("status:signalled->discussed_with_parents"),
                   QStringLiteral("status:discussed_with_parents->support_in_place"),
                   QStringLiteral("level:2->3"), QStringLiteral("escalation:2->3"),
                   QStringLiteral("review_date:") + Clock::today().addDays(30).toString(Qt::ISODate) +
                       QStringLiteral("->") + Clock::today().addDays(60).toString(Qt::ISODate),
                   QStringLiteral("status:support_in_place->evaluated"),
                   QStringLiteral("status:evaluated->closed")}));
    EXPECT_EQ(history[4].changedByName, QStringLiteral("managera"));
    EXPECT_EQ(history.last().note, QStringLiteral("Doelen bereikt"));
}

TEST_F(SupportNeedTest, AClosedNeedCannotBeChangedAndClosingNeedsAReason)
{
    SupportNeedStore needs(db());
    const qint64 id = signal();
    EXPECT_THROW(needs.close(practitionerA1, id, QStringLiteral("   ")), Error);
    EXPECT_THROW(needs.changeStatus(practitionerA1, id, NeedStatus::Closed, QString()), Error);
    EXPECT_THROW(needs.close(practitionerA1, id, QStringLiteral("x"), Clock::today().addDays(-30)), Error);
    needs.close(practitionerA1, id, QStringLiteral("Verhuisd"));
    EXPECT_THROW(needs.changeStatus(practitionerA1, id, NeedStatus::Evaluated, QString()), Error);
    EXPECT_THROW(needs.changeLevel(practitionerA1, id, 1, QString()), Error);
    EXPECT_THROW(needs.setReviewDate(practitionerA1, id, Clock::today(), QString()), Error);
}

TEST_F(SupportNeedTest, InvalidChangesAreRefusedAndLeaveNoHistory)
{
    SupportNeedStore needs(db());
    const qint64 id = signal();
    const int before = countRows(QStringLiteral("support_need_history"));
    EXPECT_THROW(needs.changeLevel(practitionerA1, id, 4, QString()), Error);
    EXPECT_THROW(needs.changeLevel(practitionerA1, id, 2, QString()), Error); // unchanged
    EXPECT_THROW(needs.setReviewDate(practitionerA1, id, Clock::today().addDays(-40), QString()), Error);
    EXPECT_THROW(needs.recordParentsInformed(practitionerA1, id, Clock::today().addDays(5), QString()),
                 Error);
    EXPECT_EQ(countRows(QStringLiteral("support_need_history")), before);
    EXPECT_EQ(needs.get(practitionerA1, id).level, 2);
}

TEST_F(SupportNeedTest, ANewNeedAlwaysStartsAsSignalledByTheActor)
{
    SupportNeed n;
    n.childId = childA1;
    n.domainId = domainId(QStringLiteral("behaviour"));
    n.description = QStringLiteral("Duwt");
    n.signalledOn = Clock::today();
    n.status = NeedStatus::Evaluated;
    n.signalledBy = managerB.userId;
    const qint64 id = SupportNeedStore(db()).create(practitionerA1, n);
    const SupportNeed stored = SupportNeedStore(db()).get(practitionerA1, id);
    EXPECT_EQ(stored.status, NeedStatus::Signalled);
    EXPECT_EQ(stored.signalledBy, practitionerA1.userId);
}
