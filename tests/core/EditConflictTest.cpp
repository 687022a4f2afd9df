#include "domain/EditConflict.h"

#include "Clock.h"
#include "CoreFixture.h"
#include "access/AuditLog.h"
#include "store/ChildStore.h"
#include "store/GuardianStore.h"
#include "store/ObservationStore.h"
#include "store/PartnerStore.h"
#include "store/SupportNeedStore.h"

#include <QLocale>

using namespace kz;

// Two workstations on one database: each its own connection (two opens of the same file, two
// sessions on the server), both read the same row, both save. The second save is refused with the
// first editor's name and time, and nothing of the first save is lost; keeping one's own is an
// explicit, audited overwrite.
class EditConflictTest : public CoreFixture
{
protected:
    void SetUp() override
    {
        CoreFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        m_other = std::make_unique<Database>(Database::open(databaseLocation()));
    }
    void TearDown() override
    {
        m_other.reset();
        CoreFixture::TearDown();
    }
    const Database& other() const { return *m_other; }

    qint64 signal()
    {
        SupportNeed n;
        n.childId = childA1;
        n.domainId = domainId(QStringLiteral("language"));
        n.description = QStringLiteral("Spreekt in losse woorden");
        n.signalledOn = Clock::today().addDays(-20);
        return SupportNeedStore(db()).create(practitionerA1, n);
    }
    qint64 observe(const QString& body)
    {
        Observation o;
        o.childId = childA1;
        o.observedAt = Clock::nowUtc().addSecs(-600);
        o.body = body;
        o.domainIds = {domainId(QStringLiteral("language"))};
        return ObservationStore(db()).create(practitionerA1, o);
    }
    // The refusal of `save`, which must be an edit conflict.
    template <typename Save> EditConflict refusal(Save save)
    {
        try {
            save();
        } catch (const EditConflictError& e) {
            EXPECT_EQ(e.kind(), Error::Kind::EditConflict);
            m_message = e.userMessage();
            return e.conflict();
        }
        ADD_FAILURE() << "the save was not refused";
        return {};
    }
    QStringList auditActions(const QString& entity, qint64 id) const
    {
        QStringList actions;
        for (const AuditEntry& e : AuditLog::entries(db()))
            if (e.entity == entity && e.entityId == id)
                actions.prepend(e.action + QLatin1Char(' ') + e.detail);
        return actions;
    }

    std::unique_ptr<Database> m_other;
    QString m_message;
    const QDateTime m_moment{QDate(2026, 3, 10), QTime(14, 32)};
};

TEST_F(EditConflictTest, TheSecondStepOnANeedIsRefusedNamingTheFirstEditor)
{
    ScopedClock clock(m_moment);
    const qint64 id = signal();
    const SupportNeed readHere = SupportNeedStore(db()).get(practitionerA1, id);
    const SupportNeed readThere = SupportNeedStore(other()).get(managerA, id);
    ASSERT_EQ(readHere.version, readThere.version);

    SupportNeedStore(db()).changeStatus(practitionerA1, id, NeedStatus::DiscussedWithParents,
                                        QStringLiteral("Met moeder besproken"), {readHere.version});
    const EditConflict conflict = refusal([&] {
        SupportNeedStore(other()).setReviewDate(managerA, id, Clock::today().addDays(30),
                                                QStringLiteral("Na de herfstvakantie"), {readThere.version});
    });
    EXPECT_EQ(conflict.changedBy, practitionerA1.userId);
    EXPECT_EQ(conflict.changedByName, practitionerA1.displayName);
    EXPECT_EQ(conflict.currentVersion, readThere.version + 1);
    EXPECT_EQ(conflict.changedAt.toLocalTime().time().hour(), 14);
    EXPECT_TRUE(m_message.contains(practitionerA1.displayName)) << m_message.toStdString();
    EXPECT_TRUE(m_message.contains(QLocale().toString(QTime(14, 32), QLocale::ShortFormat)))
        << m_message.toStdString();

    // The first step stands, whole; the refused one left nothing behind.
    const SupportNeed now = SupportNeedStore(other()).get(managerA, id);
    EXPECT_EQ(now.status, NeedStatus::DiscussedWithParents);
    EXPECT_FALSE(now.reviewDate.has_value());
    const QList<NeedHistoryEntry> history = SupportNeedStore(db()).history(practitionerA1, id);
    ASSERT_EQ(history.size(), 2);
    EXPECT_EQ(history.last().note, QStringLiteral("Met moeder besproken"));

    // Keeping one's own, knowing the newer version: saved, and audited as an overwrite.
    SupportNeedStore(other()).setReviewDate(managerA, id, Clock::today().addDays(30),
                                            QStringLiteral("Na de herfstvakantie"),
                                            {conflict.currentVersion, Overwrite::Yes});
    const SupportNeed kept = SupportNeedStore(db()).get(practitionerA1, id);
    EXPECT_EQ(kept.reviewDate, Clock::today().addDays(30));
    EXPECT_EQ(kept.status, NeedStatus::DiscussedWithParents);
    EXPECT_EQ(kept.version, conflict.currentVersion + 1);
    EXPECT_EQ(auditActions(QStringLiteral("support_need"), id).last(),
              QStringLiteral("overwrite review_date over version %1 by user %2")
                  .arg(conflict.currentVersion)
                  .arg(practitionerA1.userId));
}

