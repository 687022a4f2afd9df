#include "Clock.h"
#include "CoreFixture.h"
#include "Error.h"
#include "access/AccessPolicy.h"
#include "access/CheckedChild.h"
#include "services/Dossier.h"
#include "store/ChildOverviewQuery.h"
#include "store/ChildStore.h"
#include "store/DomainStore.h"
#include "store/ObservationStore.h"
#include "store/OrganisationStore.h"
#include "store/PartnerStore.h"
#include "store/ReferralStore.h"
#include "store/SupportNeedStore.h"
#include "store/UserStore.h"

#include <QSet>

using namespace kz;

namespace {

template <typename F> Error::Kind failureOf(F&& call)
{
    try {
        call();
    } catch (const Error& e) {
        return e.kind();
    }
    ADD_FAILURE() << "expected a kz::Error";
    return Error::Kind::Database;
}

SupportNeed needFor(qint64 childId, qint64 domainId)
{
    SupportNeed n;
    n.childId = childId;
    n.domainId = domainId;
    n.level = 2;
    n.description = QStringLiteral("Spreekt weinig");
    n.signalledOn = Clock::today();
    return n;
}

Observation observationFor(qint64 childId, qint64 domainId)
{
    Observation o;
    o.childId = childId;
    o.observedAt = Clock::nowUtc().addSecs(-60);
    o.body = QStringLiteral("Speelde samen");
    o.domainIds = {domainId};
    return o;
}

} // namespace

class AccessScopeTest : public CoreFixture
{
protected:
    // Which children each actor may see; the whole matrix is checked for every child call below.
    QSet<qint64> expectedVisible(const Actor& actor) const
    {
        if (actor.userId == practitionerA1.userId)
            return {childA1};
        if (actor.userId == practitionerA2.userId)
            return {childA2};
        if (actor.userId == practitionerB.userId)
            return {childB1};
        if (actor.userId == managerA.userId || actor.userId == adminManager.userId)
            return {childA1, childA2};
        if (actor.userId == managerB.userId)
            return {childB1};
        return {};
    }
    QList<Actor> everyone() const
    {
        return {admin, adminManager, managerA, managerB, practitionerA1, practitionerA2, practitionerB};
    }
    QList<qint64> everyChild() const { return {childA1, childA2, childB1}; }
};

TEST_F(AccessScopeTest, ChildListShowsExactlyTheActorsScope)
{
    for (const Actor& actor : everyone()) {
        QSet<qint64> seen;
        for (const ChildSummary& s : ChildStore(db()).list(actor))
            seen.insert(s.child.id);
        EXPECT_EQ(seen, expectedVisible(actor)) << actor.username.toStdString();
    }
}

TEST_F(AccessScopeTest, ChildOverviewShowsExactlyTheActorsScopeInEveryGroup)
{
    for (const Actor& actor : everyone()) {
        QSet<qint64> seen;
        for (const ChildSummary& s : ChildOverviewQuery(db(), actor, {.includeLeft = true}).page(0, 100))
            seen.insert(s.child.id);
        EXPECT_EQ(seen, expectedVisible(actor)) << actor.username.toStdString();
        EXPECT_EQ(ChildOverviewQuery(db(), actor).count(), expectedVisible(actor).size());
        for (qint64 group : {groupA1, groupA2, groupB1}) // a group filter never widens the scope
            for (const ChildSummary& s : ChildOverviewQuery(db(), actor, {.groupId = group}).page(0, 100))
                EXPECT_TRUE(expectedVisible(actor).contains(s.child.id)) << actor.username.toStdString();
    }
}

TEST_F(AccessScopeTest, EveryChildReadAndWriteFollowsTheScope)
{
    const qint64 language = domainId(QStringLiteral("language"));
    for (const Actor& actor : everyone()) {
        for (qint64 child : everyChild()) {
            const bool visible = expectedVisible(actor).contains(child);
            SCOPED_TRACE(actor.username.toStdString() + " child " + std::to_string(child));
            if (visible) {
                EXPECT_NO_THROW(ChildStore(db()).get(actor, child));
                EXPECT_NO_THROW(SupportNeedStore(db()).forChild(actor, child));
                EXPECT_NO_THROW(ObservationStore(db()).forChild(actor, child));
                EXPECT_NO_THROW(ReferralStore(db()).forChild(actor, child));
                EXPECT_NO_THROW(SupportNeedStore(db()).create(actor, needFor(child, language)));
                EXPECT_NO_THROW(ObservationStore(db()).create(actor, observationFor(child, language)));
            } else {
                EXPECT_EQ(failureOf([&] { ChildStore(db()).get(actor, child); }), Error::Kind::NotFound);
                EXPECT_EQ(failureOf([&] { SupportNeedStore(db()).forChild(actor, child); }),
                          Error::Kind::NotFound);
                EXPECT_EQ(failureOf([&] { ObservationStore(db()).forChild(actor, child); }),
                          Error::Kind::NotFound);
                EXPECT_EQ(failureOf([&] { ReferralStore(db()).forChild(actor, child); }),
                          Error::Kind::NotFound);
                EXPECT_EQ(failureOf([&] { SupportNeedStore(db()).create(actor, needFor(child, language)); }),
                          Error::Kind::NotFound);
                EXPECT_EQ(
                    failureOf([&] { ObservationStore(db()).create(actor, observationFor(child, language)); }),
                    Error::Kind::NotFound);
            }
        }
    }
}

