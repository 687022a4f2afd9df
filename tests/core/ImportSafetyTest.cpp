// The sociale kaart in and out without formulas, control characters or duplicates.
#include "CoreFixture.h"
#include "Error.h"
#include "io/CsvWriter.h"
#include "services/PartnerExport.h"
#include "services/PartnerImport.h"
#include "store/PartnerStore.h"

using namespace kz;

class ImportSafetyTest : public CoreFixture
{
};

TEST_F(ImportSafetyTest, CellsASpreadsheetWouldRunAreProtectedOnExport)
{
    EXPECT_EQ(CsvWriter::field(QStringLiteral("=HYPERLINK(\"http://x\")")),
              QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\""));
    EXPECT_EQ(CsvWriter::field(QStringLiteral("+31 70 123 4567")), QStringLiteral("'+31 70 123 4567"));
    EXPECT_EQ(CsvWriter::field(QStringLiteral("-1")), QStringLiteral("'-1"));
    EXPECT_EQ(CsvWriter::field(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
    EXPECT_EQ(CsvWriter::field(QStringLiteral("\tx")), QStringLiteral("\"'\tx\""));
    EXPECT_EQ(CsvWriter::field(QStringLiteral("\rx")), QStringLiteral("\"'\rx\""));
    EXPECT_EQ(CsvWriter::field(QStringLiteral("Gewoon")), QStringLiteral("Gewoon"));
    EXPECT_EQ(CsvWriter::unprotected(QStringLiteral("'+31 70")), QStringLiteral("+31 70"));
    EXPECT_EQ(CsvWriter::unprotected(QStringLiteral("'t Hofje")), QStringLiteral("'t Hofje"));
}

TEST_F(ImportSafetyTest, TheImportPreviewWarnsAboutFormulasAndTheExportProtectsThem)
{
    const QByteArray file =
        "naam,omschrijving,telefoon\n"
        "Formulehuis,\"=HYPERLINK(\"\"http://evil.example\"\",\"\"klik\"\")\",+31 70 123 4567\n"
        "Gewoon huis,@SUM(1+1),070 123 4567\n";
    const ImportPreview preview = PartnerImport::preview(db(), managerA, file, QStringLiteral("f.csv"));
    ASSERT_EQ(preview.rows.size(), 2);
    EXPECT_EQ(preview.rows[0].warnings.size(), 1)
        << preview.rows[0].warnings.join(QStringLiteral("; ")).toStdString();
    EXPECT_TRUE(preview.rows[0].warnings.value(0).contains(QStringLiteral("formula")));
    EXPECT_EQ(preview.rows[1].warnings.size(), 1);
    PartnerImport::apply(db(), managerA, preview);

    const QList<Partner> all = PartnerStore(db()).list(managerA);
    const QByteArray csv = PartnerExport::render(
        db(), managerA, all, *PartnerExport::formatFromName(QStringLiteral("csv")), QStringLiteral("en"));
    EXPECT_FALSE(csv.contains(",=HYPERLINK")) << csv.constData();
    EXPECT_FALSE(csv.contains("\"=HYPERLINK")) << csv.constData();
    EXPECT_TRUE(csv.contains("'=HYPERLINK")) << csv.constData();
    EXPECT_TRUE(csv.contains("'@SUM")) << csv.constData();

    // Our own export reads back as it was.
    const ImportPreview again = PartnerImport::preview(db(), managerA, csv, QStringLiteral("export.csv"));
    for (const ImportRow& row : again.rows)
        EXPECT_EQ(row.action, ImportRow::Action::Unchanged)
            << row.where.toStdString() << ": " << row.changes.join(QStringLiteral(", ")).toStdString();
}

TEST_F(ImportSafetyTest, NulAndOtherControlCharactersAreRefusedWithAClearMessage)
{
    const QByteArray file = QByteArray("naam,plaats\nNul", 15) + QByteArray(1, '\0') +
                            QByteArray("huis,Den Haag\n"
                                       "Bel\x07huis,Delft\n"
                                       "Goed huis,Delft\n");
    const ImportPreview preview = PartnerImport::preview(db(), managerA, file, QStringLiteral("f.csv"));
    ASSERT_EQ(preview.rows.size(), 3);
    EXPECT_EQ(preview.rows[0].action, ImportRow::Action::Reject);
    EXPECT_TRUE(preview.rows[0].reasons.join(QString()).contains(QStringLiteral("control character")))
        << preview.rows[0].reasons.join(QString()).toStdString();
    EXPECT_EQ(preview.rows[1].action, ImportRow::Action::Reject);
    EXPECT_EQ(preview.rows[2].action, ImportRow::Action::Add);

    Partner p;
    p.name = QStringLiteral("Huis");
    p.categoryCode = QStringLiteral("other");
    p.description = QStringLiteral("Twee regels\nmet een\ttab");
    EXPECT_NO_THROW(PartnerStore(db()).create(managerA, p));
    p.name = QStringLiteral("Ander huis");
    p.city = QString(QChar(0)) + QStringLiteral("Delft");
    EXPECT_THROW(PartnerStore(db()).create(managerA, p), Error);
}

TEST_F(ImportSafetyTest, AFileOfOnlyDelimitersIsRefusedNotACrash)
{
    EXPECT_THROW(PartnerImport::preview(db(), managerA, ",", QStringLiteral("f.csv")), Error);
    EXPECT_THROW(PartnerImport::preview(db(), managerA, ";;\n\n", QStringLiteral("f.csv")), Error);
}

TEST_F(ImportSafetyTest, TwoImportsOfTheSameFileAtOnceAddEachPartnerOnce)
{
    const QByteArray file = "naam,postcode\nHuis A,2593 AB\nHuis B,2594 CD\n";
    const Database other = Database::open(databaseLocation()); // a second process
    const ImportPreview first = PartnerImport::preview(db(), managerA, file, QStringLiteral("f.csv"));
    const ImportPreview second = PartnerImport::preview(other, managerA, file, QStringLiteral("f.csv"));
    EXPECT_EQ(second.count(ImportRow::Action::Add), 2);
    PartnerImport::apply(db(), managerA, first);
    try {
        PartnerImport::apply(other, managerA, second);
        FAIL() << "the second import wrote what the first had written";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::Conflict);
    }
    EXPECT_EQ(countRows(QStringLiteral("partners")), 2);
}

TEST_F(ImportSafetyTest, APartnerIsUniqueByNameAndPostcode)
{
    Partner p;
    p.name = QStringLiteral("Huis A");
    p.postcode = QStringLiteral("2593 AB");
    p.categoryCode = QStringLiteral("other");
    PartnerStore store(db());
    store.create(managerA, p);
    p.name = QStringLiteral("huis  a");
    EXPECT_THROW(store.create(managerA, p), Error);
    p.postcode = QStringLiteral("2594 AB");
    EXPECT_NO_THROW(store.create(managerA, p));
}
