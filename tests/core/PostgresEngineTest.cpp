#include "CoreFixture.h"
#include "Error.h"
#include "ThrowawayPostgres.h"
#include "db/Migrations.h"
#include "demo/DemoDatabase.h"
#include "store/ChildStore.h"

#include <gtest/gtest.h>

using namespace kz;

// The core on the organisation's server: the fixture's organisation (accounts, locations, groups,
// children, each write audited) built on a database of its own on the run's PostgreSQL, and the
// rules read back from it. Runs whatever KINDZICHT_TEST_ENGINE says.

namespace {

class PostgresEngineTest : public CoreFixture
{
protected:
    void SetUp() override
    {
        qputenv("KINDZICHT_TEST_ENGINE", "postgres");
        CoreFixture::SetUp();
    }
    void TearDown() override
    {
        CoreFixture::TearDown();
        qputenv("KINDZICHT_TEST_ENGINE", m_engine);
    }
    QByteArray m_engine = qgetenv("KINDZICHT_TEST_ENGINE");
};

} // namespace

TEST_F(PostgresEngineTest, ANewServerDatabaseIsAtTheCurrentSchemaAndOpensAgain)
{
    EXPECT_EQ(db().schemaVersion(), Migrations::currentVersion());
    EXPECT_TRUE(db().sqliteVersion().startsWith(QStringLiteral("PostgreSQL 15")));
    const Database again = Database::open(databaseLocation());
    EXPECT_EQ(again.schemaVersion(), Migrations::currentVersion());
    EXPECT_GT(countRows(QStringLiteral("audit_log")), 0);
}

TEST_F(PostgresEngineTest, EachPractitionerSeesTheChildOfHerOwnGroupOnly)
{
    ChildStore children(db());
    EXPECT_EQ(children.get(practitionerA1, childA1).givenName, QStringLiteral("Anna"));
    EXPECT_THROW(children.get(practitionerA1, childB1), Error);
    EXPECT_THROW(children.get(practitionerB, childA1), Error);
}

TEST_F(PostgresEngineTest, TheDemoGoesIntoAnEmptyServerDatabaseOnly)
{
    // The fixture's organisation is there already: the demo is refused and nothing is added.
    const qint64 children = countRows(QStringLiteral("children"));
    try {
        DemoDatabase::create(databaseLocation());
        ADD_FAILURE() << "the demo was written over an organisation";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::Conflict);
    }
    EXPECT_EQ(countRows(QStringLiteral("children")), children);

    KZ_REQUIRE_POSTGRES(socket);
    const test::ScratchPostgresDatabase empty(*socket);
    ASSERT_TRUE(empty.created());
    const QString address = QStringLiteral("postgresql://postgres@/%1?host=%2").arg(empty.name(), *socket);
    const DemoSummary summary = DemoDatabase::create(address);
    EXPECT_GT(summary.children, 0);
    const Database demo = Database::open(address);
    EXPECT_TRUE(demo.isServer());
    EXPECT_TRUE(DemoDatabase::isDemo(demo));
}
