// kindzicht-cli copy in core: a file to the server and back arrives identical table by table, and
// location files added to a database that holds other locations keep every row they had.
#include "services/DatabaseCopy.h"

#include "Clock.h"
#include "CopyFixture.h"
#include "Error.h"
#include "access/AuditLog.h"
#include "db/Dialect.h"
#include "db/ReadTransaction.h"
#include "db/SqlQuery.h"
#include "demo/DemoDatabase.h"
#include "store/ChildStore.h"
#include "store/ObservationStore.h"
#include "store/UserStore.h"

#include <QFileInfo>
#include <QTimeZone>

using namespace kz;

TEST(DatabaseCopyTest, AFileCopiedToTheServerAndBackIsIdenticalTableByTable)
{
    KZ_REQUIRE_POSTGRES(socket);
    const ScopedClock clock(QDateTime(QDate(2026, 3, 10), QTime(9, 30), Qt::UTC));
    QTemporaryDir dir;
    const QString original = dir.filePath(QStringLiteral("original.db"));
    DemoDatabase::create(original);
    const test::ScratchPostgresDatabase serverDatabase(*socket);
    ASSERT_TRUE(serverDatabase.created());

    const Database source = Database::open(original);
    const Actor admin = *UserStore(source).actorByUsername(QStringLiteral("beheer"));
    const test::TableDump before = test::dumpTables(source);
    {
        const Database server = Database::open(test::serverAddress(*socket, serverDatabase.name()));
        const CopyResult there = DatabaseCopy::copy(source, admin, server, std::nullopt);
        EXPECT_FALSE(there.merged);
        test::expectSameTables(
            before, test::dumpTables(server, {QStringLiteral("copy")})); // the server's own copy entry aside
        // The server's search finds the notes, and its ids go on after the copied ones.
        const Actor onServer = *UserStore(server).actorByUsername(QStringLiteral("beheer"));
        EXPECT_EQ(AuditLog::entries(server, 1).first().action, QStringLiteral("copy"));
        EXPECT_EQ(AuditLog::entries(server, 1).first().userId, std::optional<qint64>(onServer.userId));

        const QString back = dir.filePath(QStringLiteral("back.db"));
        const Database file = Database::open(back);
        DatabaseCopy::copy(server, onServer, file, std::nullopt);
        test::expectSameTables(before, test::dumpTables(file, {QStringLiteral("copy")}));
        EXPECT_EQ(test::searchHits(file), test::searchHits(source));
        EXPECT_GT(test::searchHits(server), 0);
        EXPECT_EQ(test::searchHits(server), test::searchHits(source));
    }
    // The source says where its children went.
    EXPECT_EQ(AuditLog::entries(source, 1).first().action, QStringLiteral("copy"));
}

class DatabaseMergeTest : public CopyFixture
{
};

TEST_F(DatabaseMergeTest, TwoLocationFilesAddedKeepEveryChildObservationAndAuditRow)
{
    const QString noord = locationFile(QStringLiteral("noord"));
    const QString zuid = locationFile(QStringLiteral("zuid"));
    const int childrenBefore = countRows(QStringLiteral("children"));
    const int observationsBefore = countRows(QStringLiteral("observations"));
    const int auditBefore = countRows(QStringLiteral("audit_log"));
    const int partnersBefore = countRows(QStringLiteral("partners"));

    int expectedAudit = auditBefore;
    for (const QString& path : {noord, zuid}) {
        const Database source = Database::open(path);
        const Actor sourceAdmin =
            *UserStore(source).actorByUsername(QFileInfo(path).baseName() + QStringLiteral("-beheer"));
        expectedAudit += countIn(source, QStringLiteral("audit_log")) + 1; // and the target's own entry
        const QStringList tables = {QStringLiteral("children"),
                                    QStringLiteral("observations"),
                                    QStringLiteral("observation_domains"),
                                    QStringLiteral("support_needs"),
                                    QStringLiteral("guardians"),
                                    QStringLiteral("audit_log")};
        QList<int> inSource;
        for (const QString& table : tables)
            inSource.append(countIn(source, table));
        const CopyResult result = DatabaseCopy::copy(source, sourceAdmin, db(), admin);
        EXPECT_TRUE(result.merged);
        for (qsizetype i = 0; i < tables.size(); ++i)
            EXPECT_EQ(result.added.value(tables[i]), inSource[i]) << tables[i].toStdString();
        expectChildrenArrived(source);
    }
    EXPECT_EQ(countRows(QStringLiteral("children")), childrenBefore + 4);
    EXPECT_EQ(countRows(QStringLiteral("observations")), observationsBefore + 6);
    EXPECT_EQ(countRows(QStringLiteral("audit_log")), expectedAudit);
    // One partner both files know (same HSDS id), one each of their own, and one matched by name and
    // postcode.
    EXPECT_EQ(countRows(QStringLiteral("partners")), partnersBefore + 1 + 2 + 1);
    // The notes are found in the target, by a manager of the added location.
    const Actor noordManager = *UserStore(db()).actorByUsername(QStringLiteral("noord-manager"));
    EXPECT_EQ(ObservationStore(db()).search(noordManager, QStringLiteral("zandbak")).size(), 3);
    // The ids the target gives next follow the added rows.
    const Actor zuidManager = *UserStore(db()).actorByUsername(QStringLiteral("zuid-manager"));
    const qint64 zuidGroup = groupOf(QStringLiteral("zuid"));
    EXPECT_GT(ChildStore(db()).create(zuidManager, childTemplate(zuidGroup, QStringLiteral("Nieuw"))), 0);
}

