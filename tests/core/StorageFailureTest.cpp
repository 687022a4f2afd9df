// Busy, full and half-made: each storage failure has its own message, and a new database appears
// whole or not at all.
#include "CoreFixture.h"
#include "Error.h"
#include "db/SqlQuery.h"
#include "demo/DemoDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <functional>

using namespace kz;

namespace {

QString messageOf(const std::function<void()>& action)
{
    try {
        action();
    } catch (const Error& e) {
        return e.userMessage();
    }
    return QString();
}

} // namespace

class StorageFailureTest : public CoreFixture
{
};

TEST_F(StorageFailureTest, AHeldWriteLockSaysAnotherKindzichtHasTheDatabase)
{
    if (onServer())
        GTEST_SKIP() << "A server has no lock on the whole database: many computers write at once, each "
                        "row locked as it is written (RetentionTest shows a held table lock on a server).";
    const Database other = Database::open(databasePath());
    SqlQuery::run(other, QStringLiteral("BEGIN IMMEDIATE"));
    SqlQuery::run(db(), QStringLiteral("PRAGMA busy_timeout = 100"));
    const QString message = messageOf([&] { SqlQuery::run(db(), QStringLiteral("BEGIN IMMEDIATE")); });
    EXPECT_EQ(message, QStringLiteral("Another Kindzicht has the database; try again."));
    SqlQuery::run(other, QStringLiteral("ROLLBACK"));
}

TEST_F(StorageFailureTest, AFullDatabaseSaysTheDiskIsFull)
{
    if (onServer())
        GTEST_SKIP() << "The server's disk is the server's to watch: a database on it has no page limit "
                        "that a test could lower, and filling the shared test cluster's disk would fail "
                        "every other test.";
    SqlQuery pages(db(), QStringLiteral("PRAGMA page_count"));
    const int count = pages.scalar()->toInt();
    SqlQuery::run(db(), QStringLiteral("PRAGMA max_page_count = %1").arg(count + 1));
    const QString message = messageOf([&] {
        SqlQuery::run(db(), QStringLiteral("CREATE TABLE filler (x)"));
        SqlQuery::run(db(), QStringLiteral("INSERT INTO filler VALUES (zeroblob(1000000))"));
    });
    EXPECT_TRUE(message.contains(QStringLiteral("disk is full"))) << message.toStdString();
}

TEST(NewDatabaseTest, AFailedOrKilledDemoLeavesNothingThatBlocksTheNextRun)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.db"));
    EXPECT_THROW(Database::createAtomically(
                     path, QStringLiteral("exists"),
                     [](const Database&) { throw Error(Error::Kind::Io, QStringLiteral("killed")); }),
                 Error);
    EXPECT_FALSE(QFileInfo::exists(path));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
              QStringList());

    // What a killed run leaves: its private folder with a half-filled database.
    const QString leftover = dir.filePath(QStringLiteral(".kindzicht-scratch-999999999-qwerty"));
    ASSERT_TRUE(QDir().mkpath(leftover));
    {
        const Database half = Database::open(leftover + QStringLiteral("/demo.db"));
    }
    const DemoSummary summary = DemoDatabase::create(path);
    EXPECT_GT(summary.children, 0);
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
              QStringList{QStringLiteral("demo.db")});
    EXPECT_THROW(DemoDatabase::create(path), Error); // a whole demo is never overwritten
}
