#include "services/ChildImport.h"

#include "Clock.h"
#include "CoreFixture.h"
#include "Refusal.h"
#include "io/ChildCsv.h"
#include "store/ChildStore.h"

using namespace kz;

namespace {

// What a Dutch administration system exports: BOM, ';', tussenvoegsel, dd-mm-jjjj; one row with
// a group the location does not have and one with a date that does not exist.
const QByteArray dutchExport = QByteArrayLiteral(
    "\xEF\xBB\xBF"
    "Kindnummer;Voornaam;Tussenvoegsel;Achternaam;Geboortedatum;Groep;Startdatum;Wijk;Thuistaal;VE-"
    "indicatie\r\n"
    "1001;Sara;van der;Berg;05-03-2023;A1;1-9-2025;Bezuidenhout;\"Nederlands, Arabisch\";10-01-2026\r\n"
    "1002;Milan;;Jansen;12-11-2022;A2;01-09-2025;;Nederlands;\r\n"
    "1003;Fatima;el;Amrani;2023-01-20;Onbekend;01-09-2025;;Arabisch;\r\n"
    "1004;Lucas;de;Vries;31-02-2023;A1;01-09-2025;;Nederlands;\r\n");

const ChildImportItem* itemOnLine(const ChildImportPreview& preview, int line)
{
    for (const ChildImportItem& item : preview.items)
        if (item.line == line)
            return &item;
    return nullptr;
}

} // namespace

class ChildImportTest : public CoreFixture
{
protected:
    ScopedClock m_clock{QDate(2026, 3, 2)};
};

TEST_F(ChildImportTest, ADutchExportIsPreviewedLineByLineWithoutWriting)
{
    const ChildImportPreview preview = ChildImport::preview(db(), managerA, dutchExport);
    ASSERT_EQ(preview.items.size(), 4);
    EXPECT_EQ(preview.count(ChildImportAction::Add), 2);
    EXPECT_EQ(preview.count(ChildImportAction::Rejected), 2);
    EXPECT_EQ(countRows(QStringLiteral("children")), 3);

    const ChildImportItem* sara = itemOnLine(preview, 2);
    ASSERT_NE(sara, nullptr);
    EXPECT_EQ(sara->action, ChildImportAction::Add);
    EXPECT_EQ(sara->child.givenName, QStringLiteral("Sara"));
    EXPECT_EQ(sara->child.familyName, QStringLiteral("van der Berg"));
    EXPECT_EQ(sara->child.birthDate, QDate(2023, 3, 5));
    EXPECT_EQ(sara->child.startDate, QDate(2025, 9, 1));
    EXPECT_EQ(sara->child.groupId, groupA1);
    EXPECT_EQ(sara->child.homeLanguages, QStringLiteral("Nederlands, Arabisch"));
    EXPECT_EQ(sara->child.veIndicationDate, QDate(2026, 1, 10));
    EXPECT_EQ(sara->child.externalNumber, QStringLiteral("1001"));

    const ChildImportItem* unknownGroup = itemOnLine(preview, 4);
    ASSERT_NE(unknownGroup, nullptr);
    EXPECT_EQ(unknownGroup->action, ChildImportAction::Rejected);
    EXPECT_TRUE(unknownGroup->reason.contains(QStringLiteral("Onbekend")));
    EXPECT_EQ(preview.unknownGroups, QStringList{QStringLiteral("Onbekend")});
    const ChildImportItem* badDate = itemOnLine(preview, 5);
    ASSERT_NE(badDate, nullptr);
    EXPECT_EQ(badDate->action, ChildImportAction::Rejected);
    EXPECT_TRUE(badDate->reason.contains(QStringLiteral("31-02-2023")));

    // The children of her location who are not in the file are named, not removed.
    ASSERT_EQ(preview.notInFile.size(), 2);
    EXPECT_EQ(preview.notInFile[0].child.id, childA1);
    EXPECT_EQ(preview.notInFile[1].child.id, childA2);
}

TEST_F(ChildImportTest, ApplyingWritesTheAcceptedRowsAndASecondImportChangesNothing)
{
    EXPECT_EQ(ChildImport::apply(db(), managerA, ChildImport::preview(db(), managerA, dutchExport)), 2);
    EXPECT_EQ(countRows(QStringLiteral("children")), 5);
    EXPECT_EQ(ChildStore(db()).get(managerA, childA1).groupId, groupA1); // untouched

    const ChildImportPreview again = ChildImport::preview(db(), managerA, dutchExport);
    EXPECT_EQ(again.count(ChildImportAction::Unchanged), 2);
    EXPECT_EQ(again.count(ChildImportAction::Add), 0);
    EXPECT_EQ(again.count(ChildImportAction::Update), 0);
    EXPECT_EQ(again.count(ChildImportAction::Rejected), 2);
    EXPECT_EQ(ChildImport::apply(db(), managerA, again), 0);
    EXPECT_EQ(countRows(QStringLiteral("children")), 5);
    EXPECT_EQ(countRows(QStringLiteral("child_group_moves")), 0);
}