TEST_F(DatabaseMergeTest, AnAccountNameTheTargetHasIsRefusedBeforeAnythingIsWritten)
{
    const QString noord = locationFile(QStringLiteral("noord"), QStringLiteral("managera"));
    const Database source = Database::open(noord);
    const Actor sourceAdmin = *UserStore(source).actorByUsername(QStringLiteral("noord-beheer"));
    const QStringList tables = {QStringLiteral("users"),    QStringLiteral("locations"),
                                QStringLiteral("children"), QStringLiteral("observations"),
                                QStringLiteral("partners"), QStringLiteral("audit_log")};
    QList<int> before;
    for (const QString& table : tables)
        before.append(countRows(table));
    try {
        DatabaseCopy::copy(source, sourceAdmin, db(), admin);
        FAIL() << "an account name the target has was copied";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::Conflict);
        EXPECT_TRUE(e.userMessage().contains(QStringLiteral("managera"))) << e.userMessage().toStdString();
        EXPECT_TRUE(e.userMessage().contains(QStringLiteral("nothing was copied")));
    }
    for (qsizetype i = 0; i < tables.size(); ++i)
        EXPECT_EQ(countRows(tables[i]), before[i]) << tables[i].toStdString();
}

TEST_F(DatabaseMergeTest, AddingToADatabaseInUseTakesOneOfItsAdministrators)
{
    const Database source = Database::open(locationFile(QStringLiteral("noord")));
    const Actor sourceAdmin = *UserStore(source).actorByUsername(QStringLiteral("noord-beheer"));
    EXPECT_THROW(DatabaseCopy::copy(source, sourceAdmin, db(), std::nullopt), Error);
    EXPECT_THROW(DatabaseCopy::copy(source, sourceAdmin, db(), managerA), Error);
    const Actor practitioner = *UserStore(source).actorByUsername(QStringLiteral("noord-pm"));
    EXPECT_THROW(DatabaseCopy::copy(source, practitioner, db(), admin), Error);
    EXPECT_THROW(DatabaseCopy::copy(db(), admin, db(), admin), Error); // not into itself
    EXPECT_EQ(countRows(QStringLiteral("locations")), 2);
}

// The copy's read sees every table as it was at its first read, while another connection writes.
class ConsistentReadTest : public CoreFixture
{
};

TEST_F(ConsistentReadTest, AReadSeesOneMomentWhileOthersKeepWriting)
{
    const Database reader = Database::open(databaseLocation());
    const int children = countRows(QStringLiteral("children"));
    {
        const ReadTransaction read(reader);
        EXPECT_EQ(test::countIn(reader, QStringLiteral("children")), children);
        // Someone at another computer adds a child and a note meanwhile.
        ChildStore(db()).create(managerA, childTemplate(groupA1, QStringLiteral("Later")));
        EXPECT_EQ(countRows(QStringLiteral("children")), children + 1);
        EXPECT_EQ(test::countIn(reader, QStringLiteral("children")), children);
        EXPECT_EQ(test::countIn(reader, QStringLiteral("audit_log")) + 1,
                  countRows(QStringLiteral("audit_log")));
    }
    EXPECT_EQ(test::countIn(reader, QStringLiteral("children")), children + 1);
}
