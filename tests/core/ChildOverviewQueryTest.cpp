#include "store/ChildOverviewQuery.h"

#include "Clock.h"
#include "CoreFixture.h"
#include "store/ChildStore.h"
#include "store/ObservationStore.h"
#include "store/PartnerStore.h"
#include "store/ReferralStore.h"
#include "store/SupportNeedStore.h"
#include "store/UserStore.h"

#include <algorithm>

using namespace kz;

// Location A holds Anna (A1), Bas (A2) and, added here: Zara (A1, a level-3 language need with a
// referral waiting ten days, an observation), Mo (A2, a level-2 social need, a closed level-3 one)
// and Ilse (A1, who left yesterday). Location B holds Cem.
class ChildOverviewQueryTest : public CoreFixture
{
protected:
    void SetUp() override
    {
        CoreFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        const QDate today = Clock::today();
        ChildStore children(db());
        Child z = childTemplate(groupA1, QStringLiteral("Zara"));
        z.familyName = QStringLiteral("Achter");
        z.birthDate = today.addYears(-3).addMonths(-6);
        z.neighbourhood = QStringLiteral("Bezuidenhout");
        zara = children.create(managerA, z);
        Child m = childTemplate(groupA2, QStringLiteral("Mo"));
        m.familyName = QStringLiteral("van Dijk");
        m.birthDate = today.addYears(-2);
        mo = children.create(managerA, m);
        ilse = children.create(managerA, childTemplate(groupA1, QStringLiteral("Ilse")));
        children.leave(managerA, ilse, today.addDays(-1), LeaveReason::PrimarySchool);

        SupportNeedStore needs(db());
        const qint64 language = domainId(QStringLiteral("language"));
        const qint64 zaraNeed = needs.create(managerA, need(zara, language, 3));
        needs.create(managerA, need(mo, socialDomain(), 2));
        const qint64 closed = needs.create(managerA, need(mo, socialDomain(), 3));
        needs.close(managerA, closed, QStringLiteral("Gaat goed"));
        Partner partner;
        partner.name = QStringLiteral("Logopedie Haagse Hout");
        partner.categoryCode = QStringLiteral("speech_therapy");
        Referral referral;
        referral.needId = zaraNeed;
        referral.partnerId = PartnerStore(db()).create(managerA, partner);
        referral.referredOn = today.addDays(-10);
        ReferralStore(db()).create(managerA, referral);
        Observation o;
        o.childId = zara;
        o.observedAt = Clock::nowUtc().addDays(-2);
        o.body = QStringLiteral("Wees naar de bal en zei 'bal'");
        o.domainIds = {language};
        ObservationStore(db()).create(practitionerA1, o);
    }

    qint64 socialDomain() const { return domainId(QStringLiteral("social_emotional")); }

    static SupportNeed need(qint64 child, qint64 domain, int level)
    {
        SupportNeed n;
        n.childId = child;
        n.domainId = domain;
        n.level = level;
        n.description = QStringLiteral("Uitgenodigd voor gesprek");
        n.signalledOn = Clock::today().addDays(-20);
        return n;
    }

    static QList<qint64> ids(const QList<ChildSummary>& rows)
    {
        QList<qint64> result;
        for (const ChildSummary& s : rows)
            result.append(s.child.id);
        return result;
    }

    // Every row of the query, fetched two at a time as a scrolling list would.
    static QList<ChildSummary> allPages(const ChildOverviewQuery& query)
    {
        QList<ChildSummary> rows;
        for (int offset = 0;; offset += 2) {
            const QList<ChildSummary> page = query.page(offset, 2);
            rows.append(page);
            if (page.size() < 2)
                return rows;
        }
    }

    ScopedClock m_clock{QDate(2026, 3, 2)};
    qint64 zara = 0, mo = 0, ilse = 0;
};

TEST_F(ChildOverviewQueryTest, PagesTogetherAreTheChildListOfEveryoneWithTheSameFigures)
{
    for (const Actor& actor :
         {admin, adminManager, managerA, managerB, practitionerA1, practitionerA2, practitionerB}) {
        for (bool includeLeft : {false, true}) {
            SCOPED_TRACE(actor.username.toStdString() + (includeLeft ? " with those who left" : ""));
            ChildFilter old;
            old.includeLeft = includeLeft;
            const QList<ChildSummary> expected = ChildStore(db()).list(actor, old);
            ChildOverviewFilter filter;
            filter.includeLeft = includeLeft;
            const ChildOverviewQuery query(db(), actor, filter);
            const QList<ChildSummary> rows = allPages(query);
            ASSERT_EQ(ids(rows), ids(expected));
            EXPECT_EQ(query.count(), expected.size());
            for (qsizetype i = 0; i < rows.size(); ++i) {
                EXPECT_EQ(rows[i].groupName, expected[i].groupName);
                EXPECT_EQ(rows[i].locationName, expected[i].locationName);
                EXPECT_EQ(rows[i].openNeeds, expected[i].openNeeds);
                EXPECT_EQ(rows[i].highestOpenLevel, expected[i].highestOpenLevel);
                EXPECT_EQ(rows[i].openNeedDomains, expected[i].openNeedDomains);
                EXPECT_EQ(rows[i].lastObservation, expected[i].lastObservation);
                EXPECT_EQ(rows[i].daysWaiting, expected[i].daysWaiting);
                EXPECT_EQ(rows[i].child.endDate, expected[i].child.endDate);
            }
        }
    }
}

