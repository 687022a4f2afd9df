#include "services/GroupNeeds.h"

#include "Clock.h"
#include "CoreFixture.h"
#include "db/SqlQuery.h"
#include "domain/Partner.h"
#include "store/ChildStore.h"
#include "store/HandoverStore.h"
#include "store/OrganisationStore.h"
#include "store/PartnerStore.h"
#include "store/ReferralStore.h"
#include "store/SupportNeedStore.h"

using namespace kz;

// A fixed dataset whose figures were worked out by hand (see the comments at each step).
class GroupNeedsTest : public CoreFixture
{
protected:
    void SetUp() override
    {
        CoreFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        const QDate today = Clock::today();
        SupportNeedStore needs(db());
        ChildStore children(db());

        Child left = childTemplate(groupA1, QStringLiteral("Vertrokken"));
        left.endDate = today.addMonths(-1);
        leftChild = children.create(managerA, left);
        Child soon = childTemplate(groupA1, QStringLiteral("Bijna"));
        soon.birthDate = today.addYears(-4).addMonths(4); // turns four in four months
        soonFour = children.create(managerA, soon);
        Group empty;
        empty.locationId = locationA;
        empty.name = QStringLiteral("A3");
        emptyGroup = OrganisationStore(db()).createGroup(managerA, empty);

        // Anna (A1): language level 2 (overdue review, parents informed, referral waiting 30 days),
        // language level 1 (same domain, lower level), behaviour level 3 (parents not informed).
        annaLanguage = add(childA1, QStringLiteral("language"), 2, today.addDays(-60), today.addDays(-10));
        needs.recordParentsInformed(managerA, annaLanguage, today.addDays(-50), QStringLiteral("ok"));
        add(childA1, QStringLiteral("language"), 1, today.addDays(-5));
        annaBehaviour = add(childA1, QStringLiteral("behaviour"), 3, today.addDays(-20));
        // Bijna (A1): language level 2, closed today; social-emotional raised from 1 to 2, five days old.
        const qint64 closed = add(soonFour, QStringLiteral("language"), 2, today.addDays(-40));
        needs.close(managerA, closed, QStringLiteral("Doelen bereikt"));
        const qint64 raised = add(soonFour, QStringLiteral("social_emotional"), 1, today.addDays(-5));
        needs.changeLevel(managerA, raised, 2, QString());
        // The child who left still has an open need: it no longer counts.
        add(leftChild, QStringLiteral("language"), 2, today.addDays(-90));
        // Cem (B1, the other location).
        add(childB1, QStringLiteral("language"), 2, today.addDays(-30), std::nullopt, managerB);

        Partner p;
        p.name = QStringLiteral("Logopedie");
        p.categoryCode = QStringLiteral("speech_therapy");
        Referral r;
        r.needId = annaLanguage;
        r.partnerId = PartnerStore(db()).create(admin, p);
        r.referredOn = today.addDays(-30);
        r.status = ReferralStatus::Waiting;
        ReferralStore(db()).create(managerA, r);
    }

    qint64 add(qint64 child, const QString& domain, int level, const QDate& on,
               std::optional<QDate> review = {}, const std::optional<Actor>& by = std::nullopt)
    {
        SupportNeed n;
        n.childId = child;
        n.domainId = domainId(domain);
        n.level = level;
        n.description = QStringLiteral("x");
        n.signalledOn = on;
        n.reviewDate = review;
        return SupportNeedStore(db()).create(by.value_or(managerA), n);
    }
    const GroupFigures* find(const GroupNeeds& view, qint64 groupId) const
    {
        for (const GroupFigures& g : view.groups())
            if (g.groupId == groupId)
                return &g;
        return nullptr;
    }

    qint64 leftChild = 0, soonFour = 0, emptyGroup = 0, annaLanguage = 0, annaBehaviour = 0;
};

TEST_F(GroupNeedsTest, FiguresPerGroupMatchTheHandCount)
{
    const GroupNeeds view(db(), managerA);
    ASSERT_EQ(view.groups().size(), 3); // A1, A2, A3; never B1
    const GroupFigures* a1 = find(view, groupA1);
    ASSERT_NE(a1, nullptr);
    EXPECT_EQ(a1->children, 2);           // Anna and Bijna; the one who left is not counted
    EXPECT_EQ(a1->childrenLevel2Plus, 2); // Anna (language 2, behaviour 3) and Bijna (raised to 2)
    EXPECT_EQ(a1->escalations, 1);        // Anna
    EXPECT_EQ(a1->perDomain.value(domainId(QStringLiteral("language"))), 1); // Anna once; Bijna's is closed
    EXPECT_EQ(a1->perDomain.value(domainId(QStringLiteral("behaviour"))), 1);
    EXPECT_EQ(a1->perDomain.value(domainId(QStringLiteral("social_emotional"))), 1);
    EXPECT_DOUBLE_EQ(a1->shareLevel2Plus(), 1.0);

    const GroupFigures* a2 = find(view, groupA2);
    ASSERT_NE(a2, nullptr);
    EXPECT_EQ(a2->children, 1);
    EXPECT_EQ(a2->childrenLevel2Plus, 0);
    EXPECT_TRUE(a2->perDomain.isEmpty());
    const GroupFigures* a3 = find(view, emptyGroup);
    ASSERT_NE(a3, nullptr);
    EXPECT_EQ(a3->children, 0);
    EXPECT_DOUBLE_EQ(a3->shareLevel2Plus(), 0.0);
}

