#include "Clock.h"
#include "CoreFixture.h"
#include "Error.h"
#include "access/AuditLog.h"
#include "db/SqlQuery.h"
#include "services/Authenticator.h"
#include "store/ChildStore.h"
#include "store/GuardianStore.h"
#include "store/ObservationStore.h"
#include "store/PartnerStore.h"
#include "store/ReferralStore.h"
#include "store/SupportNeedStore.h"
#include "store/UserStore.h"

#include <QLocale>

using namespace kz;

class AuditTest : public CoreFixture
{
protected:
    AuditEntry newest() const { return AuditLog::entries(db(), 1).constFirst(); }

    void expectNewest(const Actor& actor, const QString& action, const QString& entity, qint64 entityId,
                      std::optional<qint64> childId) const
    {
        const AuditEntry e = newest();
        EXPECT_EQ(e.userId, actor.userId);
        EXPECT_EQ(e.action, action);
        EXPECT_EQ(e.entity, entity);
        EXPECT_EQ(e.entityId, entityId);
        EXPECT_EQ(e.childId, childId);
        EXPECT_LE(qAbs(e.at.secsTo(Clock::nowUtc())), 60);
    }
};

TEST_F(AuditTest, EveryChangeWritesItsAuditRow)
{
    const qint64 child = ChildStore(db()).create(managerA, childTemplate(groupA1, QStringLiteral("Dirk")));
    expectNewest(managerA, QStringLiteral("create"), QStringLiteral("child"), child, child);

    Child c = ChildStore(db()).get(managerA, child);
    c.neighbourhood = QStringLiteral("Marlot");
    ChildStore(db()).update(managerA, c);
    expectNewest(managerA, QStringLiteral("update"), QStringLiteral("child"), child, child);

    SupportNeed n;
    n.childId = child;
    n.domainId = domainId(QStringLiteral("language"));
    n.description = QStringLiteral("Weinig woorden");
    n.signalledOn = Clock::today();
    const qint64 need = SupportNeedStore(db()).create(practitionerA1, n);
    expectNewest(practitionerA1, QStringLiteral("create"), QStringLiteral("support_need"), need, child);
    SupportNeedStore(db()).changeStatus(practitionerA1, need, NeedStatus::DiscussedWithParents, QString());
    expectNewest(practitionerA1, QStringLiteral("update"), QStringLiteral("support_need"), need, child);

    Observation o;
    o.childId = child;
    o.observedAt = Clock::nowUtc();
    o.body = QStringLiteral("Zei 'mama'");
    o.domainIds = {n.domainId};
    const qint64 observation = ObservationStore(db()).create(practitionerA1, o);
    expectNewest(practitionerA1, QStringLiteral("create"), QStringLiteral("observation"), observation, child);
    o.id = observation;
    o.body = QStringLiteral("Zei 'mama' en 'papa'");
    ObservationStore(db()).edit(practitionerA1, o);
    expectNewest(practitionerA1, QStringLiteral("update"), QStringLiteral("observation"), observation, child);

    Partner p;
    p.name = QStringLiteral("Logopedie");
    p.categoryCode = QStringLiteral("speech_therapy");
    const qint64 partner = PartnerStore(db()).create(managerA, p);
    expectNewest(managerA, QStringLiteral("create"), QStringLiteral("partner"), partner, std::nullopt);

    Referral r;
    r.needId = need;
    r.partnerId = partner;
    r.referredOn = Clock::today();
    const qint64 referral = ReferralStore(db()).create(practitionerA1, r);
    expectNewest(practitionerA1, QStringLiteral("create"), QStringLiteral("referral"), referral, child);
    ReferralStore(db()).changeStatus(practitionerA1, referral, ReferralStatus::Waiting, Clock::today());
    expectNewest(practitionerA1, QStringLiteral("status"), QStringLiteral("referral"), referral, child);
}

TEST_F(AuditTest, ARefusedChangeLeavesNoDataAndOnlyTheRefusalInTheTrail)
{
    const int before = countRows(QStringLiteral("audit_log"));
    EXPECT_THROW(ChildStore(db()).create(practitionerA1, childTemplate(groupA1)), Error);
    EXPECT_EQ(AuditLog::entries(db(), 1).first().action, QStringLiteral("refused"));
    Child invalid = childTemplate(groupA1);
    invalid.birthDate = Clock::today().addDays(1);
    EXPECT_THROW(ChildStore(db()).create(managerA, invalid), Error); // a typing mistake is no refusal
    EXPECT_EQ(countRows(QStringLiteral("audit_log")), before + 1);
    EXPECT_EQ(countRows(QStringLiteral("children")), 3);
}

