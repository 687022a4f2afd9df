// kindzicht-cli server init and server upgrade against the run's throwaway PostgreSQL server.
#include "../QtPrinters.h"
#include "CommandLineFixture.h"
#include "ThrowawayPostgres.h"

#include <QRandomGenerator>
#include <gtest/gtest.h>
#include <memory>

using namespace kz;

class ServerCommandLineTest : public CommandLineFixture
{
protected:
    void SetUp() override
    {
        KZ_REQUIRE_POSTGRES(socket);
        m_socket = *socket;
        m_database = std::make_unique<test::ScratchPostgresDatabase>(m_socket);
        ASSERT_TRUE(m_database->created());
        // Login roles are the whole server's: a name of this test's own.
        m_admin = QStringLiteral("beheer%1").arg(QRandomGenerator::global()->bounded(1u << 30));
    }
    void TearDown() override { m_database.reset(); }
    QString uri(const QString& login = QStringLiteral("postgres")) const
    {
        return QStringLiteral("postgresql://%1@/%2?host=%3").arg(login, m_database->name(), m_socket);
    }

    QString m_socket;
    QString m_admin;
    std::unique_ptr<test::ScratchPostgresDatabase> m_database;
};

TEST_F(ServerCommandLineTest, ServerInitPreparesTheDatabaseAndTheAdministratorLogsInThroughHerLogin)
{
    const QString password = QStringLiteral("Vlinder-2024-Wolk");
    const Result made =
        run({QStringLiteral("server"), QStringLiteral("init"), uri(), QStringLiteral("--admin"), m_admin},
            password);
    ASSERT_EQ(made.code, 0) << made.err.toStdString();
    EXPECT_TRUE(made.out.contains(QStringLiteral("ready at schema version"))) << made.out.toStdString();
    // The login's password is set by the command itself: no psql \password afterwards.
    EXPECT_TRUE(made.out.contains(
        QStringLiteral("Login role %1 created in kindzicht_user, with the password given").arg(m_admin)))
        << made.out.toStdString();
    EXPECT_FALSE(made.out.contains(QStringLiteral("\\password"))) << made.out.toStdString();
    EXPECT_EQ(made.err, QString()); // the superuser set the log settings itself

    const Result users = run({QStringLiteral("--database"), uri(m_admin), QStringLiteral("--user"), m_admin,
                              QStringLiteral("users"), QStringLiteral("list")},
                             password);
    ASSERT_EQ(users.code, 0) << users.err.toStdString();
    EXPECT_TRUE(users.out.contains(m_admin));

    const Result again = run({QStringLiteral("server"), QStringLiteral("init"), uri(),
                              QStringLiteral("--admin"), QStringLiteral("nogeen")},
                             password);
    EXPECT_EQ(again.code, 1);
    EXPECT_TRUE(again.err.contains(QStringLiteral("already"))) << again.err.toStdString();

    const Result upgrade = run({QStringLiteral("server"), QStringLiteral("upgrade"), uri()});
    ASSERT_EQ(upgrade.code, 0) << upgrade.err.toStdString();
    EXPECT_TRUE(upgrade.out.contains(QStringLiteral("already"))) << upgrade.out.toStdString();
}

TEST_F(ServerCommandLineTest, ServerInitWantsAnAdministratorAndHerPassword)
{
    const Result bare = run({QStringLiteral("server"), QStringLiteral("init"), uri()});
    EXPECT_EQ(bare.code, 2);
    EXPECT_TRUE(bare.err.contains(QStringLiteral("--admin"))) << bare.err.toStdString();
    const Result noPassword =
        run({QStringLiteral("server"), QStringLiteral("init"), uri(), QStringLiteral("--admin"), m_admin},
            QString());
    EXPECT_EQ(noPassword.code, 1);
    EXPECT_TRUE(noPassword.err.contains(QStringLiteral("KINDZICHT_PASSWORD")))
        << noPassword.err.toStdString();
    const Result family = run({QStringLiteral("server"), QStringLiteral("start")});
    EXPECT_EQ(family.code, 2);
    EXPECT_TRUE(family.err.contains(QStringLiteral("server init URI"))) << family.err.toStdString();
}
