// Prepared statements are kept per connection and reused, without ever holding a lock or a
// stale plan: the same text used twice at once gets two statements, a statement given back is
// reset (another connection can checkpoint and write), and a schema change forgets them.
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace kz;

namespace {

class StatementCacheTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        SqlQuery::run(db, QStringLiteral("CREATE TABLE numbers (n INTEGER)"));
        for (int i = 1; i <= 5; ++i)
            SqlQuery(db, QStringLiteral("INSERT INTO numbers (n) VALUES (:n)"))
                .bind(QStringLiteral(":n"), i)
                .exec();
    }

    qint64 prepared() const { return db.statementCount().prepared; }

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cache.db"));
    Database db = Database::open(path);
};

const QString allNumbers = QStringLiteral("SELECT n FROM numbers ORDER BY n");

} // namespace

TEST_F(StatementCacheTest, TheSameTextIsPreparedOnceAndRunEachTime)
{
    const qint64 before = prepared();
    const qint64 ranBefore = db.statementCount().executed;
    for (int i = 0; i < 10; ++i) {
        SqlQuery q(db, QStringLiteral("SELECT n FROM numbers WHERE n = :n"));
        q.bind(QStringLiteral(":n"), i % 5 + 1);
        EXPECT_EQ(q.scalar().value().toInt(), i % 5 + 1);
    }
    EXPECT_EQ(prepared() - before, 1);
    EXPECT_EQ(db.statementCount().executed - ranBefore, 10);
}

TEST_F(StatementCacheTest, AUseWhileTheFirstStillIteratesGetsItsOwnStatement)
{
    SqlQuery outer(db, allNumbers);
    outer.exec();
    QList<int> pairs;
    while (outer.next()) {
        SqlQuery inner(db, allNumbers);
        inner.exec();
        while (inner.next())
            pairs.append(outer.value(0).toInt() * 10 + inner.value(0).toInt());
    }
    EXPECT_EQ(pairs.size(), 25);
    EXPECT_EQ(pairs.first(), 11);
    EXPECT_EQ(pairs.last(), 55);
}

TEST_F(StatementCacheTest, AValueBoundEarlierDoesNotLeakIntoTheNextUse)
{
    {
        SqlQuery q(db, QStringLiteral("SELECT COUNT(*) FROM numbers WHERE n > :n"));
        q.bind(QStringLiteral(":n"), 3);
        EXPECT_EQ(q.scalar().value().toInt(), 2);
    }
    SqlQuery again(db, QStringLiteral("SELECT COUNT(*) FROM numbers WHERE n > :n"));
    again.bind(QStringLiteral(":n"), 0);
    EXPECT_EQ(again.scalar().value().toInt(), 5);
}

TEST_F(StatementCacheTest, AStatementLeftMidResultHoldsNoReadLockOnceGone)
{
    {
        SqlQuery q(db, allNumbers);
        q.exec();
        ASSERT_TRUE(q.next()); // four rows never read
    }
    {
        SqlQuery q(db, QStringLiteral("SELECT n FROM numbers"));
        ASSERT_TRUE(q.scalar().has_value()); // scalar reads one row and lets go
        // Still alive here: another connection writes and checkpoints the whole log all the same.
        const Database other = Database::open(path);
        Transaction write(other);
        SqlQuery(other, QStringLiteral("INSERT INTO numbers (n) VALUES (6)")).exec();
        write.commit();
        SqlQuery checkpoint(other, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        checkpoint.exec();
        ASSERT_TRUE(checkpoint.next());
        EXPECT_EQ(checkpoint.value(0).toInt(), 0) << "busy: a reader still holds the old pages";
    }
    SqlQuery count(db, QStringLiteral("SELECT COUNT(*) FROM numbers"));
    EXPECT_EQ(count.scalar().value().toInt(), 6);
}

TEST_F(StatementCacheTest, ASchemaChangeForgetsTheKeptStatements)
{
    SqlQuery(db, allNumbers).exec();
    const qint64 before = prepared();
    SqlQuery::run(db, QStringLiteral("ALTER TABLE numbers ADD COLUMN word TEXT"));
    SqlQuery q(db, allNumbers);
    q.exec();
    EXPECT_EQ(prepared() - before, 2) << "the ALTER and the SELECT prepared anew";
    SqlQuery star(db, QStringLiteral("SELECT * FROM numbers"));
    star.exec();
    ASSERT_TRUE(star.next());
    EXPECT_TRUE(star.value(1).isNull());
}

TEST_F(StatementCacheTest, ClosingTheConnectionWithAQueryStillOpenIsSafe)
{
    auto q = std::make_unique<SqlQuery>(db, allNumbers);
    q->exec();
    ASSERT_TRUE(q->next());
    db = Database::open(dir.filePath(QStringLiteral("other.db")));
    q.reset(); // given back to a closed cache: dropped
    SUCCEED();
}
