// A partner import does the same work per row however large the sociale kaart already is: each
// row is checked against the partners read once, not against a scan of every partner per row
// (counted, not timed).
#include "CoreFixture.h"
#include "Error.h"
#include "db/Database.h"
#include "services/PartnerImport.h"
#include "store/PartnerStore.h"

using namespace kz;

namespace {

// `count` partners, each with one wijk and one contact, numbered from `first`.
QByteArray partnersCsv(int first, int count)
{
    QString csv = QStringLiteral("naam;categorie;wijk;postcode;plaats;contactpersoon\n");
    for (int i = first; i < first + count; ++i)
        csv +=
            QStringLiteral("Partner %1;Logopedie;Bezuidenhout;%2 AB;Den Haag;Naam %1\n").arg(i).arg(1000 + i);
    return csv.toUtf8();
}

class PartnerImportStatementsTest : public CoreFixture
{
protected:
    // Statements run by a preview and the import of `count` new partners.
    qint64 importStatements(int first, int count)
    {
        const ImportPreview preview =
            PartnerImport::preview(db(), managerA, partnersCsv(first, count), QStringLiteral("kaart.csv"));
        EXPECT_EQ(preview.count(ImportRow::Action::Add), count);
        const qint64 before = db().statementCount().executed;
        PartnerImport::apply(db(), managerA, preview);
        return db().statementCount().executed - before;
    }
};

} // namespace

TEST_F(PartnerImportStatementsTest, EachRowCostsTheSameWhateverTheSocialeKaartHolds)
{
    importStatements(0, 1); // the category and the wijk exist from here on
    const qint64 tenIntoSmall = importStatements(10, 10);
    const qint64 fortyIntoSmall = importStatements(100, 40);
    importStatements(1000, 1000); // the kaart grows to a region's size
    const qint64 tenIntoLarge = importStatements(5000, 10);
    const qint64 fortyIntoLarge = importStatements(6000, 40);

    EXPECT_EQ(tenIntoSmall, tenIntoLarge) << "the work grows with the partners already there";
    EXPECT_EQ(fortyIntoSmall, fortyIntoLarge);
    // Per row: the partner, its wijken cleared and written (the wijk made sure of), its contacts
    // cleared and written. A check that reads the partners for every row would make it seven.
    EXPECT_EQ((fortyIntoSmall - tenIntoSmall) % 30, 0);
    EXPECT_LE((fortyIntoSmall - tenIntoSmall) / 30, 6);
    EXPECT_GE(PartnerStore(db()).list(managerA).size(), 1100);
}

TEST_F(PartnerImportStatementsTest, APartnerTwiceInOneBatchIsStillRefused)
{
    Partner first;
    first.name = QStringLiteral("Logopedie Mariahoeve");
    first.categoryCode = QStringLiteral("language");
    first.postcode = QStringLiteral("2591 AB");
    first.city = QStringLiteral("Den Haag");
    Partner again = first;
    again.name = QStringLiteral("logopedie  mariahoeve");
    again.postcode = QStringLiteral("2591ab");
    PartnerImportBatch batch;
    batch.source = QStringLiteral("twice.csv");
    batch.added = {first, again};
    const qsizetype before = PartnerStore(db()).list(managerA).size();
    EXPECT_THROW(PartnerStore(db()).importBatch(managerA, batch), Error);
    EXPECT_EQ(PartnerStore(db()).list(managerA).size(), before); // nothing half-written
}