TEST_F(ChildOverviewQueryTest, FiguresOfOneChild)
{
    const QList<ChildSummary> rows =
        ChildOverviewQuery(db(), managerA, {.name = QStringLiteral("zara")}).page(0, 50);
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows[0].child.id, zara);
    EXPECT_EQ(rows[0].openNeeds, 1);
    EXPECT_EQ(rows[0].highestOpenLevel, 3);
    EXPECT_EQ(rows[0].daysWaiting, 10);
    EXPECT_EQ(rows[0].lastObservation, Clock::today().addDays(-2));
    EXPECT_EQ(rows[0].groupName, QStringLiteral("A1"));
}

TEST_F(ChildOverviewQueryTest, FiltersNarrowTheListAndTheCount)
{
    auto idsOf = [this](const ChildOverviewFilter& filter) {
        const ChildOverviewQuery query(db(), managerA, filter);
        const QList<qint64> found = ids(query.page(0, 100));
        EXPECT_EQ(query.count(), found.size());
        return found;
    };
    EXPECT_EQ(idsOf({.name = QStringLiteral("VAN dijk")}), QList<qint64>{mo});
    EXPECT_EQ(idsOf({.name = QStringLiteral("  mo van ")}), QList<qint64>{mo}); // spaces around are ignored
    EXPECT_TRUE(idsOf({.name = QStringLiteral("a_n")}).isEmpty()); // no wildcards: "Anna" does not match
    EXPECT_TRUE(idsOf({.name = QStringLiteral("%")}).isEmpty());
    EXPECT_EQ(idsOf({.groupId = groupA2}), (QList<qint64>{childA2, mo}));
    EXPECT_EQ(idsOf({.groupId = groupA1, .includeLeft = true}), (QList<qint64>{childA1, ilse, zara}));
    EXPECT_EQ(idsOf({.minimumLevel = 1}), (QList<qint64>{mo, zara}));
    EXPECT_EQ(idsOf({.minimumLevel = 3}), QList<qint64>{zara}); // Mo's level-3 need is closed
    EXPECT_EQ(idsOf({.domainId = socialDomain()}), QList<qint64>{mo});
    EXPECT_TRUE(idsOf({.domainId = socialDomain(), .minimumLevel = 3}).isEmpty());
    EXPECT_TRUE(idsOf({.groupId = groupB1}).isEmpty()); // another location's group shows nobody
}

TEST_F(ChildOverviewQueryTest, SortsByEveryColumnBothWays)
{
    auto sorted = [this](ChildOverviewSort sort, bool descending) {
        return ids(allPages(ChildOverviewQuery(db(), managerA, {}, sort, descending)));
    };
    EXPECT_EQ(sorted(ChildOverviewSort::Name, false), (QList<qint64>{childA1, childA2, mo, zara}));
    EXPECT_EQ(sorted(ChildOverviewSort::Age, false), (QList<qint64>{mo, childA1, childA2, zara}));
    EXPECT_EQ(sorted(ChildOverviewSort::Group, false), (QList<qint64>{childA1, zara, childA2, mo}));
    EXPECT_EQ(sorted(ChildOverviewSort::OpenNeeds, false), (QList<qint64>{childA1, childA2, mo, zara}));
    EXPECT_EQ(sorted(ChildOverviewSort::Waiting, false), (QList<qint64>{childA1, childA2, mo, zara}));
    EXPECT_EQ(sorted(ChildOverviewSort::LastObservation, false), (QList<qint64>{childA1, childA2, mo, zara}));
    EXPECT_EQ(sorted(ChildOverviewSort::Neighbourhood, false), (QList<qint64>{zara, childA1, childA2, mo}));
    for (int column = 0; column <= int(ChildOverviewSort::Neighbourhood); ++column) {
        QList<qint64> reversed = sorted(ChildOverviewSort(column), false);
        std::reverse(reversed.begin(), reversed.end());
        EXPECT_EQ(sorted(ChildOverviewSort(column), true), reversed) << "column " << column;
    }
}

TEST_F(ChildOverviewQueryTest, ADeactivatedAccountSeesNobody)
{
    UserStore(db()).deactivate(admin, managerA.userId);
    const ChildOverviewQuery query(db(), managerA, {.includeLeft = true});
    EXPECT_EQ(query.count(), 0);
    EXPECT_TRUE(query.page(0, 100).isEmpty());
}

TEST_F(ChildOverviewQueryTest, APageIsOneStatementHoweverLongTheList)
{
    const ChildOverviewQuery query(db(), managerA, {.includeLeft = true});
    const qint64 before = db().statementCount().executed;
    EXPECT_EQ(query.count(), 5);
    EXPECT_EQ(query.page(1, 3).size(), 3);
    EXPECT_EQ(query.page(4, 100).size(), 1);
    EXPECT_TRUE(query.page(5, 100).isEmpty());
    EXPECT_EQ(db().statementCount().executed - before, 4);
}

TEST_F(ChildOverviewQueryTest, ForEachVisitsEveryRowInOrder)
{
    const ChildOverviewQuery query(db(), managerA, {.includeLeft = true}, ChildOverviewSort::Age, true);
    QList<qint64> visited;
    query.forEach([&visited](const ChildSummary& s) { visited.append(s.child.id); });
    EXPECT_EQ(visited, ids(query.page(0, 100)));
    EXPECT_EQ(visited.size(), 5);
}

TEST_F(ChildOverviewQueryTest, AnExportIsInTheAuditTrailWithHowManyChildren)
{
    const int before = countRows(QStringLiteral("audit_log WHERE action = 'export' AND entity = 'children'"));
    int exported = 0;
    ChildOverviewQuery(db(), managerA).exportEach([&exported](const ChildSummary&) { ++exported; });
    EXPECT_EQ(exported, 4);
    EXPECT_EQ(countRows(QStringLiteral("audit_log WHERE action = 'export' AND entity = 'children' "
                                       "AND detail = '4 children'")),
              before + 1);
}