TEST_F(EditConflictTest, TheSecondEditOfAnObservationIsRefusedAndTheFirstTextStays)
{
    ScopedClock clock(m_moment);
    const qint64 id = observe(QStringLiteral("Noemde drie kleuren."));
    Observation mine = ObservationStore(db()).get(practitionerA1, id);
    Observation theirs = ObservationStore(other()).get(managerA, id);

    mine.body = QStringLiteral("Noemde drie kleuren en telde tot vijf.");
    ObservationStore(db()).edit(practitionerA1, mine);
    theirs.body = QStringLiteral("Noemde rood, geel en blauw.");
    const EditConflict conflict = refusal([&] { ObservationStore(other()).edit(managerA, theirs); });
    EXPECT_EQ(conflict.changedByName, practitionerA1.displayName);
    EXPECT_EQ(ObservationStore(other()).get(managerA, id).body, mine.body);
    EXPECT_EQ(ObservationStore(db()).revisions(practitionerA1, id).size(), 1);

    // Keep mine: the author's text is then an earlier revision, not gone.
    theirs.version = conflict.currentVersion;
    ObservationStore(other()).edit(managerA, theirs, Overwrite::Yes);
    EXPECT_EQ(ObservationStore(db()).get(practitionerA1, id).body, theirs.body);
    const QList<ObservationRevision> revisions = ObservationStore(db()).revisions(practitionerA1, id);
    ASSERT_EQ(revisions.size(), 2);
    EXPECT_TRUE(std::any_of(revisions.begin(), revisions.end(),
                            [&](const ObservationRevision& r) { return r.body == mine.body; }));
    EXPECT_TRUE(
        auditActions(QStringLiteral("observation"), id).last().startsWith(QStringLiteral("overwrite")));
}

TEST_F(EditConflictTest, MakingANeedOfAnObservationIsAChangeAnOpenEditMustNotUndo)
{
    const qint64 id = observe(QStringLiteral("Wijst aan wat ze wil."));
    Observation open = ObservationStore(other()).get(practitionerA1, id);
    const qint64 need =
        SupportNeedStore(db()).createFromObservation(managerA, id, domainId(QStringLiteral("language")), 2);
    open.body = QStringLiteral("Wijst aan wat ze wil, zegt 'die'.");
    const EditConflict conflict = refusal([&] { ObservationStore(other()).edit(practitionerA1, open); });
    EXPECT_EQ(conflict.changedByName, managerA.displayName);
    EXPECT_EQ(ObservationStore(db()).get(practitionerA1, id).needId, need);
}

