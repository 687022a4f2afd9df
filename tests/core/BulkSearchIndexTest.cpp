// Bulk writes fill the full-text index in one statement at the end: what they wrote is found,
// the index matches its table, and the per-row trigger is back for the next single write.
#include "Clock.h"
#include "CoreFixture.h"
#include "Error.h"
#include "db/SqlQuery.h"
#include "demo/DemoDatabase.h"
#include "demo/SyntheticOrganisation.h"
#include "services/Authenticator.h"
#include "store/ObservationStore.h"
#include "store/PartnerStore.h"

using namespace kz;

namespace {

QList<qint64> partnersMatching(const Database& db, const QString& word)
{
    SqlQuery q(
        db, QStringLiteral("SELECT rowid FROM partners_fts WHERE partners_fts MATCH :word ORDER BY rowid"));
    q.bind(QStringLiteral(":word"), word).exec();
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

void expectIndexMatchesTable(const Database& db, const QString& fts)
{
    EXPECT_NO_THROW(
        SqlQuery::run(db, QStringLiteral("INSERT INTO %1(%1, rank) VALUES ('integrity-check', 1)").arg(fts)));
}

bool triggerExists(const Database& db, const QString& name)
{
    SqlQuery q(db, QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = :name"));
    q.bind(QStringLiteral(":name"), name);
    return q.scalar().has_value();
}

Partner partnerNamed(const QString& name, const QString& description)
{
    Partner p;
    p.name = name;
    p.description = description;
    p.categoryCode = QStringLiteral("speech_therapy");
    p.assuredDate = Clock::today();
    return p;
}

} // namespace

class BulkSearchIndexTest : public CoreFixture
{
};

TEST_F(BulkSearchIndexTest, AnImportedSocialeKaartIsFoundByItsWords)
{
    PartnerImportBatch batch;
    batch.source = QStringLiteral("kaart.csv");
    for (int i = 0; i < 300; ++i)
        batch.added.append(
            partnerNamed(QStringLiteral("Logopedie Zonnebloem %1").arg(i),
                         i % 3 == 0 ? QStringLiteral("Hulp bij stotteren") : QStringLiteral("Taalspel")));
    PartnerStore(db()).importBatch(managerA, batch);

    EXPECT_EQ(partnersMatching(db(), QStringLiteral("zonnebloem")).size(), 300);
    EXPECT_EQ(partnersMatching(db(), QStringLiteral("stotteren")).size(), 100);
    expectIndexMatchesTable(db(), QStringLiteral("partners_fts"));
    // The next single partner is indexed by the trigger again.
    ASSERT_TRUE(triggerExists(db(), QStringLiteral("partners_fts_insert")));
    const qint64 one =
        PartnerStore(db()).create(managerA, partnerNamed(QStringLiteral("Fysiotherapie Klimop"), {}));
    EXPECT_EQ(partnersMatching(db(), QStringLiteral("klimop")), QList<qint64>{one});
    expectIndexMatchesTable(db(), QStringLiteral("partners_fts"));
}

TEST_F(BulkSearchIndexTest, AFailedImportLeavesTheIndexAndItsTriggerAsTheyWere)
{
    PartnerImportBatch batch;
    batch.added.append(partnerNamed(QStringLiteral("Logopedie Zonnebloem"), {}));
    Partner unknown = partnerNamed(QStringLiteral("Praktijk Zonnebloem"), {});
    unknown.categoryCode = QStringLiteral("no_such_category");
    batch.added.append(unknown);
    EXPECT_THROW(PartnerStore(db()).importBatch(managerA, batch), Error);

    EXPECT_TRUE(partnersMatching(db(), QStringLiteral("zonnebloem")).isEmpty());
    EXPECT_EQ(countRows(QStringLiteral("partners")), 0);
    EXPECT_TRUE(triggerExists(db(), QStringLiteral("partners_fts_insert")));
    expectIndexMatchesTable(db(), QStringLiteral("partners_fts"));
}

TEST(BulkSearchIndexGenerateTest, GeneratedObservationsAreFoundThroughTheIndex)
{
    QTemporaryDir dir;
    const Database db = Database::open(dir.filePath(QStringLiteral("generated.db")));
    SyntheticOrganisation::generate(db, {2, 200, 3000});
    const Actor directie = Authenticator::login(db, QString::fromLatin1(SyntheticOrganisation::directieName),
                                                QString::fromLatin1(DemoDatabase::password));
    const QList<ObservationSearchHit> viaIndex = ObservationStore(db).search(
        directie, QStringLiteral("glijbaan"), 100000, ObservationStore::SearchStrategy::Index);
    const QList<ObservationSearchHit> viaScan = ObservationStore(db).search(
        directie, QStringLiteral("glijbaan"), 100000, ObservationStore::SearchStrategy::Scan);
    EXPECT_GT(viaIndex.size(), 100);
    EXPECT_EQ(viaIndex.size(), viaScan.size());
    EXPECT_TRUE(triggerExists(db, QStringLiteral("observations_fts_insert")));
    expectIndexMatchesTable(db, QStringLiteral("observations_fts"));
}
