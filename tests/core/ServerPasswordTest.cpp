// A login that must give its password to the server (scram-sha-256, as a real server asks): opening
// without it or with a wrong one is refused as a matter of access, and leaves nothing open; the
// right one opens the database, and the password is in no address.
#include "Error.h"
#include "ServerFixture.h"
#include "db/Database.h"
#include "db/DatabaseAddress.h"
#include "db/Migrations.h"
#include "db/SqlQuery.h"
#include "services/Authenticator.h"

#include <QSqlDatabase>
#include <QThread>

using namespace kz;

class ServerPasswordTest : public ServerFixture
{
protected:
    void SetUp() override
    {
        ServerFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        m_login = uniqueName(QStringLiteral("wachtwoord"));
        prepare(m_login);
        ASSERT_EQ(test::requirePassword(*m_socket, m_login, QString::fromLatin1(serverPassword)), QString());
    }

    DatabaseAddress loginAddress() const { return DatabaseAddress::parse(address(m_login)); }

    // How the attempt to open failed; Kind::Validation (never thrown here) when it opened.
    Error::Kind refusal(const QString& given, QString* message = nullptr) const
    {
        try {
            Database::openServer(loginAddress(), given);
        } catch (const Error& e) {
            if (message)
                *message = e.userMessage();
            return e.kind();
        }
        return Error::Kind::Validation;
    }

    // Sessions of this login on the server (a refused one leaves none).
    QString sessionsOfLogin() const
    {
        return superuser().scalar(
            QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE usename = '%1'").arg(m_login));
    }

    // The server's password for the login: not the Kindzicht password of her account.
    static constexpr const char* serverPassword = "Zon-Op-Het-Dak-7";
    QString m_login;
};

TEST_F(ServerPasswordTest, WithoutAPasswordTheServerAsksForIt)
{
    QString message;
    EXPECT_EQ(refusal(QString(), &message), Error::Kind::AccessDenied);
    EXPECT_EQ(message, QStringLiteral("The server asks for the password of %1.").arg(m_login));
    // The address alone, as --database gives it, is refused the same way.
    try {
        Database::open(address(m_login));
        FAIL() << "opened without the password";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::AccessDenied);
    }
}

TEST_F(ServerPasswordTest, AWrongPasswordIsRefusedAndNothingStaysOpen)
{
    const QStringList connectionsBefore = QSqlDatabase::connectionNames();
    QString message;
    EXPECT_EQ(refusal(QStringLiteral("Zon-Op-Het-Dak-8"), &message), Error::Kind::AccessDenied);
    EXPECT_EQ(message, QStringLiteral("The server refused the password of %1.").arg(m_login));
    // The Kindzicht password of her account is not the server's.
    EXPECT_EQ(refusal(QString::fromLatin1(password)), Error::Kind::AccessDenied);
    EXPECT_EQ(QSqlDatabase::connectionNames(), connectionsBefore);
    EXPECT_EQ(sessionsOfLogin(), QStringLiteral("0"));
}

TEST_F(ServerPasswordTest, TheRightPasswordOpensTheDatabaseAndStaysOutOfItsAddress)
{
    const Database db = Database::openServer(loginAddress(), QString::fromLatin1(serverPassword));
    EXPECT_TRUE(db.isServer());
    EXPECT_EQ(db.schemaVersion(), Migrations::currentVersion());
    EXPECT_FALSE(db.path().contains(QString::fromLatin1(serverPassword)));
    EXPECT_EQ(db.path(), loginAddress().toString());
    const Actor actor = Authenticator::login(db, m_login, QString::fromLatin1(password));
    EXPECT_TRUE(actor.roles.contains(Role::Admin));
    EXPECT_EQ(sessionsOfLogin(), QStringLiteral("1"));
}

TEST_F(ServerPasswordTest, AfterALostConnectionTheNextStatementReconnectsWithThePasswordGiven)
{
    const Database db = Database::openServer(loginAddress(), QString::fromLatin1(serverPassword));
    const QString before = SqlQuery(db, QStringLiteral("SELECT pg_backend_pid()")).scalar()->toString();
    ASSERT_EQ(superuser().scalar(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(before)),
              QStringLiteral("true"));
    for (int i = 0; i < 100 && sessionsOfLogin() != QLatin1String("0"); ++i)
        QThread::msleep(20);
    const QString after = SqlQuery(db, QStringLiteral("SELECT pg_backend_pid()")).scalar()->toString();
    EXPECT_NE(after, before);
}