TEST_F(GroupNeedsTest, AttentionListsAndTrend)
{
    const GroupNeeds view(db(), managerA);
    ASSERT_EQ(view.overdueReviews().size(), 1);
    EXPECT_EQ(view.overdueReviews().first().needId, annaLanguage);
    EXPECT_EQ(view.overdueReviews().first().days, 10);
    ASSERT_EQ(view.parentsNotInformed().size(), 1); // behaviour, 20 days; the others are recent or informed
    EXPECT_EQ(view.parentsNotInformed().first().needId, annaBehaviour);
    ASSERT_EQ(view.waitingReferrals().size(), 1);
    EXPECT_EQ(view.waitingReferrals().first().days, 30);
    EXPECT_EQ(view.waitingReferrals().first().detail, QStringLiteral("Logopedie"));
    ASSERT_EQ(view.escalations().size(), 1);
    EXPECT_EQ(view.escalations().first().childId, childA1);
    ASSERT_EQ(view.turningFour().size(), 1);
    EXPECT_EQ(view.turningFour().first().childId, soonFour);
    EXPECT_EQ(view.turningFour().first().detail, QString()); // nobody asked the parents yet

    // How far the handover got: the consent state, then "sent".
    Partner school;
    school.name = QStringLiteral("Basisschool De Linde");
    school.categoryCode = QStringLiteral("school");
    const qint64 schoolId = PartnerStore(db()).create(managerA, school);
    HandoverConsent consent;
    consent.state = ConsentState::Given;
    consent.date = Clock::today();
    consent.givenBy = QStringLiteral("Ouder");
    consent.sections = {HandoverSection::Personal};
    HandoverStore handovers(db());
    handovers.recordConsent(managerA, soonFour, schoolId, consent);
    EXPECT_EQ(GroupNeeds(db(), managerA).turningFour().first().detail, QStringLiteral("given"));
    HandoverContent content;
    content.sections = {HandoverSection::Personal};
    content.personal = QStringLiteral("Speelt graag buiten.");
    content.contactPerson = QStringLiteral("managera");
    handovers.recordExport(managerA, soonFour, schoolId, content, QStringLiteral("nl"), 1, "%PDF", [] {});
    EXPECT_EQ(GroupNeeds(db(), managerA).turningFour().first().detail, QStringLiteral("sent"));

    int opened = 0;
    int closed = 0;
    for (const TrendPoint& p : view.trend()) {
        opened += p.opened;
        closed += p.closed;
    }
    EXPECT_EQ(opened,
              6); // every need at location A in the last 12 months, also the one of the child who left
    EXPECT_EQ(closed, 1);
}

TEST_F(GroupNeedsTest, ScopesAndFilters)
{
    const GroupNeeds practitioner(db(), practitionerA1);
    ASSERT_EQ(practitioner.groups().size(), 1);
    EXPECT_EQ(practitioner.groups().first().groupId, groupA1);
    EXPECT_TRUE(GroupNeeds(db(), admin).groups().isEmpty());
    EXPECT_EQ(GroupNeeds(db(), adminManager).groups().size(), 3);

    GroupNeedsFilter behaviour;
    behaviour.domainId = domainId(QStringLiteral("behaviour"));
    const GroupNeeds filtered(db(), managerA, behaviour);
    EXPECT_EQ(find(filtered, groupA1)->childrenLevel2Plus, 1);
    EXPECT_TRUE(filtered.overdueReviews().isEmpty());

    GroupNeedsFilter otherLocation;
    otherLocation.locationId = locationB;
    EXPECT_TRUE(GroupNeeds(db(), managerA, otherLocation).groups().isEmpty());
    EXPECT_EQ(GroupNeeds(db(), managerB, otherLocation).groups().size(), 1);
}

TEST(GroupNeedsSuppressionTest, SmallCountsAreShownAsBelowTheThreshold)
{
    EXPECT_EQ(GroupNeeds::suppressed(0), QStringLiteral("0"));
    EXPECT_EQ(GroupNeeds::suppressed(1), QStringLiteral("<3"));
    EXPECT_EQ(GroupNeeds::suppressed(2), QStringLiteral("<3"));
    EXPECT_EQ(GroupNeeds::suppressed(3), QStringLiteral("3"));
    EXPECT_EQ(GroupNeeds::suppressed(4, 5), QStringLiteral("<5"));
}

