#include "services/Dossier.h"

#include "Clock.h"
#include "CoreFixture.h"
#include "Error.h"
#include "access/AuditLog.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"
#include "store/ChildStore.h"
#include "store/DraftStore.h"
#include "store/ObservationStore.h"
#include "store/PartnerStore.h"
#include "store/ReferralStore.h"
#include "store/SupportNeedStore.h"

using namespace kz;

class DossierTest : public CoreFixture
{
protected:
    qint64 observe(const QString& body, const QString& domain, int daysAgo = 0)
    {
        Observation o;
        o.childId = childA1;
        o.observedAt = Clock::nowUtc().addDays(-daysAgo).addSecs(-60);
        o.body = body;
        o.kind = ObservationKind::Concern;
        o.domainIds = {domainId(domain)};
        return ObservationStore(db()).create(practitionerA1, o);
    }
    qint64 need(const QString& domain, int level)
    {
        SupportNeed n;
        n.childId = childA1;
        n.domainId = domainId(domain);
        n.level = level;
        n.description = QStringLiteral("x");
        n.signalledOn = Clock::today().addDays(-30);
        return SupportNeedStore(db()).create(practitionerA1, n);
    }
};

TEST_F(DossierTest, AnObservationBecomesASignaleringThatItBelongsTo)
{
    const qint64 observation =
        observe(QStringLiteral("Zegt nog weinig woorden"), QStringLiteral("language"), 3);
    const qint64 needId = SupportNeedStore(db()).createFromObservation(
        practitionerA1, observation, domainId(QStringLiteral("language")), 2);
    const SupportNeed n = SupportNeedStore(db()).get(practitionerA1, needId);
    EXPECT_EQ(n.description, QStringLiteral("Zegt nog weinig woorden"));
    EXPECT_EQ(n.signalledOn, Clock::today().addDays(-3));
    EXPECT_EQ(ObservationStore(db()).get(practitionerA1, observation).needId, needId);
    // Once only; and never from another group.
    EXPECT_THROW(SupportNeedStore(db()).createFromObservation(practitionerA1, observation, n.domainId, 2),
                 Error);
    const qint64 other = observe(QStringLiteral("Speelt alleen"), QStringLiteral("social_emotional"));
    EXPECT_THROW(SupportNeedStore(db()).createFromObservation(practitionerB, other, n.domainId, 2), Error);
}

TEST_F(DossierTest, RaisingToLevelThreeIsRecordedAsAnEscalation)
{
    const qint64 id = need(QStringLiteral("behaviour"), 2);
    SupportNeedStore(db()).changeLevel(practitionerA1, id, 3, QStringLiteral("Vroeghulp inschakelen"));
    const QList<NeedHistoryEntry> history = SupportNeedStore(db()).history(practitionerA1, id);
    EXPECT_EQ(history.last().field, QStringLiteral("escalation"));
    EXPECT_EQ(AuditLog::entries(db(), 1).first().action, QStringLiteral("escalate"));

    Partner vroeghulp;
    vroeghulp.name = QStringLiteral("Integrale Vroeghulp");
    vroeghulp.categoryCode = QStringLiteral("early_intervention");
    PartnerStore(db()).create(admin, vroeghulp);
    Partner library;
    library.name = QStringLiteral("Bibliotheek");
    library.categoryCode = QStringLiteral("language");
    PartnerStore(db()).create(admin, library);
    const QList<Partner> partners =
        PartnerStore(db()).activeInCategories(practitionerA1, PartnerStore::escalationCategories());
    ASSERT_EQ(partners.size(), 1);
    EXPECT_EQ(partners.first().name, QStringLiteral("Integrale Vroeghulp"));
}

TEST_F(DossierTest, TheChildListShowsBadgesPerDomainAndDaysWaiting)
{
    const qint64 language = need(QStringLiteral("language"), 2);
    need(QStringLiteral("language"), 3);
    const qint64 behaviour = need(QStringLiteral("behaviour"), 1);
    SupportNeedStore(db()).close(practitionerA1, behaviour, QStringLiteral("Gaat goed"));
    Partner p;
    p.name = QStringLiteral("Logopedie");
    p.categoryCode = QStringLiteral("speech_therapy");
    const qint64 partner = PartnerStore(db()).create(admin, p);
    Referral r;
    r.needId = language;
    r.partnerId = partner;
    r.referredOn = Clock::today().addDays(-21);
    r.status = ReferralStatus::Waiting;
    ReferralStore(db()).create(practitionerA1, r);

    ChildFilter filter;
    filter.groupId = groupA1;
    const ChildSummary s = ChildStore(db()).list(practitionerA1, filter).constFirst();
    EXPECT_EQ(s.openNeeds, 2);
    EXPECT_EQ(s.highestOpenLevel, 3);
    ASSERT_EQ(s.openNeedDomains.size(), 1); // two language needs, one badge at the higher level
    EXPECT_EQ(s.openNeedDomains.first(), qMakePair(domainId(QStringLiteral("language")), 3));
    EXPECT_EQ(s.daysWaiting, 21);
}

