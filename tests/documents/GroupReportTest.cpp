#include "documents/GroupReport.h"

#include "Clock.h"
#include "CoreFixture.h"
#include "access/AuditLog.h"
#include "store/DomainStore.h"
#include "store/SupportNeedStore.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace kz;

// The report for the overleg kindontwikkeling, read back from the PDF as a reader would see it.
class GroupReportTest : public CoreFixture
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
        need.domainId = domainId(QStringLiteral("social_emotional"));
        need.description = QStringLiteral("Speelt liever alleen");
        need.level = 2;
        need.signalledOn = Clock::today().addMonths(-2);
        SupportNeedStore(db()).create(practitionerA1, need);
    }
    void TearDown() override
    {
        QLocale::setDefault(QLocale::c());
        CoreFixture::TearDown();
    }

    // The report of managerA's location in `locale`, as pdftotext reads it.
    QString reportText(const QLocale& locale)
    {
        QLocale::setDefault(locale);
        const GroupNeeds figures(db(), managerA);
        const QString pdf = m_dir.filePath(QStringLiteral("group-report-%1.pdf").arg(locale.name()));
        GroupReport(figures, DomainStore(db()).all(), QStringLiteral("Ondersteuningsbehoeften per groep"),
                    Clock::today())
            .writePdf(pdf);
        // KINDZICHT_SCREENSHOTS=DIR keeps the report, to look at it (pdftoppm -png).
        if (const QString keep = qEnvironmentVariable("KINDZICHT_SCREENSHOTS"); !keep.isEmpty()) {
            QDir().mkpath(keep);
            QFile::remove(QDir(keep).filePath(QFileInfo(pdf).fileName()));
            QFile::copy(pdf, QDir(keep).filePath(QFileInfo(pdf).fileName()));
        }
        QProcess process;
        // -layout keeps a hyphen at the end of a line ("Sociaal-" above "emotioneel"): without it,
        // pdftotext would join the two into one word.
        process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        process.waitForFinished(30000);
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    // Every word of every domain name appears whole: a name broken inside a word ("Sociaal-emotione|el")
    // leaves the word missing from the text.
    void expectWholeDomainWords(const QString& text, bool dutch)
    {
        for (const DevelopmentDomain& d : DomainStore(db()).all()) {
            const QString label = dutch ? d.labelNl : d.labelEn;
            for (const QString& word :
                 label.split(QRegularExpression(QStringLiteral("[\\s-]+")), Qt::SkipEmptyParts)) {
                const QRegularExpression whole(
                    QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(word)));
                EXPECT_TRUE(whole.match(text).hasMatch())
                    << "'" << word.toStdString() << "' of '" << label.toStdString() << "' is broken";
            }
        }
    }
};

TEST_F(GroupReportTest, DomainNamesInTheHeaderAreNeverBrokenInsideAWord)
{
    expectWholeDomainWords(reportText(QLocale(QLocale::Dutch, QLocale::Netherlands)), true);
    expectWholeDomainWords(reportText(QLocale(QLocale::English, QLocale::UnitedKingdom)), false);
}

TEST_F(GroupReportTest, EveryPageNamesTheLocationAndItsNumberOfAll)
{
    const QString text = reportText(QLocale(QLocale::English, QLocale::UnitedKingdom));
    EXPECT_FALSE(text.contains(QStringLiteral("Locatie B"))) << text.toStdString();
    QStringList pages = text.split(QLatin1Char('\f'));
    pages.removeIf([](const QString& page) { return page.trimmed().isEmpty(); });
    ASSERT_GE(pages.size(), 1);
    for (int i = 0; i < pages.size(); ++i) {
        EXPECT_TRUE(pages[i].trimmed().startsWith(QStringLiteral("Locatie A"))) << pages[i].toStdString();
        EXPECT_TRUE(pages[i].contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages.size())))
            << pages[i].toStdString();
    }
}

TEST_F(GroupReportTest, APrintedReportIsAudited)
{
    GroupReport::recordPrinted(db(), managerA, QStringLiteral("Ondersteuningsbehoeften per groep"));
    const AuditEntry last = AuditLog::entries(db(), 1).constFirst();
    EXPECT_EQ(last.action, QStringLiteral("export"));
    EXPECT_EQ(last.entity, QStringLiteral("group_report"));
    EXPECT_EQ(last.userId, managerA.userId);
    EXPECT_FALSE(last.childId.has_value()); // aggregates only: no child in the trail
    EXPECT_TRUE(last.detail.contains(QStringLiteral("Ondersteuningsbehoeften per groep")));
}
