// On a server a person's login follows her Kindzicht account: an administrator who adds an
// account, resets its password or deactivates it changes the login too, through the owner's
// functions; the password reaches the server only as a SCRAM verifier, and an administrator cannot
// take over a login that is not an everyday Kindzicht one.
#include "Error.h"
#include "ServerFixture.h"
#include "db/Database.h"
#include "db/DatabaseAddress.h"
#include "db/SqlQuery.h"
#include "db/postgres/PostgresLogins.h"
#include "services/Authenticator.h"
#include "store/UserStore.h"

using namespace kz;

class ServerLoginTest : public ServerFixture
{
protected:
    void SetUp() override
    {
        ServerFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        admin = uniqueName(QStringLiteral("beheer"));
        prepare(admin);
    }
    // Whether the login's stored verifier is the one of `secret` (made again with its salt).
    bool loginHasPassword(const QString& login, const QString& secret) const
    {
        const QString stored = superuser().scalar(
            QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = '%1'").arg(login));
        const QString salt = stored.section(QLatin1Char('$'), 1, 1).section(QLatin1Char(':'), 1);
        return stored.startsWith(QStringLiteral("SCRAM-SHA-256$4096:")) &&
               stored == PostgresLogins::scramVerifier(secret, QByteArray::fromBase64(salt.toLatin1()));
    }
    QString canLogIn(const QString& login) const
    {
        return superuser().scalar(QStringLiteral("SELECT rolcanlogin AND pg_has_role(oid, 'kindzicht_user', "
                                                 "'MEMBER') FROM pg_roles WHERE rolname = '%1'")
                                      .arg(login));
    }
    Actor adminOn(const Database& db) const
    {
        return Authenticator::login(db, admin, QString::fromLatin1(password));
    }
    qint64 addAccount(const Database& db, const QString& name, const QString& secret) const
    {
        User user;
        user.username = name;
        user.displayName = QStringLiteral("Anna de Vries");
        user.roles = {Role::Practitioner};
        return UserStore(db).create(adminOn(db), user, secret);
    }

    QString admin;
};

TEST(ScramVerifierTest, MatchesAnIndependentComputation)
{
    // Python's hashlib.pbkdf2_hmac and hmac, salt bytes 0..15.
    QByteArray salt;
    for (char i = 0; i < 16; ++i)
        salt.append(i);
    EXPECT_EQ(PostgresLogins::scramVerifier(QStringLiteral("Zomer-Strand-2031"), salt),
              QStringLiteral(
                  "SCRAM-SHA-256$4096:AAECAwQFBgcICQoLDA0ODw==$arYai8DVrTyxqgO1f3hUKhdmRmsE/Fe5rJHYO8Bw4ZE="
                  ":M46E7QUG47IsK+I0j0ZfnfPdxgRsP4z+NswLdVtxMVI="));
    EXPECT_NE(PostgresLogins::scramVerifier(QStringLiteral("x")),
              PostgresLogins::scramVerifier(QStringLiteral("x")));
}

TEST_F(ServerLoginTest, TheAccountsLoginFollowsItsPasswordAndItsEnd)
{
    EXPECT_TRUE(loginHasPassword(admin, QString::fromLatin1(password))); // set by server init
    const Database asAdmin = Database::open(address(admin));
    const QString anna = uniqueName(QStringLiteral("anna"));
    const qint64 id = addAccount(asAdmin, anna, QStringLiteral("Zomer-Strand-2031"));
    EXPECT_EQ(canLogIn(anna), QStringLiteral("true"));
    EXPECT_TRUE(loginHasPassword(anna, QStringLiteral("Zomer-Strand-2031")));

    UserStore(asAdmin).resetPassword(adminOn(asAdmin), id, QStringLiteral("Herfst-Bos-2032"));
    EXPECT_TRUE(loginHasPassword(anna, QStringLiteral("Herfst-Bos-2032")));

    const Database asAnna = Database::open(address(anna));
    UserStore(asAnna).changeOwnPassword(Authenticator::login(asAnna, anna, QStringLiteral("Herfst-Bos-2032")),
                                        QStringLiteral("Herfst-Bos-2032"), QStringLiteral("Winter-IJs-2033"));
    EXPECT_TRUE(loginHasPassword(anna, QStringLiteral("Winter-IJs-2033")));
    // Her own password she may change; another's login she may not touch.
    const QString verifier = PostgresLogins::scramVerifier(QStringLiteral("Overgenomen-2034"));
    EXPECT_ANY_THROW(
        SqlQuery::run(asAnna, QStringLiteral("SELECT kindzicht_set_login('%1', '%2')").arg(admin, verifier)));
    EXPECT_TRUE(loginHasPassword(admin, QString::fromLatin1(password)));

    // The server itself takes the password: her login connects with it, not with another.
    ASSERT_EQ(superuser().run(QStringLiteral("GRANT kz_password_users TO %1").arg(anna)), QString());
    const DatabaseAddress annasAddress = DatabaseAddress::parse(address(anna));
    EXPECT_NO_THROW(Database::openServer(annasAddress, QStringLiteral("Winter-IJs-2033")));
    EXPECT_THROW(Database::openServer(annasAddress, QStringLiteral("Herfst-Bos-2032")), Error);

    UserStore(asAdmin).deactivate(adminOn(asAdmin), id);
    EXPECT_EQ(canLogIn(anna), QStringLiteral("false"));
    EXPECT_THROW(Database::openServer(annasAddress, QStringLiteral("Winter-IJs-2033")), Error);
}

TEST_F(ServerLoginTest, AnAdministratorCannotTakeOverALoginThatIsNotAnEverydayOne)
{
    // The IT person's login, in kindzicht_owner: an account of the same name is refused whole.
    const QString it = uniqueName(QStringLiteral("ict"));
    ASSERT_EQ(
        superuser().run(
            QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'geheim-van-ict' IN ROLE kindzicht_owner").arg(it)),
        QString());
    const QString before =
        superuser().scalar(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = '%1'").arg(it));
    const Database asAdmin = Database::open(address(admin));
    try {
        addAccount(asAdmin, it, QStringLiteral("Zomer-Strand-2031"));
        FAIL() << "an administrator took over the IT person's login";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::Conflict);
        EXPECT_TRUE(e.userMessage().contains(it)) << qPrintable(e.userMessage());
    }
    EXPECT_EQ(superuser().scalar(QStringLiteral("SELECT COUNT(*) FROM users WHERE username = '%1'").arg(it)),
              QStringLiteral("0"));
    EXPECT_EQ(
        superuser().scalar(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = '%1'").arg(it)),
        before);
    // Nor a login of something else on the server, outside kindzicht_user.
    const QString other = uniqueName(QStringLiteral("grafana"));
    ASSERT_EQ(superuser().run(QStringLiteral("CREATE ROLE %1 LOGIN").arg(other)), QString());
    EXPECT_THROW(addAccount(asAdmin, other, QStringLiteral("Zomer-Strand-2031")), Error);
    EXPECT_EQ(
        superuser().scalar(QStringLiteral("SELECT pg_has_role('%1', 'kindzicht_user', 'MEMBER')").arg(other)),
        QStringLiteral("false"));
}

TEST_F(ServerLoginTest, ThePasswordSheConnectedWithOpensHerAccount)
{
    const Database asAdmin = Database::open(address(admin));
    EXPECT_FALSE(Authenticator::loginAsConnected(asAdmin).has_value()); // connected without a password
    const QString anna = uniqueName(QStringLiteral("anna"));
    addAccount(asAdmin, anna, QStringLiteral("Zomer-Strand-2031"));
    ASSERT_EQ(superuser().run(QStringLiteral("GRANT kz_password_users TO %1").arg(anna)), QString());
    const DatabaseAddress annasAddress = DatabaseAddress::parse(address(anna));
    {
        const Database db = Database::openServer(annasAddress, QStringLiteral("Zomer-Strand-2031"));
        const std::optional<Actor> actor = Authenticator::loginAsConnected(db);
        ASSERT_TRUE(actor.has_value());
        EXPECT_EQ(actor->username, anna);
    }
    EXPECT_EQ(superuser().scalar(QStringLiteral("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1")),
              QStringLiteral("login"));

    // Her login's password changed elsewhere (psql \password): the account's asks as usual, and
    // the attempt is neither counted nor audited as a failure.
    ASSERT_EQ(superuser().run(QStringLiteral("ALTER ROLE %1 PASSWORD 'Anders-Gezet-2035'").arg(anna)),
              QString());
    const QString audited = superuser().scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    const Database db = Database::openServer(annasAddress, QStringLiteral("Anders-Gezet-2035"));
    EXPECT_FALSE(Authenticator::loginAsConnected(db).has_value());
    EXPECT_EQ(superuser().scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")), audited);
    EXPECT_EQ(superuser().scalar(QStringLiteral("SELECT COUNT(*) FROM login_failures")), QStringLiteral("0"));
    EXPECT_NO_THROW(Authenticator::login(db, anna, QStringLiteral("Zomer-Strand-2031")));
}