TEST_F(DossierTest, TheTimelineMergesObservationsAndNeedEventsAndFilters)
{
    observe(QStringLiteral("Oud"), QStringLiteral("language"), 40);
    observe(QStringLiteral("Nieuw"), QStringLiteral("play_motor"), 1);
    const qint64 id = need(QStringLiteral("language"), 2);
    SupportNeedStore(db()).changeStatus(practitionerA1, id, NeedStatus::DiscussedWithParents,
                                        QStringLiteral("Goed gesprek"));

    const Dossier dossier(db(), practitionerA1, childA1);
    const QList<TimelineEntry> all = dossier.timeline();
    ASSERT_EQ(all.size(), 4);
    EXPECT_TRUE(std::is_sorted(all.begin(), all.end(),
                               [](const TimelineEntry& a, const TimelineEntry& b) { return a.at > b.at; }));
    EXPECT_EQ(all.first().kind, TimelineEntry::Kind::NeedEvent);
    EXPECT_TRUE(all.first().text.contains(QStringLiteral("Goed gesprek")));

    TimelineFilter motor;
    motor.domainId = domainId(QStringLiteral("play_motor"));
    ASSERT_EQ(dossier.timeline(motor).size(), 1);
    EXPECT_EQ(dossier.timeline(motor).first().text, QStringLiteral("Nieuw"));
    TimelineFilter recent;
    recent.from = Clock::today().addDays(-7);
    EXPECT_EQ(dossier.timeline(recent).size(), 3);
    EXPECT_EQ(AuditLog::entries(db(), 1).first().action, QStringLiteral("view"));
    EXPECT_THROW(Dossier(db(), practitionerB, childA1), Error);
}

TEST_F(DossierTest, ADraftSurvivesAndStaysPrivate)
{
    Observation draft;
    draft.childId = childA1;
    draft.body = QStringLiteral("Half getypt… 🧸");
    draft.domainIds = {domainId(QStringLiteral("language")), domainId(QStringLiteral("behaviour"))};
    draft.kind = ObservationKind::Strength;
    DraftStore(db()).save(practitionerA1, draft);
    draft.body += QStringLiteral(" en verder");
    DraftStore(db()).save(practitionerA1, draft);

    const auto loaded = DraftStore(db()).load(practitionerA1);
    ASSERT_TRUE(loaded.has_value());
    EXPECT_EQ(loaded->body, draft.body);
    EXPECT_EQ(loaded->childId, childA1);
    EXPECT_EQ(loaded->domainIds, draft.domainIds);
    EXPECT_EQ(loaded->kind, ObservationKind::Strength);
    EXPECT_FALSE(DraftStore(db()).load(practitionerA2).has_value());
    EXPECT_THROW(DraftStore(db()).save(practitionerB, draft), Error); // not her child
    DraftStore(db()).discard(practitionerA1);
    EXPECT_FALSE(DraftStore(db()).load(practitionerA1).has_value());
}

TEST_F(DossierTest, NestedTransactionsRollBackOnlyTheirOwnPart)
{
    {
        Transaction outer(db());
        SqlQuery::run(db(), QStringLiteral("INSERT INTO meta (key, value) VALUES ('outer', '1')"));
        try {
            Transaction inner(db());
            SqlQuery::run(db(), QStringLiteral("INSERT INTO meta (key, value) VALUES ('inner', '1')"));
            throw Error(Error::Kind::Validation, QStringLiteral("stop"));
        } catch (const Error&) {
        }
        outer.commit();
    }
    EXPECT_EQ(countRows(QStringLiteral("meta WHERE key = 'outer'")), 1);
    EXPECT_EQ(countRows(QStringLiteral("meta WHERE key = 'inner'")), 0);
    {
        Transaction outer(db());
        Transaction inner(db());
        SqlQuery::run(db(), QStringLiteral("INSERT INTO meta (key, value) VALUES ('both', '1')"));
        inner.commit();
        // outer is not committed: everything goes
    }
    EXPECT_EQ(countRows(QStringLiteral("meta WHERE key = 'both'")), 0);
}
