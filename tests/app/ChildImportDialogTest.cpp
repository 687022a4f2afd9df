#include "children/ChildImportDialog.h"

#include "SmallLocationFixture.h"
#include "store/ChildStore.h"

#include <QFile>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>

using namespace kz;

namespace {

// An export as Dutch administration systems write it: BOM, ';', tussenvoegsel, dd-mm-jjjj.
// Line 5 names a group the location does not have, line 6 a date that does not exist.
const char* const dutchExport =
    "\xEF\xBB\xBF"
    "Kindnummer;Voornaam;Tussenvoegsel;Achternaam;Geboortedatum;Groep;Startdatum;Wijk;Thuistaal\r\n"
    "K-2001;Lotte;van der;Berg;14-02-2027;Egels;06-01-2030;Transvaal;Nederlands\r\n"
    "K-2002;Milan;;Jansen;3-9-2026;Uilen;06-01-2030;Schilderswijk;\"Nederlands, Turks\"\r\n"
    "K-2003;Sara;el;Amrani;2027-06-30;Egels;01-02-2030;Transvaal;Arabisch\r\n"
    "K-2004;Finn;;de Vries;12-12-2026;Vossen;06-01-2030;;Nederlands\r\n"
    "K-2005;Eva;;Mulder;31-02-2027;Uilen;06-01-2030;;Nederlands\r\n";

} // namespace

class ChildImportDialogTest : public SmallLocationFixture
{
protected:
    QString writeExport() const
    {
        const QString path = m_dir.filePath(QStringLiteral("kinderen-export.csv"));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(dutchExport);
        return path;
    }
    int childCount() const
    {
        return static_cast<int>(
            ChildStore(*m_small)
                .list(m_manager, ChildFilter{.groupId = std::nullopt, .includeLeft = true})
                .size());
    }
};

TEST_F(ChildImportDialogTest, PreviewsADutchExportThenImportsItInOneGo)
{
    Child sem;
    sem.givenName = QStringLiteral("Sem");
    sem.familyName = QStringLiteral("Visser");
    sem.birthDate = QDate(2027, 1, 9);
    sem.groupId = m_egelsGroup;
    sem.startDate = QDate(2029, 9, 2);
    ChildStore(*m_small).create(m_manager, sem);
    const QString path = writeExport();
    const Session manager = session(m_manager);

    // Cancel writes nothing.
    {
        ChildImportDialog dialog(manager);
        ASSERT_TRUE(dialog.loadFile(path)) << dialog.errorText().toStdString();
        QTableWidget* table = dialog.table();
        ASSERT_EQ(table->rowCount(), 5);
        // Rejections first, each with its line.
        EXPECT_EQ(table->item(0, 1)->text(), QStringLiteral("5"));
        EXPECT_EQ(table->item(1, 1)->text(), QStringLiteral("6"));
        EXPECT_FALSE(table->item(0, 3)->text().isEmpty());
        EXPECT_FALSE(table->item(1, 3)->text().isEmpty());
        EXPECT_TRUE(dialog.summaryText().contains(QStringLiteral("Vossen")))
            << dialog.summaryText().toStdString();
        ASSERT_EQ(dialog.notInFileList()->count(), 1);
        EXPECT_TRUE(dialog.notInFileList()->item(0)->text().startsWith(QStringLiteral("Sem Visser")));
        EXPECT_TRUE(dialog.importButton()->isEnabled());
        dialog.resize(1100, 620);
        screenshot(&dialog, QStringLiteral("child-import-preview"));
        dialog.reject();
    }
    EXPECT_EQ(childCount(), 1);

    {
        ChildImportDialog dialog(manager);
        ASSERT_TRUE(dialog.loadFile(path));
        dialog.importButton()->click();
        ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.errorText().toStdString();
        EXPECT_EQ(dialog.importedCount(), 3);
    }
    EXPECT_EQ(childCount(), 4);
    EXPECT_GT(childNamed(QStringLiteral("Lotte van der Berg")), 0);
    EXPECT_GT(childNamed(QStringLiteral("Sara el Amrani")), 0);
    EXPECT_EQ(childNamed(QStringLiteral("Finn de Vries")), 0);
    EXPECT_GT(childNamed(QStringLiteral("Sem Visser")), 0); // not in the file, never removed

    // The same file again changes nothing: there is nothing to import.
    ChildImportDialog again(manager);
    ASSERT_TRUE(again.loadFile(path));
    EXPECT_FALSE(again.importButton()->isEnabled());
    EXPECT_EQ(childCount(), 4);
}

TEST_F(ChildImportDialogTest, AFileThatCannotBeReadIsSaidSo)
{
    ChildImportDialog dialog(session(m_manager));
    EXPECT_FALSE(dialog.loadFile(m_dir.filePath(QStringLiteral("bestaat-niet.csv"))));
    EXPECT_FALSE(dialog.errorText().isEmpty());
    EXPECT_FALSE(dialog.importButton()->isEnabled());
}
