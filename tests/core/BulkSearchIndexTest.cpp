// Bulk writes fill the full-text index in one statement at the end: what they wrote is found,
// the index matches its table, and the per-row trigger is back for the next single write. The
// sociale kaart is searched in its own rows (PartnerFinder): an import is found there at once.
#include "Clock.h"
#include "CoreFixture.h"
#include "Error.h"
#include "db/SqlQuery.h"
#include "demo/DemoDatabase.h"
#include "demo/SyntheticOrganisation.h"
#include "services/Authenticator.h"
#include "services/PartnerFinder.h"
#include "store/ObservationStore.h"
#include "store/PartnerStore.h"

#include <algorithm>

using namespace kz;

namespace {

QList<qint64> partnersMatching(const Database& db, const Actor& actor, const QString& word)
{
    PartnerFinder finder;
    finder.setPartners(PartnerStore(db).list(actor));
    PartnerFilter filter;
    filter.text = word;
    QList<qint64> ids;
    for (qsizetype index : finder.find(filter))
        ids.append(finder.partners().at(index).id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

void expectIndexMatchesTable(const Database& db, const QString& fts)
{
    EXPECT_NO_THROW(
        SqlQuery::run(db, QStringLiteral("INSERT INTO %1(%1, rank) VALUES ('integrity-check', 1)").arg(fts)));
}

bool triggerExists(const Database& db, const QString& name)
{
    const bool server = db.connection().driverName() == QLatin1String("QPSQL");
    SqlQuery q(
        db, server ? QStringLiteral("SELECT 1 FROM pg_trigger WHERE tgname = :name")
                   : QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = :name"));
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

    EXPECT_EQ(partnersMatching(db(), managerA, QStringLiteral("zonnebloem")).size(), 300);
    EXPECT_EQ(partnersMatching(db(), managerA, QStringLiteral("stotteren")).size(), 100);
    // The next single partner is found as well.
    const qint64 one =
        PartnerStore(db()).create(managerA, partnerNamed(QStringLiteral("Fysiotherapie Klimop"), {}));
    EXPECT_EQ(partnersMatching(db(), managerA, QStringLiteral("klimop")), QList<qint64>{one});
}

TEST_F(BulkSearchIndexTest, AFailedImportLeavesTheIndexAndItsTriggerAsTheyWere)
{
    PartnerImportBatch batch;
    batch.added.append(partnerNamed(QStringLiteral("Logopedie Zonnebloem"), {}));
    Partner unknown = partnerNamed(QStringLiteral("Praktijk Zonnebloem"), {});
    unknown.categoryCode = QStringLiteral("no_such_category");
    batch.added.append(unknown);
    EXPECT_THROW(PartnerStore(db()).importBatch(managerA, batch), Error);

    EXPECT_TRUE(partnersMatching(db(), managerA, QStringLiteral("zonnebloem")).isEmpty());
    EXPECT_EQ(countRows(QStringLiteral("partners")), 0);
}

TEST_F(BulkSearchIndexTest, PartnersHaveNoSeparateSearchIndexToKeepInStep)
{
    EXPECT_FALSE(db().connection().tables().contains(QStringLiteral("partners_fts")));
    EXPECT_FALSE(triggerExists(db(), QStringLiteral("partners_fts_insert")));
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