TEST_F(AuditTest, TheAuditTrailCannotBeRewrittenThroughSql)
{
    ChildStore(db()).create(managerA, childTemplate(groupA1));
    const int before = countRows(QStringLiteral("audit_log"));
    EXPECT_THROW(SqlQuery::run(db(), QStringLiteral("UPDATE audit_log SET action = 'nothing'")), Error);
    EXPECT_THROW(SqlQuery::run(db(), QStringLiteral("DELETE FROM audit_log")), Error);
    EXPECT_EQ(countRows(QStringLiteral("audit_log")), before);
}

TEST_F(AuditTest, LoginsAreRecordedAndAWrongPasswordIsRefused)
{
    User u;
    u.username = QStringLiteral("sanne");
    u.displayName = QStringLiteral("Sanne");
    u.roles = {Role::Practitioner};
    u.groupIds = {groupA1};
    UserStore(db()).create(admin, u, QStringLiteral("een lang wachtwoord"));

    const Actor actor =
        Authenticator::login(db(), QStringLiteral("sanne"), QStringLiteral("een lang wachtwoord"));
    EXPECT_EQ(actor.displayName, QStringLiteral("Sanne"));
    EXPECT_EQ(newest().action, QStringLiteral("login"));
    try {
        Authenticator::login(db(), QStringLiteral("sanne"), QStringLiteral("fout"));
        FAIL() << "a wrong password was accepted";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::AccessDenied);
    }
    EXPECT_EQ(newest().action, QStringLiteral("login_failed"));
    EXPECT_THROW(Authenticator::login(db(), QStringLiteral("niemand"), QStringLiteral("x")), Error);
    // Accounts without a password (created by scripts) cannot log in at all.
    EXPECT_THROW(Authenticator::login(db(), QStringLiteral("practa1"), QString()), Error);
}

TEST_F(AuditTest, TheAuditViewShowsAdminsEverythingAndManagersTheirLocations)
{
    ChildStore(db()).create(managerA, childTemplate(groupA1, QStringLiteral("Dirk")));
    ChildStore(db()).create(managerB, childTemplate(groupB1, QStringLiteral("Eva")));
    const QList<AuditEntry> all = AuditLog::search(db(), admin, {});
    EXPECT_EQ(all.size(), countRows(QStringLiteral("audit_log")));
    const QList<AuditEntry> ofLocationA = AuditLog::search(db(), managerA, {});
    ASSERT_FALSE(ofLocationA.isEmpty());
    for (const AuditEntry& e : ofLocationA) {
        ASSERT_TRUE(e.childId.has_value());
        EXPECT_NE(*e.childId, childB1);
    }
    AuditFilter creations;
    creations.action = QStringLiteral("create");
    creations.userText = QStringLiteral("managerb");
    const QList<AuditEntry> byB = AuditLog::search(db(), admin, creations);
    ASSERT_FALSE(byB.isEmpty());
    for (const AuditEntry& e : byB)
        EXPECT_EQ(e.userName, QStringLiteral("managerb"));
    AuditFilter future;
    future.from = Clock::today().addDays(1);
    EXPECT_TRUE(AuditLog::search(db(), admin, future).isEmpty());
    EXPECT_THROW(AuditLog::search(db(), practitionerA1, {}), Error);
}

TEST_F(AuditTest, ExportingTheChildrenListIsRecorded)
{
    EXPECT_EQ(ChildStore(db()).exportList(managerA).size(), 2);
    const AuditEntry e = newest();
    EXPECT_EQ(e.action, QStringLiteral("export"));
    EXPECT_EQ(e.entity, QStringLiteral("children"));
    EXPECT_EQ(e.userId, managerA.userId);
}

namespace {

const AuditEntry* findEntry(const QList<AuditEntry>& entries, const QString& action, const QString& entity,
                            std::optional<qint64> entityId)
{
    for (const AuditEntry& e : entries)
        if (e.action == action && e.entity == entity && e.entityId == entityId)
            return &e;
    return nullptr;
}

} // namespace