TEST_F(EditConflictTest, TheSecondCorrectionOfAChildIsRefusedAndAThirdChangeIsCaughtAgain)
{
    Child mine = ChildStore(db()).get(managerA, childA1);
    Child theirs = ChildStore(other()).get(adminManager, childA1);

    mine.neighbourhood = QStringLiteral("Bezuidenhout");
    ChildStore(db()).update(managerA, mine);
    theirs.familyName = QStringLiteral("de Vries");
    const EditConflict conflict = refusal([&] { ChildStore(other()).update(adminManager, theirs); });
    EXPECT_EQ(conflict.changedByName, managerA.displayName);
    const Child stored = ChildStore(other()).get(adminManager, childA1);
    EXPECT_EQ(stored.neighbourhood, QStringLiteral("Bezuidenhout"));
    EXPECT_EQ(stored.familyName, QStringLiteral("Testkind"));

    // A move in between: the keep-mine save based on the conflict's version is refused again.
    ChildStore(db()).move(managerA, childA1, groupA2, Clock::today());
    theirs.version = conflict.currentVersion;
    const EditConflict again =
        refusal([&] { ChildStore(other()).update(adminManager, theirs, Overwrite::Yes); });
    EXPECT_EQ(again.currentVersion, conflict.currentVersion + 1);
    EXPECT_EQ(ChildStore(db()).get(managerA, childA1).groupId, groupA2);

    // Started again from theirs: saved normally.
    Child fresh = ChildStore(other()).get(adminManager, childA1);
    fresh.familyName = QStringLiteral("de Vries");
    ChildStore(other()).update(adminManager, fresh);
    const Child last = ChildStore(db()).get(managerA, childA1);
    EXPECT_EQ(last.familyName, QStringLiteral("de Vries"));
    EXPECT_EQ(last.neighbourhood, QStringLiteral("Bezuidenhout"));
    EXPECT_EQ(auditActions(QStringLiteral("child"), childA1).last(), QStringLiteral("update "));
}

TEST_F(EditConflictTest, ASaveWithoutAReadVersionIsAOneShotChange)
{
    Child child = ChildStore(db()).get(managerA, childA1);
    ChildStore(other()).update(adminManager, child);
    child.version = 0; // read and written in one go, as a command-line verb does
    child.familyName = QStringLiteral("Jansen");
    EXPECT_NO_THROW(ChildStore(db()).update(managerA, child));
    EXPECT_EQ(ChildStore(other()).get(adminManager, childA1).version, 3);
}

TEST_F(EditConflictTest, APartnerOfTheSocialeKaartAndAParentAreGuardedAlike)
{
    Partner logopedist;
    logopedist.name = QStringLiteral("Logopedie Noord");
    logopedist.categoryCode = QStringLiteral("speech_therapy");
    const qint64 partnerId = PartnerStore(db()).create(managerA, logopedist);
    Partner mine = PartnerStore(db()).get(managerA, partnerId);
    Partner theirs = PartnerStore(other()).get(adminManager, partnerId);
    mine.phone = QStringLiteral("070 1234567");
    PartnerStore(db()).update(managerA, mine);
    theirs.email = QStringLiteral("info@logopedie-noord.example");
    EXPECT_EQ(refusal([&] { PartnerStore(other()).update(adminManager, theirs); }).changedByName,
              managerA.displayName);
    EXPECT_EQ(PartnerStore(other()).get(adminManager, partnerId).phone, QStringLiteral("070 1234567"));

    Guardian mother;
    mother.childId = childA1;
    mother.name = QStringLiteral("Yara Testouder");
    mother.relation = QStringLiteral("moeder");
    const qint64 guardianId = GuardianStore(db()).add(practitionerA1, mother);
    Guardian here = GuardianStore(db()).list(practitionerA1, childA1).constFirst();
    Guardian there = GuardianStore(other()).list(managerA, childA1).constFirst();
    here.phone = QStringLiteral("06 11111111");
    GuardianStore(db()).update(practitionerA1, here);
    there.phone = QStringLiteral("06 22222222");
    const EditConflict conflict = refusal([&] { GuardianStore(other()).update(managerA, there); });
    EXPECT_EQ(conflict.rowId, guardianId);
    EXPECT_EQ(conflict.changedByName, practitionerA1.displayName);
    there.version = conflict.currentVersion;
    GuardianStore(other()).update(managerA, there, Overwrite::Yes);
    EXPECT_EQ(GuardianStore(db()).list(practitionerA1, childA1).constFirst().phone,
              QStringLiteral("06 22222222"));
    EXPECT_TRUE(
        auditActions(QStringLiteral("guardian"), guardianId).last().startsWith(QStringLiteral("overwrite")));
}
