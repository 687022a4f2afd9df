#include "CoreFixture.h"
#include "Error.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"

using namespace kz;

// A statement the database refuses is told by what went wrong, the same on every engine (each
// Dialect sorts its own error codes), and never as a half-written change.
class SqlFailureTest : public CoreFixture
{
protected:
    // The message of the error `sql` ends in, or "no error".
    QString refusal(const QString& sql) const
    {
        try {
            SqlQuery q(db(), sql);
            q.exec();
        } catch (const Error& e) {
            EXPECT_EQ(e.kind(), Error::Kind::Database);
            EXPECT_TRUE(e.detail().contains(sql)) << qPrintable(e.detail());
            return e.userMessage();
        }
        return QStringLiteral("no error");
    }

    QString metaValue(const QString& key) const
    {
        SqlQuery q(db(), QStringLiteral("SELECT value FROM meta WHERE key = :key"));
        q.bind(QStringLiteral(":key"), key);
        return q.scalar().value_or(QStringLiteral("none")).toString();
    }
};

TEST_F(SqlFailureTest, ADuplicateKeyIsToldAsBeingThereAlready)
{
    EXPECT_EQ(refusal(QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', '1')")),
              QStringLiteral("This is in the database already; nothing was changed."));
}

TEST_F(SqlFailureTest, AReferenceToARowThatIsNotThereIsToldSo)
{
    EXPECT_TRUE(refusal(QStringLiteral("INSERT INTO user_roles (user_id, role) VALUES (987654, 'admin')"))
                    .startsWith(QStringLiteral("This refers to something that is not in the database")));
}

TEST_F(SqlFailureTest, ABrokenCheckOrTriggerIsToldAsARuleOfTheDatabase)
{
    const QString rule =
        QStringLiteral("The database refused this change: it breaks one of its rules; nothing was changed.");
    EXPECT_EQ(refusal(QStringLiteral("INSERT INTO user_roles (user_id, role) VALUES (%1, 'director')")
                          .arg(admin.userId)),
              rule);
    EXPECT_EQ(refusal(QStringLiteral("DELETE FROM audit_log")), rule);
}

TEST_F(SqlFailureTest, AStatementThatMayFailRunsInASavepointAndTheTransactionGoesOn)
{
    // PostgreSQL refuses every further statement of a transaction after an error (25P02) unless
    // the failure was inside a savepoint: a nested Transaction is one.
    Transaction outer(db());
    SqlQuery::run(db(), QStringLiteral("INSERT INTO meta (key, value) VALUES ('test_before', '1')"));
    try {
        Transaction attempt(db());
        SqlQuery::run(db(), QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', '1')"));
        attempt.commit();
        FAIL() << "a duplicate key was accepted";
    } catch (const Error&) {
        // refused by design; the savepoint rolled back
    }
    SqlQuery::run(db(), QStringLiteral("INSERT INTO meta (key, value) VALUES ('test_after', '1')"));
    outer.commit();
    EXPECT_EQ(metaValue(QStringLiteral("test_before")), QStringLiteral("1"));
    EXPECT_EQ(metaValue(QStringLiteral("test_after")), QStringLiteral("1"));
}