TEST_F(AuditTest, TheAuditViewNamesWhatTheViewerMaySeeAndNothingElse)
{
    // A need, an observation, a referral and a parent in the file of a child of location A; a need of B.
    SupportNeed need;
    need.childId = childA1;
    need.domainId = domainId(QStringLiteral("language"));
    need.description = QStringLiteral("Weinig woorden");
    need.signalledOn = Clock::today();
    const qint64 needA = SupportNeedStore(db()).create(practitionerA1, need);
    need.childId = childB1;
    need.domainId = domainId(QStringLiteral("behaviour"));
    const qint64 needB = SupportNeedStore(db()).create(practitionerB, need);
    Observation observation;
    observation.childId = childA1;
    const QDate observedOn = Clock::today().addDays(-3);
    const QString observedText = QLocale().toString(observedOn, QLocale::ShortFormat);
    observation.observedAt = QDateTime(observedOn, QTime(10, 0), Qt::UTC);
    observation.body = QStringLiteral("Bouwt een toren");
    observation.domainIds = {domainId(QStringLiteral("play_motor"))};
    const qint64 observationA = ObservationStore(db()).create(practitionerA1, observation);
    Partner partner;
    partner.name = QStringLiteral("Logopedie Zuid");
    partner.categoryCode = QStringLiteral("speech_therapy");
    const qint64 partnerId = PartnerStore(db()).create(admin, partner);
    Referral referral;
    referral.needId = needA;
    referral.partnerId = partnerId;
    referral.referredOn = Clock::today();
    const qint64 referralA = ReferralStore(db()).create(practitionerA1, referral);
    Guardian guardian;
    guardian.childId = childA1;
    guardian.name = QStringLiteral("Fenna Ouder");
    const qint64 guardianA = GuardianStore(db()).add(managerA, guardian);
    const QString childA1Name = ChildStore(db()).get(managerA, childA1).fullName();
    const QString childB1Name = ChildStore(db()).get(managerB, childB1).fullName();

    // The manager of A: every name in her location's files.
    const QList<AuditEntry> ofA = AuditLog::search(db(), managerA, {});
    const AuditEntry* e = findEntry(ofA, QStringLiteral("create"), QStringLiteral("support_need"), needA);
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->subjectName, QStringLiteral("Language and speech"));
    EXPECT_EQ(e->childName, childA1Name);
    e = findEntry(ofA, QStringLiteral("create"), QStringLiteral("referral"), referralA);
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->subjectName, QStringLiteral("Logopedie Zuid"));
    e = findEntry(ofA, QStringLiteral("create"), QStringLiteral("observation"), observationA);
    ASSERT_NE(e, nullptr);
    EXPECT_TRUE(e->subjectName.contains(observedText)) << e->subjectName.toStdString();
    e = findEntry(ofA, QStringLiteral("create"), QStringLiteral("guardian"), guardianA);
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->subjectName, QStringLiteral("Fenna Ouder"));

    // An admin who is no manager sees every row, the partner by name, but nothing of a child's file.
    const QList<AuditEntry> all = AuditLog::search(db(), admin, {});
    for (const AuditEntry& entry : all) {
        EXPECT_TRUE(entry.childName.isEmpty()) << entry.childName.toStdString();
        for (const QString& secret :
             {childA1Name, childB1Name, QStringLiteral("Language and speech"), QStringLiteral("Behaviour"),
              QStringLiteral("Fenna Ouder"), observedText})
            EXPECT_FALSE(entry.subjectName.contains(secret))
                << entry.action.toStdString() << " " << entry.entity.toStdString() << ": "
                << entry.subjectName.toStdString();
    }
    e = findEntry(all, QStringLiteral("create"), QStringLiteral("partner"), partnerId);
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->subjectName, QStringLiteral("Logopedie Zuid"));
    e = findEntry(all, QStringLiteral("create"), QStringLiteral("referral"), referralA);
    ASSERT_NE(e, nullptr);
    EXPECT_TRUE(e->subjectName.isEmpty()) << "to whom a child was referred is part of the file";

    // An admin who manages A: names in A, none in B.
    const QList<AuditEntry> ofAdminManager = AuditLog::search(db(), adminManager, {});
    e = findEntry(ofAdminManager, QStringLiteral("create"), QStringLiteral("support_need"), needA);
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->childName, childA1Name);
    e = findEntry(ofAdminManager, QStringLiteral("create"), QStringLiteral("support_need"), needB);
    ASSERT_NE(e, nullptr);
    EXPECT_TRUE(e->subjectName.isEmpty());
    EXPECT_TRUE(e->childName.isEmpty());
}
