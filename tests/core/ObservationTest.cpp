#include "Clock.h"
#include "CoreFixture.h"
#include "Error.h"
#include "store/ObservationStore.h"
#include "store/SupportNeedStore.h"
#include "store/UserStore.h"

using namespace kz;

class ObservationTest : public CoreFixture
{
protected:
    qint64 write(const Actor& author, qint64 child, const QString& body, bool restricted = false)
    {
        Observation o;
        o.childId = child;
        o.observedAt = Clock::nowUtc().addSecs(-120);
        o.body = body;
        o.kind = ObservationKind::Strength;
        o.domainIds = {domainId(QStringLiteral("language")), domainId(QStringLiteral("play_motor"))};
        o.restricted = restricted;
        return ObservationStore(db()).create(author, o);
    }
};

TEST_F(ObservationTest, SearchIgnoresDiacriticsAndRanksMatches)
{
    const qint64 cafe = write(practitionerA1, childA1, QStringLiteral("Anna speelde café in de huishoek."));
    write(practitionerA1, childA1, QStringLiteral("Anna bouwde een toren."));
    write(practitionerA1, childA1, QStringLiteral("Café, café en nog eens CAFÉ: Anna's lievelingsspel."));
    write(practitionerA2, childA2, QStringLiteral("Bas speelde ook café."));
    // The index and the scan of one's own children find the same notes.
    for (const auto strategy :
         {ObservationStore::SearchStrategy::Index, ObservationStore::SearchStrategy::Scan}) {
        SCOPED_TRACE(static_cast<int>(strategy));
        const ObservationStore store(db());
        const QList<ObservationSearchHit> hits =
            store.search(practitionerA1, QStringLiteral("cafe"), 50, strategy);
        ASSERT_EQ(hits.size(), 2);
        EXPECT_NE(hits.first().observationId, cafe); // three matches rank above one
        EXPECT_EQ(hits.last().observationId, cafe);
        EXPECT_TRUE(hits.last().snippet.contains(QStringLiteral("[café]")))
            << hits.last().snippet.toStdString();
        EXPECT_EQ(store.search(practitionerA1, QStringLiteral("CAFÉ huis"), 50, strategy).size(), 1);
        EXPECT_EQ(store.search(practitionerA1, QStringLiteral("caf hui"), 50, strategy).size(),
                  1); // prefixes
        EXPECT_EQ(store.search(managerA, QStringLiteral("cafe"), 50, strategy).size(), 3);
        // Operators typed by a person are words, not syntax.
        EXPECT_NO_THROW(store.search(practitionerA1, QStringLiteral("\"cafe OR NEAR("), 50, strategy));
        EXPECT_TRUE(store.search(practitionerA1, QStringLiteral("  "), 50, strategy).isEmpty());
    }
    EXPECT_EQ(ObservationStore::foldForSearch(QStringLiteral("Zoë Çelik ÉÉN")),
              QStringLiteral("zoe celik een"));
}

TEST_F(ObservationTest, TheIndexFollowsEdits)
{
    const qint64 id = write(practitionerA1, childA1, QStringLiteral("Puzzelde met de giraf."));
    Observation o = ObservationStore(db()).get(practitionerA1, id);
    o.body = QStringLiteral("Puzzelde met de olifant.");
    ObservationStore(db()).edit(practitionerA1, o);
    EXPECT_TRUE(ObservationStore(db()).search(practitionerA1, QStringLiteral("giraf")).isEmpty());
    EXPECT_EQ(ObservationStore(db()).search(practitionerA1, QStringLiteral("olifant")).size(), 1);
}

TEST_F(ObservationTest, EditingKeepsTheEarlierRevision)
{
    const qint64 id = write(practitionerA1, childA1, QStringLiteral("Eerste versie"));
    Observation o = ObservationStore(db()).get(practitionerA1, id);
    o.body = QStringLiteral("Tweede versie");
    ObservationStore(db()).edit(practitionerA1, o);
    o = ObservationStore(db()).get(practitionerA1, id); // the saved version: a stale copy is an edit conflict
    o.body = QStringLiteral("Derde versie");
    ObservationStore(db()).edit(practitionerA1, o);

    const Observation current = ObservationStore(db()).get(practitionerA1, id);
    EXPECT_EQ(current.body, QStringLiteral("Derde versie"));
    EXPECT_EQ(current.revision, 3);
    EXPECT_EQ(current.domainIds.size(), 2);
    const QList<ObservationRevision> revisions = ObservationStore(db()).revisions(practitionerA1, id);
    ASSERT_EQ(revisions.size(), 2);
    EXPECT_EQ(revisions[0].body, QStringLiteral("Eerste versie"));
    EXPECT_EQ(revisions[1].body, QStringLiteral("Tweede versie"));
    EXPECT_EQ(revisions[1].replacedByName, QStringLiteral("practa1"));
}

TEST_F(ObservationTest, ARestrictedNoteIsCountedButNotReadByOtherPractitioners)
{
    // A colleague in the same group.
    User colleague;
    colleague.username = QStringLiteral("collega");
    colleague.displayName = QStringLiteral("Collega");
    colleague.roles = {Role::Practitioner};
    colleague.groupIds = {groupA1};
    const Actor other{UserStore(db()).create(admin, colleague, QString()), colleague.username,
                      colleague.displayName, colleague.roles};

    const qint64 id =
        write(practitionerA1, childA1, QStringLiteral("Vertrouwelijk: zorgen over de thuissituatie"), true);

    const QList<Observation> seenByColleague = ObservationStore(db()).forChild(other, childA1);
    ASSERT_EQ(seenByColleague.size(), 1);
    EXPECT_TRUE(seenByColleague.first().restricted);
    EXPECT_TRUE(seenByColleague.first().hidden);
    EXPECT_TRUE(seenByColleague.first().body.isEmpty());
    EXPECT_TRUE(ObservationStore(db()).get(other, id).body.isEmpty());
    EXPECT_TRUE(ObservationStore(db()).revisions(other, id).isEmpty());
    for (const auto strategy :
         {ObservationStore::SearchStrategy::Index, ObservationStore::SearchStrategy::Scan})
        EXPECT_TRUE(
            ObservationStore(db()).search(other, QStringLiteral("thuissituatie"), 50, strategy).isEmpty());
    Observation attempt = ObservationStore(db()).get(other, id);
    attempt.body = QStringLiteral("overschreven");
    attempt.domainIds = {domainId(QStringLiteral("family"))};
    EXPECT_THROW(ObservationStore(db()).edit(other, attempt), Error);

    // The author and the location's manager read it.
    EXPECT_FALSE(ObservationStore(db()).get(practitionerA1, id).hidden);
    EXPECT_FALSE(ObservationStore(db()).get(managerA, id).hidden);
    EXPECT_EQ(ObservationStore(db()).search(managerA, QStringLiteral("thuissituatie")).size(), 1);
}

TEST_F(ObservationTest, ANoteCanOnlyBelongToANeedOfTheSameChild)
{
    SupportNeed n;
    n.childId = childA2;
    n.domainId = domainId(QStringLiteral("language"));
    n.description = QStringLiteral("x");
    n.signalledOn = Clock::today();
    const qint64 needOfA2 = SupportNeedStore(db()).create(managerA, n);
    Observation o;
    o.childId = childA1;
    o.observedAt = Clock::nowUtc();
    o.body = QStringLiteral("x");
    o.domainIds = {n.domainId};
    o.needId = needOfA2;
    EXPECT_THROW(ObservationStore(db()).create(managerA, o), Error);
    EXPECT_EQ(countRows(QStringLiteral("observations")), 0);
}
