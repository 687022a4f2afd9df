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

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

using namespace kz;

class RetentionTest : public CoreFixture
{
protected:
    void SetUp() override
    {
        CoreFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        // Names of this test alone: on a server, other tests' databases share the data folder.
        const QString tail = uniqueLetters();
        given = QStringLiteral("Zyxwabcq") + tail;
        family = QStringLiteral("Qwertyplonk") + tail;
        word = QStringLiteral("glimmerkasteel") + tail;
        Child gone = childTemplate(groupA1, given);
        gone.familyName = family;
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
            o.body = QStringLiteral("%1 bouwde een %2 nummer %3").arg(given, word).arg(i);
            o.domainIds = {domainId(QStringLiteral("play_motor"))};
            const qint64 id = ObservationStore(db()).create(managerA, o);
            if (i == 0) {
                o.id = id;
                o.body = QStringLiteral("%1 herschreef het %2").arg(given, word);
                ObservationStore(db()).edit(managerA, o);
            }
        }
        SupportNeed n;
        n.childId = leftLongAgo;
        n.domainId = domainId(QStringLiteral("language"));
        n.description = family + QStringLiteral(" spreekt weinig");
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
        consent.givenBy = QStringLiteral("Ouder ") + family;
        consent.sections = {HandoverSection::Personal};
        HandoverStore handovers(db());
        handovers.recordConsent(managerA, leftLongAgo, schoolId, consent);
        HandoverContent content;
        content.sections = {HandoverSection::Personal};
        content.personal = given + QStringLiteral(" bouwt ") + word;
        content.contactPerson = QStringLiteral("managera");
        handovers.recordExport(managerA, leftLongAgo, schoolId, content, QStringLiteral("nl"), 1, "%PDF",
                               [] {});
    }
    static QString uniqueLetters()
    {
        QString letters;
        for (int i = 0; i < 8; ++i)
            letters += QChar(u'a' + QRandomGenerator::global()->bounded(26));
        return letters;
    }
    // Every byte the engine keeps: the file and its journal, or every file of the server's cluster
    // (tables, indexes, write-ahead log).
    QByteArray rawFiles() const
    {
        QStringList files;
        if (onServer()) {
            QDirIterator it(test::postgresDataFolder(*m_socket), QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                files.append(it.next());
        } else {
            for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                files.append(databasePath() + suffix);
        }
        QByteArray bytes;
        m_tracedFiles.clear();
        for (const QString& file : files) {
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray content = f.readAll();
            if (leavesTrace(content))
                m_tracedFiles.append(file); // said when a check fails: where the name stayed
            bytes += content;
        }
        return bytes;
    }
    // Each file that kept a trace, with its relation on a server (a rewritten table or index has
    // a new file; an old one no longer belongs to any).
    QString tracedFiles() const
    {
        QStringList said;
        for (const QString& file : m_tracedFiles) {
            QString relation;
            if (onServer()) {
                SqlQuery q(db(), QStringLiteral("SELECT relname FROM pg_class WHERE "
                                                "pg_relation_filenode(oid) = CAST(:node AS oid)"));
                q.bind(QStringLiteral(":node"), QFileInfo(file).fileName());
                relation = q.scalar().value_or(QStringLiteral("no relation now")).toString();
            }
            said.append(relation.isEmpty() ? file : QStringLiteral("%1 (%2)").arg(file, relation));
        }
        return said.join(QStringLiteral(", "));
    }
    mutable QStringList m_tracedFiles;
    bool leavesTrace(const QByteArray& raw) const
    {
        return raw.contains(given.toUtf8()) || raw.contains(family.toUtf8()) || raw.contains(word.toUtf8());
    }
    QString given, family, word;
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
    ASSERT_TRUE(rawFiles().contains(family.toUtf8()));
    ASSERT_TRUE(rawFiles().contains(word.toUtf8()));
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
    EXPECT_TRUE(ObservationStore(db()).search(managerA, word).isEmpty());
    EXPECT_FALSE(purged.wipePending) << qPrintable(purged.wipeProblem);
    if (!onServer()) {
        SqlQuery integrity(db(), QStringLiteral("PRAGMA integrity_check"));
        EXPECT_EQ(integrity.scalar().value().toString(), QStringLiteral("ok"));
    }

    EXPECT_FALSE(leavesTrace(rawFiles())) << qPrintable(tracedFiles());
    // The child who left recently is still there.
    EXPECT_NO_THROW(ChildStore(db()).get(managerA, leftRecently));
}

TEST_F(RetentionTest, AReaderThatBlocksTheWipeIsToldAndTheNextOpeningFinishesIt)
{
    if (onServer())
        GTEST_SKIP() << "A reader holds old pages of a file only; on a server a reader holds a table "
                        "lock instead (AReaderOnTheServerDelaysTheRewriteUntilTheNextOpening).";
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
    EXPECT_FALSE(leavesTrace(rawFiles()));
}

TEST_F(RetentionTest, AReaderOnTheServerDelaysTheRewriteUntilTheNextOpening)
{
    if (!onServer())
        GTEST_SKIP() << "A file's reader is the test above; this one holds a server's table lock.";
    {
        const test::PostgresConnection reader(*m_socket, m_serverDatabase->name());
        ASSERT_EQ(reader.run(QStringLiteral("BEGIN")), QString());
        ASSERT_GT(reader.scalar(QStringLiteral("SELECT COUNT(*) FROM observations")).toInt(), 0);
        SqlQuery::run(db(), QStringLiteral("SET lock_timeout = '300ms'"));
        const RetentionResult purged = Retention::purge(db(), admin);
        EXPECT_EQ(purged.children.size(), 1);
        EXPECT_TRUE(purged.wipePending); // the rows are gone; their table waits to be rewritten
        EXPECT_TRUE(db().wipePending());
        EXPECT_EQ(countRows(QStringLiteral("children WHERE id = ") + QString::number(leftLongAgo)), 0);
        reader.run(QStringLiteral("ROLLBACK"));
    }
    {
        const Database next = Database::open(databaseLocation());
        EXPECT_FALSE(next.wipePending());
    }
    EXPECT_FALSE(leavesTrace(rawFiles()));
}

TEST_F(RetentionTest, AWriteInAnotherDatabaseBegunBeforeThePurgeDelaysTheRewrite)
{
    if (!onServer())
        GTEST_SKIP() << "A file has no other databases beside it.";
    {
        // Its transaction is older than the purge: while it runs, the rewrite's own snapshot
        // would still count the purged rows as visible and copy them into the new table files.
        const test::PostgresConnection elsewhere(*m_socket, QStringLiteral("postgres"));
        ASSERT_EQ(elsewhere.run(QStringLiteral("BEGIN")), QString());
        ASSERT_FALSE(elsewhere.scalar(QStringLiteral("SELECT pg_current_xact_id()")).isNull());
        SqlQuery::run(db(), QStringLiteral("SET lock_timeout = '300ms'"));
        const RetentionResult purged = Retention::purge(db(), admin);
        EXPECT_EQ(purged.children.size(), 1);
        EXPECT_TRUE(purged.wipePending);
        EXPECT_FALSE(purged.wipeProblem.isEmpty());
        EXPECT_TRUE(db().wipePending());
        elsewhere.run(QStringLiteral("ROLLBACK"));
    }
    {
        const Database next = Database::open(databaseLocation());
        EXPECT_FALSE(next.wipePending());
    }
    EXPECT_FALSE(leavesTrace(rawFiles())) << qPrintable(tracedFiles());
}