TEST_F(GroupNeedsTest, AttentionListsReadTheirFirstRowsAndTheRestOnRequest)
{
    const GroupNeeds full(db(), managerA);
    GroupNeedsFilter firstOnly;
    firstOnly.attentionRows = 1;
    const GroupNeeds limited(db(), managerA, firstOnly);
    const qint64 before = db().statementCount().executed;
    for (AttentionList list :
         {AttentionList::OverdueReviews, AttentionList::ParentsNotInformed, AttentionList::WaitingReferrals,
          AttentionList::Escalations, AttentionList::TurningFour}) {
        SCOPED_TRACE(int(list));
        const QList<AttentionItem>& all = full.attention(list);
        EXPECT_EQ(full.attentionTotal(list), all.size());
        EXPECT_EQ(limited.attentionTotal(list), all.size());
        ASSERT_EQ(limited.attention(list).size(), std::min<qsizetype>(1, all.size()));
        QList<AttentionItem> paged = limited.attention(list);
        paged.append(GroupNeeds::attentionPage(db(), managerA, firstOnly, list, 1, 100));
        ASSERT_EQ(paged.size(), all.size());
        for (qsizetype i = 0; i < all.size(); ++i) {
            EXPECT_EQ(paged[i].childId, all[i].childId);
            EXPECT_EQ(paged[i].needId, all[i].needId);
            EXPECT_EQ(paged[i].detail, all[i].detail);
        }
    }
    EXPECT_EQ(db().statementCount().executed - before, 5); // one statement for each "show more"
    EXPECT_TRUE(GroupNeeds::attentionPage(db(), admin, {}, AttentionList::OverdueReviews, 0, 100).isEmpty());
}

// A report of aggregates counts the attention lists in one statement and reads none of their rows.
TEST_F(GroupNeedsTest, CountsOnlyGiveTheLengthOfEveryListAndTheLongestWait)
{
    const GroupNeeds full(db(), managerA);
    GroupNeedsFilter countsOnly;
    countsOnly.attentionRows = 0;
    countsOnly.trend = false;
    const qint64 before = db().statementCount().executed;
    const GroupNeeds counted(db(), managerA, countsOnly);
    EXPECT_EQ(db().statementCount().executed - before, 3); // the figures, the cells per domain, the counts
    for (AttentionList list :
         {AttentionList::OverdueReviews, AttentionList::ParentsNotInformed, AttentionList::WaitingReferrals,
          AttentionList::Escalations, AttentionList::TurningFour}) {
        SCOPED_TRACE(int(list));
        EXPECT_GT(full.attentionTotal(list), 0);
        EXPECT_EQ(counted.attentionTotal(list), full.attention(list).size());
        EXPECT_TRUE(counted.attention(list).isEmpty());
    }
    EXPECT_EQ(full.longestWaitDays(), 30);
    EXPECT_EQ(counted.longestWaitDays(), 30);
    EXPECT_FALSE(full.trend().isEmpty());
    EXPECT_TRUE(counted.trend().isEmpty());
}

// Schema 16: each child carries the highest level of her open needs, kept by the database itself
// whatever adds, changes, closes or removes a need; the figures over every domain read it.
TEST_F(GroupNeedsTest, EachChildCarriesTheHighestLevelOfHerOpenNeeds)
{
    const auto stored = [this](qint64 child) {
        SqlQuery q(db(), QStringLiteral("SELECT open_need_level FROM children WHERE id = :id"));
        q.bind(QStringLiteral(":id"), child);
        const std::optional<QVariant> level = q.scalar();
        return level && !level->isNull() ? level->toInt() : 0;
    };
    const auto disagreeing = [this] {
        return SqlQuery(db(),
                        QStringLiteral("SELECT COUNT(*) FROM children c WHERE COALESCE(c.open_need_level, 0) "
                                       "<> COALESCE((SELECT MAX(n.level) FROM support_needs n WHERE "
                                       "n.child_id = c.id AND n.status <> 'closed'), 0)"))
            .scalar()
            ->toInt();
    };
    EXPECT_EQ(stored(childA1), 3);  // language 2 and 1, behaviour 3
    EXPECT_EQ(stored(soonFour), 2); // a closed 2 and one raised from 1 to 2
    EXPECT_EQ(stored(leftChild), 2);
    EXPECT_EQ(stored(childB1), 2);
    EXPECT_EQ(stored(childA2), 0); // no need at all

    SupportNeedStore needs(db());
    needs.changeLevel(managerA, annaBehaviour, 1, QStringLiteral("Gaat beter"));
    EXPECT_EQ(stored(childA1), 2);
    needs.close(managerA, annaLanguage, QStringLiteral("Doelen bereikt"));
    EXPECT_EQ(stored(childA1), 1);
    EXPECT_EQ(find(GroupNeeds(db(), managerA), groupA1)->childrenLevel2Plus, 1); // only Bijna now

    // Removed as a purge removes them: the child has no open need left.
    SqlQuery::run(db(), QStringLiteral("DELETE FROM support_need_history WHERE need_id IN (SELECT id FROM "
                                       "support_needs WHERE child_id = %1)")
                            .arg(childB1));
    SqlQuery::run(db(), QStringLiteral("DELETE FROM support_needs WHERE child_id = %1").arg(childB1));
    EXPECT_EQ(stored(childB1), 0);
    EXPECT_EQ(disagreeing(), 0);
}
