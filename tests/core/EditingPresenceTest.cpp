#include "services/EditingPresence.h"

#include "CoreFixture.h"
#include "Error.h"
#include "db/SqlQuery.h"

#include <QThread>
#include <memory>

using namespace kz;

// "Who else is working in this child's file" on the organisation's server: a hint that names the
// others who have the child open for editing, and lasts no longer than their connection.
class EditingPresenceTest : public CoreFixture
{
};

TEST_F(EditingPresenceTest, AnotherComputerWithTheChildOpenIsNamedUntilItCloses)
{
    if (!onServer())
        GTEST_SKIP() << "A file is one computer (OnAFile…).";
    auto other = std::make_unique<Database>(Database::open(databaseLocation()));
    const EditingPresence mine(db(), practitionerA1, childA1);
    EXPECT_TRUE(mine.others().isEmpty());
    EXPECT_TRUE(mine.hint().isEmpty());
    {
        const EditingPresence theirs(*other, managerA, childA1);
        EXPECT_EQ(mine.others(), QStringList{managerA.displayName});
        EXPECT_EQ(theirs.others(), QStringList{practitionerA1.displayName});
        EXPECT_TRUE(mine.hint().contains(managerA.displayName));
        // Another child of the same group: nobody there.
        const EditingPresence elsewhere(db(), practitionerA2, childA2);
        EXPECT_TRUE(elsewhere.others().isEmpty());
    }
    EXPECT_TRUE(mine.others().isEmpty()); // closed: the mark went with it

    // A computer that goes away with the dialog open (killed, or its network gone) leaves no mark.
    const EditingPresence lingering(*other, managerA, childA1);
    EXPECT_EQ(mine.others(), QStringList{managerA.displayName});
    const QString pid = SqlQuery(*other, QStringLiteral("SELECT pg_backend_pid()")).scalar()->toString();
    const test::PostgresConnection superuser(*m_socket, QStringLiteral("postgres"));
    ASSERT_EQ(superuser.scalar(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid)),
              QStringLiteral("true"));
    for (int i = 0; i < 100 && !mine.others().isEmpty(); ++i)
        QThread::msleep(20); // until the server has ended that session
    EXPECT_TRUE(mine.others().isEmpty());

    // Back on a new connection, the open dialog marks the child again, once however often it asks.
    lingering.renew();
    lingering.renew();
    EXPECT_EQ(mine.others(), QStringList{managerA.displayName});
}

TEST_F(EditingPresenceTest, ClosingAfterMarkingAgainLeavesNoMark)
{
    if (!onServer())
        GTEST_SKIP() << "A file is one computer (OnAFile…).";
    const Database other = Database::open(databaseLocation());
    const EditingPresence mine(db(), practitionerA1, childA1);
    {
        const EditingPresence theirs(other, managerA, childA1);
        theirs.renew();
        theirs.renew();
        EXPECT_EQ(mine.others(), QStringList{managerA.displayName});
    }
    EXPECT_TRUE(mine.others().isEmpty());
}

TEST_F(EditingPresenceTest, TheSamePersonOnTwoComputersIsNotNewsAndOthersAreAllNamed)
{
    if (!onServer())
        GTEST_SKIP() << "A file is one computer (OnAFile…).";
    const Database second = Database::open(databaseLocation());
    const Database third = Database::open(databaseLocation());
    const EditingPresence here(db(), managerA, childA1);
    const EditingPresence sameOnLaptop(second, managerA, childA1);
    EXPECT_TRUE(here.others().isEmpty());
    const EditingPresence colleague(third, practitionerA1, childA1);
    EXPECT_EQ(here.others(), QStringList{practitionerA1.displayName});
    EXPECT_EQ(colleague.others(), QStringList{managerA.displayName});
}

TEST_F(EditingPresenceTest, OnlyForAChildInScopeAndNobodyElseOnAFile)
{
    EXPECT_THROW(EditingPresence(db(), practitionerB, childA1), Error);
    EXPECT_THROW(EditingPresence(db(), admin, childA1), Error);
    if (onServer())
        return;
    const Database other = Database::open(databaseLocation());
    const EditingPresence mine(db(), practitionerA1, childA1);
    const EditingPresence theirs(other, managerA, childA1);
    EXPECT_TRUE(mine.others().isEmpty());
    EXPECT_TRUE(mine.hint().isEmpty());
}
