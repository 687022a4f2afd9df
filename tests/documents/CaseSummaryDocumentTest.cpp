#include "documents/CaseSummaryDocument.h"

#include "Clock.h"
#include "CoreFixture.h"
#include "Error.h"
#include "access/AuditLog.h"
#include "store/SupportNeedStore.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

using namespace kz;

class CaseSummaryDocumentTest : public CoreFixture
{
protected:
    void SetUp() override
    {
        CoreFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
        SupportNeed need;
        need.childId = childA1;
        need.domainId = domainId(QStringLiteral("language"));
        need.description = QStringLiteral("Anna spreekt nog weinig woorden, sinds 3 maart 2026 iets meer");
        need.signalledOn = QDate(2026, 2, 2);
        SupportNeedStore(db()).create(practitionerA1, need);
    }
};

TEST_F(CaseSummaryDocumentTest, ThePdfAndTheTextCarryTheAnonymousCaseAndTheExportIsAudited)
{
    const ScopedClock clock(QDate(2026, 5, 20));
    const CaseSummary summary =
        CaseSummary::compose(db(), practitionerA1, childA1, QStringLiteral("Hoe lokken we Anna uit?"));
    const QString pdf = m_dir.filePath(QStringLiteral("case.pdf"));
    CaseSummaryDocument::toFile(db(), practitionerA1, summary, pdf);
    EXPECT_EQ(QFileInfo(pdf).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    process.waitForFinished(30000);
    const QString printed = QString::fromUtf8(process.readAllStandardOutput());
    EXPECT_TRUE(printed.contains(QStringLiteral("Hoe lokken we [child] uit?"))) << qPrintable(printed);
    EXPECT_TRUE(
        printed.contains(QStringLiteral("[child] spreekt nog weinig woorden, sinds [date] iets meer")));
    EXPECT_TRUE(printed.contains(QStringLiteral("Page 1 of 1")));
    EXPECT_FALSE(printed.contains(QStringLiteral("Anna")));
    EXPECT_FALSE(printed.contains(QStringLiteral("2026")));

    const QString text = m_dir.filePath(QStringLiteral("case.txt"));
    CaseSummaryDocument::toFile(db(), practitionerA1, summary, text);
    QFile file(text);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(QString::fromUtf8(file.readAll()), summary.text());
    const QList<AuditEntry> entries = AuditLog::entries(db(), 2);
    EXPECT_EQ(entries.at(0).detail.left(3), QStringLiteral("txt"));
    EXPECT_EQ(entries.at(1).detail.left(3), QStringLiteral("pdf"));
    EXPECT_EQ(entries.at(0).entity, QStringLiteral("case_summary"));

    // Someone who may not see the child writes nothing.
    const QString refused = m_dir.filePath(QStringLiteral("refused.txt"));
    EXPECT_THROW(CaseSummaryDocument::toFile(db(), practitionerB, summary, refused), Error);
    EXPECT_FALSE(QFileInfo::exists(refused));
}
