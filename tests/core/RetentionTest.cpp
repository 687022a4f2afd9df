#include "services/Retention.h"

#include "Clock.h"
#include "CoreFixture.h"
#include "Error.h"
#include "access/AuditLog.h"
#include "db/SqlQuery.h"
#include "domain/Partner.h"
#include "store/ChildStore.h"
#include "store/HandoverStore.h"
#include "store/ObservationStore.h"
#include "store/PartnerStore.h"
#include "store/SupportNeedStore.h"

#include <QFile>

using namespace kz;

class RetentionTest : public CoreFixture
{
protected:
    void SetUp() override
    {
        CoreFixture::SetUp();
        Child gone = childTemplate(groupA1, QStringLiteral("Zyxwabcq"));
        gone.familyName = QStringLiteral("Qwertyplonk");
        gone.birthDate = Clock::today().addYears(-6);
        gone.startDate = Clock::today().addYears(-5);
        gone.endDate = Clock::today().addMonths(-30);
        leftLongAgo = ChildStore(db()).create(managerA, gone);
        Child recent = childTemplate(groupA1, QStringLiteral("Recent"));
        recent.endDate = Clock::today().addMonths(-3);
        leftRecently = ChildStore(db()).create(managerA, recent);

        for (int i = 0; i < 30; ++i) {
            Observation o;
            o.childId = leftLongAgo;
            o.observedAt = Clock::nowUtc().addYears(-3).addDays(i);
            o.body = QStringLiteral("Zyxwabcq bouwde een glimmerkasteel nummer %1").arg(i);
            o.domainIds = {domainId(QStringLiteral("play_motor"))};
            const qint64 id = ObservationStore(db()).create(managerA, o);
            if (i == 0) {
                o.id = id;
                o.body = QStringLiteral("Zyxwabcq herschreef het glimmerkasteel");
                ObservationStore(db()).edit(managerA, o);
            }
        }
        SupportNeed n;
        n.childId = leftLongAgo;
        n.domainId = domainId(QStringLiteral("language"));
        n.description = QStringLiteral("Qwertyplonk spreekt weinig");
        n.signalledOn = Clock::today().addYears(-3);
        SupportNeedStore(db()).create(managerA, n);

        // A handover that was sent goes with the rest of the file.
        Partner school;
        school.name = QStringLiteral("Basisschool De Linde");
        school.categoryCode = QStringLiteral("school");
        const qint64 schoolId = PartnerStore(db()).create(managerA, school);
        HandoverConsent consent;
        consent.state = ConsentState::Given;
        consent.date = Clock::today().addYears(-3);
        consent.givenBy = QStringLiteral("Ouder Qwertyplonk");
        consent.sections = {HandoverSection::Personal};
        HandoverStore handovers(db());
        handovers.recordConsent(managerA, leftLongAgo, schoolId, consent);
        HandoverContent content;
        content.sections = {HandoverSection::Personal};
        content.personal = QStringLiteral("Zyxwabcq bouwt glimmerkastelen");
        content.contactPerson = QStringLiteral("managera");
        handovers.recordExport(managerA, leftLongAgo, schoolId, content, QStringLiteral("nl"), 1, "%PDF",
                               [] {});
    }
    QByteArray rawFiles() const
    {
        QByteArray bytes;
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile f(databasePath() + suffix);
            if (f.open(QIODevice::ReadOnly))
                bytes += f.readAll();
        }
        return bytes;
    }
    qint64 leftLongAgo = 0;
    qint64 leftRecently = 0;
};

TEST_F(RetentionTest, ThePreviewListsWhatWouldGoAndChangesNothing)
{
    EXPECT_EQ(Retention::months(db()), 24);
    const RetentionResult preview = Retention::preview(db(), admin);
    ASSERT_EQ(preview.children.size(), 1);
    EXPECT_EQ(preview.children.first().childId, leftLongAgo);
    EXPECT_EQ(preview.observations, 30);
    EXPECT_EQ(preview.supportNeeds, 1);
    EXPECT_EQ(countRows(QStringLiteral("children")), 5);
    EXPECT_THROW(Retention::preview(db(), managerA), Error);
    EXPECT_THROW(Retention::purge(db(), practitionerA1), Error);
    Retention::setMonths(db(), admin, 2);
    EXPECT_EQ(Retention::preview(db(), admin).children.size(), 2);
    EXPECT_THROW(Retention::setMonths(db(), admin, 0), Error);
}

TEST_F(RetentionTest, APurgeLeavesNoTraceInTheFiles)
{
    ASSERT_TRUE(rawFiles().contains("Qwertyplonk"));
    ASSERT_TRUE(rawFiles().contains("glimmerkasteel"));
    const RetentionResult purged = Retention::purge(db(), admin);
    EXPECT_EQ(purged.children.size(), 1);

    EXPECT_EQ(countRows(QStringLiteral("children")), 4);
    EXPECT_EQ(countRows(QStringLiteral("observations WHERE child_id = ") + QString::number(leftLongAgo)), 0);
    EXPECT_EQ(countRows(QStringLiteral("observation_revisions")), 0);
    EXPECT_EQ(countRows(QStringLiteral("support_needs")), 0);
    EXPECT_EQ(countRows(QStringLiteral("handovers")), 0);
    EXPECT_EQ(countRows(QStringLiteral("handover_snapshots")), 0);
    EXPECT_EQ(countRows(QStringLiteral("retention_log WHERE children = 1 AND observations = 30")), 1);
    EXPECT_EQ(AuditLog::entries(db(), 1).first().action, QStringLiteral("purge"));
    EXPECT_TRUE(ObservationStore(db()).search(managerA, QStringLiteral("glimmerkasteel")).isEmpty());
    SqlQuery integrity(db(), QStringLiteral("PRAGMA integrity_check"));
    EXPECT_EQ(integrity.scalar().value().toString(), QStringLiteral("ok"));

    const QByteArray raw = rawFiles();
    EXPECT_FALSE(raw.contains("Qwertyplonk"));
    EXPECT_FALSE(raw.contains("Zyxwabcq"));
    EXPECT_FALSE(raw.contains("glimmerkasteel"));
    // The child who left recently is still there.
    EXPECT_NO_THROW(ChildStore(db()).get(managerA, leftRecently));
}

TEST_F(RetentionTest, AReaderThatBlocksTheWipeIsToldAndTheNextOpeningFinishesIt)
{
    {
        const Database reader = Database::open(databasePath());
        SqlQuery::run(reader, QStringLiteral("BEGIN"));
        SqlQuery q(reader, QStringLiteral("SELECT COUNT(*) FROM observations"));
        ASSERT_GT(q.scalar()->toInt(), 0); // the reader holds its snapshot of the old pages
        SqlQuery::run(db(), QStringLiteral("PRAGMA busy_timeout = 200"));
        const RetentionResult purged = Retention::purge(db(), admin);
        EXPECT_EQ(purged.children.size(), 1);
        EXPECT_TRUE(purged.wipePending);
        EXPECT_TRUE(db().wipePending());
        SqlQuery::run(reader, QStringLiteral("ROLLBACK"));
    }
    {
        const Database next = Database::open(databasePath());
        EXPECT_FALSE(next.wipePending());
    }
    const QByteArray raw = rawFiles();
    EXPECT_FALSE(raw.contains("Qwertyplonk"));
    EXPECT_FALSE(raw.contains("glimmerkasteel"));
}
