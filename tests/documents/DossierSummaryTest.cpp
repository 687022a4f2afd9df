#include "documents/DossierSummary.h"

#include "Clock.h"
#include "CoreFixture.h"
#include "Error.h"
#include "access/AuditLog.h"
#include "store/ObservationStore.h"
#include "store/SupportNeedStore.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>

using namespace kz;

// Anna's file on paper: her language need, a note of what goes well, and a restricted note that
// must never be printed, not even for the manager who may read it.
class DossierSummaryTest : public CoreFixture
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
        need.description = QStringLiteral("Spreekt nog weinig woorden in de groep");
        need.strengths = QStringLiteral("Wijst aan en doet alles goed na");
        need.signalledOn = Clock::today().addMonths(-1);
        SupportNeedStore(db()).create(practitionerA1, need);
        Observation o;
        o.childId = childA1;
        o.observedAt = Clock::nowUtc().addDays(-5);
        o.domainIds = {need.domainId};
        o.body = QStringLiteral("Zong het liedje over de regenboog helemaal mee");
        ObservationStore(db()).create(practitionerA1, o);
        o.body = QStringLiteral("Vader vertelde vertrouwelijk over zijn ontslag");
        o.restricted = true;
        ObservationStore(db()).create(practitionerA1, o);
    }

    QString text(const Actor& actor)
    {
        const QString path = m_dir.filePath(QStringLiteral("summary.pdf"));
        const DossierSummary summary(db(), actor, childA1);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(summary.paged().pdf(summary.title()));
        file.close();
        QProcess process;
        process.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        process.waitForFinished(30000);
        return QString::fromUtf8(process.readAllStandardOutput());
    }
};

TEST_F(DossierSummaryTest, ItHoldsTheNeedsAndNotesButNeverARestrictedNote)
{
    const QString printed = text(managerA);
    EXPECT_TRUE(printed.contains(QStringLiteral("Wijst aan en doet alles goed na"))) << printed.toStdString();
    EXPECT_TRUE(printed.contains(QStringLiteral("Spreekt nog weinig woorden")));
    EXPECT_TRUE(printed.contains(QStringLiteral("regenboog")));
    EXPECT_TRUE(printed.contains(QStringLiteral("Locatie A")));
    EXPECT_TRUE(printed.contains(QStringLiteral("Page 1 of 1")));
    EXPECT_FALSE(printed.contains(QStringLiteral("ontslag")));
    EXPECT_TRUE(printed.contains(QStringLiteral("1 restricted observation"))); // "(s)" until translated
    EXPECT_TRUE(printed.contains(QStringLiteral("left out")));
}

TEST_F(DossierSummaryTest, OnlyWhoMaySeeTheChildGetsTheSummaryAndAPrintIsAudited)
{
    EXPECT_THROW(DossierSummary(db(), practitionerB, childA1), Error);
    DossierSummary::recordPrinted(db(), practitionerA1, childA1);
    const AuditEntry last = AuditLog::entries(db(), 1).constFirst();
    EXPECT_EQ(last.action, QStringLiteral("export"));
    EXPECT_EQ(last.entity, QStringLiteral("dossier_summary"));
    EXPECT_EQ(last.childId, childA1);
    EXPECT_EQ(last.userId, practitionerA1.userId);
}