TEST_F(AccessScopeTest, NeedsObservationsAndReferralsOfAnotherGroupStayOutOfReach)
{
    const qint64 language = domainId(QStringLiteral("language"));
    const qint64 needB = SupportNeedStore(db()).create(practitionerB, needFor(childB1, language));
    const qint64 observationB =
        ObservationStore(db()).create(practitionerB, observationFor(childB1, language));
    Partner partner;
    partner.name = QStringLiteral("Logopedie");
    partner.categoryCode = QStringLiteral("speech_therapy");
    const qint64 partnerId = PartnerStore(db()).create(managerB, partner);
    Referral referral;
    referral.needId = needB;
    referral.partnerId = partnerId;
    referral.referredOn = Clock::today();

    for (const Actor& outsider : {practitionerA1, managerA, admin}) {
        SCOPED_TRACE(outsider.username.toStdString());
        EXPECT_EQ(failureOf([&] { SupportNeedStore(db()).get(outsider, needB); }), Error::Kind::NotFound);
        EXPECT_EQ(failureOf([&] { SupportNeedStore(db()).history(outsider, needB); }), Error::Kind::NotFound);
        EXPECT_EQ(failureOf([&] {
                      SupportNeedStore(db()).changeStatus(outsider, needB, NeedStatus::Evaluated, QString());
                  }),
                  Error::Kind::NotFound);
        EXPECT_EQ(failureOf([&] { SupportNeedStore(db()).changeLevel(outsider, needB, 3, QString()); }),
                  Error::Kind::NotFound);
        EXPECT_EQ(failureOf([&] { SupportNeedStore(db()).close(outsider, needB, QStringLiteral("x")); }),
                  Error::Kind::NotFound);
        EXPECT_EQ(failureOf([&] { ObservationStore(db()).get(outsider, observationB); }),
                  Error::Kind::NotFound);
        EXPECT_EQ(failureOf([&] { ObservationStore(db()).revisions(outsider, observationB); }),
                  Error::Kind::NotFound);
        EXPECT_EQ(failureOf([&] { ReferralStore(db()).create(outsider, referral); }), Error::Kind::NotFound);
        EXPECT_EQ(failureOf([&] { ReferralStore(db()).forNeed(outsider, needB); }), Error::Kind::NotFound);
        EXPECT_TRUE(ObservationStore(db()).search(outsider, QStringLiteral("samen")).isEmpty());
    }
    EXPECT_NO_THROW(ReferralStore(db()).create(practitionerB, referral));
    EXPECT_EQ(ObservationStore(db()).search(practitionerB, QStringLiteral("samen")).size(), 1);
}

TEST_F(AccessScopeTest, OnlyManagersOfTheLocationEnrolAndMoveChildren)
{
    ChildStore children(db());
    EXPECT_NO_THROW(children.create(managerA, childTemplate(groupA2)));
    EXPECT_NO_THROW(children.create(adminManager, childTemplate(groupA1)));
    EXPECT_EQ(failureOf([&] { children.create(managerA, childTemplate(groupB1)); }),
              Error::Kind::AccessDenied);
    EXPECT_EQ(failureOf([&] { children.create(practitionerA1, childTemplate(groupA1)); }),
              Error::Kind::AccessDenied);
    EXPECT_EQ(failureOf([&] { children.create(admin, childTemplate(groupA1)); }), Error::Kind::AccessDenied);

    EXPECT_NO_THROW(children.move(managerA, childA1, groupA2, Clock::today()));
    EXPECT_EQ(failureOf([&] { children.move(managerA, childA1, groupB1, Clock::today()); }),
              Error::Kind::AccessDenied);
    EXPECT_EQ(failureOf([&] { children.move(managerB, childA1, groupB1, Clock::today()); }),
              Error::Kind::NotFound);
    Child corrected = children.get(managerA, childA1);
    corrected.groupId = groupA1;
    EXPECT_EQ(failureOf([&] { children.update(managerA, corrected); }), Error::Kind::Validation);
    Child own = children.get(practitionerA2, childA1);
    own.givenName = QStringLiteral("Other");
    EXPECT_EQ(failureOf([&] { children.update(practitionerA2, own); }), Error::Kind::AccessDenied);
}

