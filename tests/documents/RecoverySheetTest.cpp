#include "documents/RecoverySheet.h"

#include "CoreFixture.h"
#include "services/BackupKey.h"
#include "services/RecoveryCode.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

using namespace kz;

// The recovery sheet carries the code that opens the backups, whole and readable, with the
// instructions; the code on paper restores (RecoveryCode reads it back).
class RecoverySheetTest : public CoreFixture
{
};

TEST_F(RecoverySheetTest, TheSheetHoldsTheRecoveryCodeAndHowToRestore)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    const RecoveryKit kit = BackupKey::create(db(), admin, QStringLiteral("paard batterij nietje correct"),
                                              m_dir.filePath(QStringLiteral("recovery.kzkey")));
    const RecoverySheet sheet(kit, QStringLiteral("Kinderopvang De Testtuin"));
    const QString path = m_dir.filePath(QStringLiteral("recovery-sheet.pdf"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(sheet.paged().pdf(sheet.title()));
    file.close();
    const QString screenshots = qEnvironmentVariable("KINDZICHT_SCREENSHOTS");
    if (!screenshots.isEmpty())
        QFile::copy(path, QDir(screenshots).filePath(QStringLiteral("recovery-sheet.pdf")));
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    process.waitForFinished(30000);
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    EXPECT_TRUE(text.contains(kit.keyCheck)) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("--recovery-code")));
    EXPECT_TRUE(text.contains(QStringLiteral("De Testtuin")));
    // Every group of the code is on the sheet, and what is printed reads back as the key.
    QString printed;
    for (const QString& group : kit.recoveryCode.split(QLatin1Char('-'))) {
        EXPECT_TRUE(text.contains(group)) << group.toStdString();
        printed += group + QLatin1Char(' ');
    }
    EXPECT_NO_THROW(RecoveryCode::decode(printed));
}