TEST_F(ChildImportTest, AGroupChangeInTheFileIsAMoveWithHistory)
{
    ChildImport::apply(db(), managerA, ChildImport::preview(db(), managerA, dutchExport));
    QByteArray moved = dutchExport;
    moved.replace("1001;Sara;van der;Berg;05-03-2023;A1", "1001;Sara;van der;Berg;05-03-2023;A2");
    const ChildImportPreview preview = ChildImport::preview(db(), managerA, moved);
    const ChildImportItem* sara = itemOnLine(preview, 2);
    ASSERT_NE(sara, nullptr);
    EXPECT_EQ(sara->action, ChildImportAction::Update);
    EXPECT_EQ(sara->changedFields, QStringList{QStringLiteral("group")});
    ChildImport::apply(db(), managerA, preview);
    const QList<GroupMove> moves = ChildStore(db()).moves(managerA, sara->child.id);
    ASSERT_EQ(moves.size(), 1);
    EXPECT_EQ(moves[0].fromGroupId, groupA1);
    EXPECT_EQ(moves[0].toGroupId, groupA2);
    EXPECT_EQ(refusalOf([&] { ChildStore(db()).get(practitionerA1, sara->child.id); }).kind(),
              Error::Kind::NotFound);
}

TEST_F(ChildImportTest, NothingIsHalfWrittenWhenOneRowFailsOnApply)
{
    const ChildImportPreview preview = ChildImport::preview(db(), managerA, dutchExport);
    // Someone else gives Milan's number to another child between preview and import.
    Child other = childTemplate(groupA2, QStringLiteral("Ander"));
    other.externalNumber = QStringLiteral("1002");
    ChildStore(db()).create(managerA, other);
    const Error refused = refusalOf([&] { ChildImport::apply(db(), managerA, preview); });
    EXPECT_EQ(refused.kind(), Error::Kind::Conflict);
    EXPECT_TRUE(refused.userMessage().contains(QStringLiteral("3")));
    EXPECT_EQ(countRows(QStringLiteral("children")), 4); // Sara was not written either
}

TEST_F(ChildImportTest, EnglishHeadersIsoDatesAndMatchingByNameAndBirthDate)
{
    const QByteArray english =
        QByteArrayLiteral("given name,family name,birth date,group,start date,neighbourhood\n"
                          "Anna,Testkind,2023-03-02,A1,2025-03-02,Mariahoeve & Marlot\n"
                          "Noor,Nieuw,2024-02-29,A2,2025-09-01,\n");
    const ChildImportPreview preview = ChildImport::preview(db(), managerA, english);
    ASSERT_EQ(preview.items.size(), 2);
    EXPECT_EQ(preview.items[0].action, ChildImportAction::Unchanged) << preview.items[0].reason.toStdString();
    EXPECT_EQ(preview.items[0].child.id, childA1);
    EXPECT_EQ(preview.items[1].action, ChildImportAction::Add);
    EXPECT_EQ(preview.items[1].child.birthDate, QDate(2024, 2, 29));
    ASSERT_EQ(preview.notInFile.size(), 1);
    EXPECT_EQ(preview.notInFile[0].child.id, childA2);
}

TEST_F(ChildImportTest, OnlyManagersImportAndAFileWithoutTheNeededColumnsIsRefused)
{
    EXPECT_EQ(refusalOf([&] { ChildImport::preview(db(), practitionerA1, dutchExport); }).kind(),
              Error::Kind::AccessDenied);
    EXPECT_EQ(refusalOf([&] { ChildImport::preview(db(), admin, dutchExport); }).kind(),
              Error::Kind::AccessDenied);
    const Error noGroup = refusalOf([&] {
        ChildImport::preview(db(), managerA,
                             QByteArrayLiteral("voornaam;achternaam;geboortedatum\nA;B;1-1-2024\n"));
    });
    EXPECT_EQ(noGroup.kind(), Error::Kind::Validation);
    EXPECT_TRUE(noGroup.userMessage().contains(QStringLiteral("groep")));
    // Another location's group is unknown to this manager.
    const ChildImportPreview other = ChildImport::preview(
        db(), managerA,
        QByteArrayLiteral("voornaam;achternaam;geboortedatum;groep;startdatum\nA;B;1-1-2024;B1;1-9-2025\n"));
    EXPECT_EQ(other.count(ChildImportAction::Rejected), 1);
}

TEST(ChildCsvTest, DatesAsPeopleWriteThem)
{
    EXPECT_EQ(ChildCsv::parseDate(QStringLiteral("5-3-2022")), QDate(2022, 3, 5));
    EXPECT_EQ(ChildCsv::parseDate(QStringLiteral("05-03-2022")), QDate(2022, 3, 5));
    EXPECT_EQ(ChildCsv::parseDate(QStringLiteral("2022-03-05")), QDate(2022, 3, 5));
    EXPECT_EQ(ChildCsv::parseDate(QStringLiteral("31-02-2023")), std::nullopt);
    EXPECT_EQ(ChildCsv::parseDate(QStringLiteral("2022-3-5")), std::nullopt);
    EXPECT_EQ(ChildCsv::parseDate(QStringLiteral("volgende week")), std::nullopt);
    EXPECT_EQ(ChildCsv::columnFor(QStringLiteral("VE-indicatie")), ChildColumn::VeIndication);
    EXPECT_EQ(ChildCsv::columnFor(QStringLiteral("Relatienummer")), ChildColumn::ExternalNumber);
    EXPECT_EQ(ChildCsv::columnFor(QStringLiteral("Given name")), ChildColumn::GivenName);
}