TEST_F(AccessScopeTest, OrganisationAccountsAndDomainsAreForAdmins)
{
    OrganisationStore organisation(db());
    Location l;
    l.name = QStringLiteral("Nieuw");
    EXPECT_NO_THROW(organisation.createLocation(admin, l));
    EXPECT_EQ(failureOf([&] { organisation.createLocation(managerA, l); }), Error::Kind::AccessDenied);
    EXPECT_EQ(failureOf([&] { organisation.createLocation(practitionerA1, l); }), Error::Kind::AccessDenied);

    Group g;
    g.name = QStringLiteral("A3");
    g.locationId = locationA;
    EXPECT_NO_THROW(organisation.createGroup(managerA, g));
    g.name = QStringLiteral("B2");
    g.locationId = locationB;
    EXPECT_EQ(failureOf([&] { organisation.createGroup(managerA, g); }), Error::Kind::AccessDenied);
    EXPECT_EQ(failureOf([&] { organisation.createGroup(practitionerB, g); }), Error::Kind::AccessDenied);
    EXPECT_NO_THROW(organisation.createGroup(admin, g));

    EXPECT_EQ(organisation.groups(practitionerA1).size(), 1);
    EXPECT_EQ(organisation.groups(managerA).size(), 3); // A1, A2, A3
    EXPECT_EQ(organisation.locations(practitionerB).size(), 1);

    User u;
    u.username = QStringLiteral("nieuw");
    u.displayName = QStringLiteral("Nieuw");
    u.roles = {Role::Practitioner};
    EXPECT_EQ(failureOf([&] { UserStore(db()).create(managerA, u, QString()); }), Error::Kind::AccessDenied);
    EXPECT_EQ(failureOf([&] { UserStore(db()).list(practitionerA1); }), Error::Kind::AccessDenied);
    EXPECT_NO_THROW(UserStore(db()).create(admin, u, QString()));

    DevelopmentDomain d{0,   QStringLiteral("sleep"), QStringLiteral("Slapen"), QStringLiteral("Sleep"), 95,
                        true};
    EXPECT_EQ(failureOf([&] { DomainStore(db()).add(managerA, d); }), Error::Kind::AccessDenied);
    EXPECT_NO_THROW(DomainStore(db()).add(admin, d));
}

TEST_F(AccessScopeTest, PractitionersReadTheSocialMapAndManagersKeepIt)
{
    Partner partner;
    partner.name = QStringLiteral("CJG");
    partner.categoryCode = QStringLiteral("youth_family");
    EXPECT_EQ(failureOf([&] { PartnerStore(db()).create(practitionerA1, partner); }),
              Error::Kind::AccessDenied);
    const qint64 id = PartnerStore(db()).create(managerA, partner);
    partner.name = QStringLiteral("CJG Segbroek"); // one organisation is in the map once
    EXPECT_NO_THROW(PartnerStore(db()).create(admin, partner));
    EXPECT_EQ(PartnerStore(db()).list(practitionerA1).size(), 2);
    EXPECT_EQ(failureOf([&] { PartnerStore(db()).setStatus(practitionerA1, id, PartnerStatus::Defunct); }),
              Error::Kind::AccessDenied);
}

TEST_F(AccessScopeTest, ADeactivatedAccountSeesNothingAtOnce)
{
    UserStore(db()).deactivate(admin, practitionerA1.userId);
    EXPECT_TRUE(ChildStore(db()).list(practitionerA1).isEmpty());
    EXPECT_EQ(failureOf([&] { ChildStore(db()).get(practitionerA1, childA1); }), Error::Kind::NotFound);
    EXPECT_EQ(failureOf([&] { PartnerStore(db()).list(practitionerA1); }), Error::Kind::AccessDenied);
}

// A dossier reads the child's data part by part and checks the child once, for that reading only:
// another user is still checked, and once the dossier is read the next read asks again.
TEST_F(AccessScopeTest, ADossierChecksTheChildOnceAndOnlyWhileItReads)
{
    for (const Actor& actor : everyone()) {
        for (qint64 child : everyChild()) {
            SCOPED_TRACE(actor.username.toStdString() + " child " + std::to_string(child));
            if (expectedVisible(actor).contains(child))
                EXPECT_NO_THROW(Dossier(db(), actor, child));
            else
                EXPECT_EQ(failureOf([&] { Dossier(db(), actor, child); }), Error::Kind::NotFound);
            EXPECT_FALSE(db().childChecked(actor.userId, child));
        }
    }
    Actor someone;
    for (const Actor& actor : everyone())
        if (someone.userId == 0 && !expectedVisible(actor).isEmpty())
            someone = actor;
    ASSERT_NE(someone.userId, 0);
    const qint64 child = *expectedVisible(someone).cbegin();
    {
        const CheckedChild checked(db(), someone, child);
        const qint64 before = db().statementCount().executed;
        AccessPolicy::requireChild(db(), someone, child);
        EXPECT_EQ(db().statementCount().executed, before) << "checked once for the action";
        {
            const CheckedChild nested(db(), someone, child);
        }
        EXPECT_TRUE(db().childChecked(someone.userId, child)) << "the outer action still holds it";
        for (const Actor& other : everyone()) {
            if (other.userId != someone.userId && !expectedVisible(other).contains(child)) {
                EXPECT_EQ(failureOf([&] { AccessPolicy::requireChild(db(), other, child); }),
                          Error::Kind::NotFound);
            }
        }
    }
    const qint64 before = db().statementCount().executed;
    AccessPolicy::requireChild(db(), someone, child);
    EXPECT_GT(db().statementCount().executed, before) << "asked again after the action";
}
