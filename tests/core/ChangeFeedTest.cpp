#include "db/ChangeFeed.h"

#include "CoreFixture.h"
#include "db/ChangeNotifier.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"
#include "store/ChildStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QThread>
#include <functional>

using namespace kz;

// What one workstation commits reaches the open views of the others: on a server through a
// notification that names kinds and ids only, within two seconds; on a file when looked for.
class ChangeFeedTest : public CoreFixture
{
protected:
    // Handles events (a server's notifications arrive through them) until `done` or `ms` pass.
    static bool waitFor(const std::function<bool()>& done, int ms = 2000)
    {
        QElapsedTimer timer;
        timer.start();
        while (!done() && timer.elapsed() < ms) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
            QThread::msleep(5);
        }
        return done();
    }
    // A second workstation on the same database, listening, and what it heard.
    struct Listener
    {
        explicit Listener(const QString& location) : db(Database::open(location)), feed(db)
        {
            collect(db, heard);
        }
        const Database db;
        const ChangeFeed feed;
        QList<QList<Change>> heard;
    };
    static void collect(const Database& db, QList<QList<Change>>& heard)
    {
        QObject::connect(db.changes(), &ChangeNotifier::committed,
                         [&heard](const QList<Change>& changes) { heard.append(changes); });
    }
    void renameChild(const Database& on, const QString& givenName) const
    {
        Child child = ChildStore(on).get(managerA, childA1);
        child.givenName = givenName;
        ChildStore(on).update(managerA, child, Overwrite::Yes);
    }
    static bool names(const QList<QList<Change>>& heard, const Change& change)
    {
        return std::any_of(heard.begin(), heard.end(),
                           [&change](const QList<Change>& changes) { return changes.contains(change); });
    }
};

TEST_F(ChangeFeedTest, ANotificationCarriesKindsAndIdsAndNeverContent)
{
    const QList<Change> changes = {{Change::Subject::Child, 12, 12},
                                   {Change::Subject::Observation, 7, 12},
                                   {Change::Subject::Observation, 7, 12},
                                   {Change::Subject::Partner, 0, 0}};
    const QString payload = ChangeFeed::payload(changes);
    EXPECT_EQ(payload, QStringLiteral("0:12:12;2:7:12;3:0:0"));
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^[0-9:;]*$")).match(payload).hasMatch());
    EXPECT_EQ(ChangeFeed::parse(payload), (QList<Change>{changes[0], changes[1], changes[3]}));

    // Too many to list in one notification, a kind from a newer version, or nonsense: read all.
    QList<Change> many;
    for (int i = 1; i <= 2000; ++i)
        many.append({Change::Subject::Observation, i, i});
    EXPECT_EQ(ChangeFeed::payload(many), QStringLiteral("*"));
    for (const QString& odd : {QStringLiteral("*"), QStringLiteral("99:1:1"), QStringLiteral("0:x:1"),
                               QStringLiteral("0:1"), QString()})
        EXPECT_EQ(ChangeFeed::parse(odd), ChangeFeed::everything()) << qPrintable(odd);
    EXPECT_EQ(ChangeFeed::everything().size(), 7);
}

TEST_F(ChangeFeedTest, AChangeCommittedOnOneConnectionReachesTheOtherWithinTwoSeconds)
{
    if (!onServer())
        GTEST_SKIP() << "Connections to a file do not notify one another (OnAFile…).";
    const Database other = Database::open(databaseLocation());
    const ChangeFeed otherFeed(other);
    const ChangeFeed ownFeed(db());
    QList<QList<Change>> heard, heardHere;
    collect(other, heard);
    collect(db(), heardHere);

    QElapsedTimer timer;
    timer.start();
    renameChild(db(), QStringLiteral("Sanne"));
    ASSERT_TRUE(waitFor([&] { return !heard.isEmpty(); }));
    EXPECT_LT(timer.elapsed(), 2000);
    EXPECT_TRUE(names(heard, {Change::Subject::Child, childA1, childA1}));
    EXPECT_EQ(ChildStore(other).get(managerA, childA1).givenName, QStringLiteral("Sanne"));

    // Its own change reached this connection once, when it committed, not again by notification.
    waitFor([] { return false; }, 200);
    EXPECT_EQ(heardHere.size(), 1);
    EXPECT_EQ(heard.size(), 1);
}

TEST_F(ChangeFeedTest, WhatRollsBackIsNeverHeard)
{
    if (!onServer())
        GTEST_SKIP() << "Connections to a file do not notify one another (OnAFile…).";
    Listener listener(databaseLocation());
    const Database& other = listener.db;
    QList<QList<Change>>& heard = listener.heard;
    {
        Transaction transaction(db());
        renameChild(db(), QStringLiteral("Nooit"));
    } // not committed
    EXPECT_FALSE(waitFor([&] { return !heard.isEmpty(); }, 300));

    renameChild(db(), QStringLiteral("Wel"));
    EXPECT_TRUE(waitFor([&] { return !heard.isEmpty(); }));
    EXPECT_EQ(ChildStore(other).get(managerA, childA1).givenName, QStringLiteral("Wel"));
}

TEST_F(ChangeFeedTest, AfterALostConnectionTheListenerHearsAgain)
{
    if (!onServer())
        GTEST_SKIP() << "Connections to a file do not notify one another (OnAFile…).";
    Listener listener(databaseLocation());
    const Database& other = listener.db;
    QList<QList<Change>>& heard = listener.heard;
    const QString pid = SqlQuery(other, QStringLiteral("SELECT pg_backend_pid()")).scalar()->toString();
    {
        const test::PostgresConnection superuser(*m_socket, QStringLiteral("postgres"));
        ASSERT_EQ(superuser.scalar(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid)),
                  QStringLiteral("true"));
        ASSERT_TRUE(waitFor([&] {
            return superuser.scalar(
                       QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE pid = %1").arg(pid)) ==
                   QLatin1String("0");
        }));
    }
    // The next statement runs on a new connection, which listens again.
    EXPECT_NE(SqlQuery(other, QStringLiteral("SELECT pg_backend_pid()")).scalar()->toString(), pid);
    // What was said while it was lost is unknown: every view reads again.
    ASSERT_TRUE(waitFor([&] { return !heard.isEmpty(); }));
    EXPECT_EQ(heard.takeFirst(), ChangeFeed::everything());
    renameChild(db(), QStringLiteral("Terug"));
    EXPECT_TRUE(waitFor([&] { return names(heard, {Change::Subject::Child, childA1, childA1}); }));
}

TEST_F(ChangeFeedTest, OnAFileAnotherConnectionsCommitIsFoundWhenLookedFor)
{
    if (onServer())
        GTEST_SKIP() << "A server's connections hear each other (the tests above).";
    const Database other = Database::open(databasePath());
    ChangeFeed feed(other);
    QList<QList<Change>> heard;
    collect(other, heard);
    EXPECT_FALSE(feed.checkForOutsideChanges());

    renameChild(db(), QStringLiteral("Sanne"));
    EXPECT_TRUE(feed.checkForOutsideChanges());
    ASSERT_EQ(heard.size(), 1);
    EXPECT_EQ(heard.first(), ChangeFeed::everything());
    EXPECT_FALSE(feed.checkForOutsideChanges()); // nothing new since

    // The connection's own commits are announced when they happen, not found again.
    renameChild(other, QStringLiteral("Eigen"));
    EXPECT_FALSE(feed.checkForOutsideChanges());
    EXPECT_EQ(heard.size(), 2);
}
