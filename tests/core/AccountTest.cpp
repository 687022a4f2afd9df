#include "Clock.h"
#include "CoreFixture.h"
#include "Error.h"
#include "domain/Validator.h"
#include "services/Authenticator.h"
#include "store/UserStore.h"

using namespace kz;

class AccountTest : public CoreFixture
{
protected:
    void SetUp() override
    {
        CoreFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        User u;
        u.username = QStringLiteral("sanne");
        u.displayName = QStringLiteral("Sanne");
        u.roles = {Role::Practitioner};
        u.groupIds = {groupA1};
        sanne = UserStore(db()).create(admin, u, QStringLiteral("appel-boom-12"));
    }
    qint64 sanne = 0;
};

TEST_F(AccountTest, WeakPasswordsAreRefused)
{
    for (const char* weak : {"kort1", "alleenletters", "1234567890", "sanne-2024-x"})
        EXPECT_THROW(Validator::checkPassword(QString::fromLatin1(weak), QStringLiteral("sanne")), Error)
            << weak;
    EXPECT_NO_THROW(Validator::checkPassword(QStringLiteral("appel-boom-12"), QStringLiteral("sanne")));
    EXPECT_NO_THROW(
        Validator::checkPassword(QStringLiteral("eenheellangezinzonderiets"), QStringLiteral("sanne")));
}

TEST_F(AccountTest, RepeatedFailuresMakeTheNextTryWait)
{
    const QDateTime start = Clock::nowUtc();
    for (int i = 0; i < 3; ++i)
        EXPECT_THROW(Authenticator::login(db(), QStringLiteral("sanne"), QStringLiteral("fout"), start),
                     Error);
    // Now even the right password waits.
    try {
        Authenticator::login(db(), QStringLiteral("sanne"), QStringLiteral("appel-boom-12"),
                             start.addSecs(1));
        FAIL() << "no delay after three failures";
    } catch (const Error& e) {
        EXPECT_TRUE(e.userMessage().contains(QStringLiteral("try again"))) << e.userMessage().toStdString();
    }
    EXPECT_EQ(Authenticator::secondsToWait(3), 2);
    EXPECT_EQ(Authenticator::secondsToWait(4), 4);
    EXPECT_EQ(Authenticator::secondsToWait(30), 300);
    // After the wait the right password works, and clears the count.
    EXPECT_NO_THROW(Authenticator::login(db(), QStringLiteral("sanne"), QStringLiteral("appel-boom-12"),
                                         start.addSecs(3)));
    EXPECT_THROW(
        Authenticator::login(db(), QStringLiteral("sanne"), QStringLiteral("fout"), start.addSecs(4)), Error);
    EXPECT_NO_THROW(Authenticator::login(db(), QStringLiteral("sanne"), QStringLiteral("appel-boom-12"),
                                         start.addSecs(4)));
}

TEST_F(AccountTest, UsersChangeTheirOwnPasswordAndAdminsResetThem)
{
    const Actor me = Authenticator::login(db(), QStringLiteral("sanne"), QStringLiteral("appel-boom-12"));
    EXPECT_THROW(
        UserStore(db()).changeOwnPassword(me, QStringLiteral("niet-goed-1"), QStringLiteral("peer-tak-345")),
        Error);
    EXPECT_THROW(
        UserStore(db()).changeOwnPassword(me, QStringLiteral("appel-boom-12"), QStringLiteral("kort")),
        Error);
    UserStore(db()).changeOwnPassword(me, QStringLiteral("appel-boom-12"), QStringLiteral("peer-tak-345"));
    EXPECT_NO_THROW(Authenticator::login(db(), QStringLiteral("sanne"), QStringLiteral("peer-tak-345")));

    EXPECT_THROW(UserStore(db()).resetPassword(managerA, sanne, QStringLiteral("nieuw-begin-9")), Error);
    UserStore(db()).resetPassword(admin, sanne, QStringLiteral("nieuw-begin-9"));
    EXPECT_NO_THROW(Authenticator::login(db(), QStringLiteral("sanne"), QStringLiteral("nieuw-begin-9")));
    UserStore(db()).deactivate(admin, sanne);
    EXPECT_THROW(Authenticator::login(db(), QStringLiteral("sanne"), QStringLiteral("nieuw-begin-9")), Error);
}

// Unlocking her own session, the name is on the screen: a refusal names the password only, and
// counts as a failed login like any other.
TEST_F(AccountTest, ConfirmingAKnownUserSaysThePasswordIsWrong)
{
    const QDateTime start = Clock::nowUtc();
    try {
        Authenticator::confirm(db(), QStringLiteral("sanne"), QStringLiteral("fout"), start);
        ADD_FAILURE() << "a wrong password was accepted";
    } catch (const Error& e) {
        EXPECT_EQ(e.userMessage(), QStringLiteral("The password is not right."));
    }
    try {
        Authenticator::login(db(), QStringLiteral("sanne"), QStringLiteral("fout"), start.addSecs(1));
        ADD_FAILURE() << "a wrong password was accepted";
    } catch (const Error& e) {
        EXPECT_EQ(e.userMessage(), QStringLiteral("The user name or password is not right."));
    }
    // The third failure in a row (either way) makes the next try wait.
    EXPECT_THROW(
        Authenticator::confirm(db(), QStringLiteral("sanne"), QStringLiteral("fout"), start.addSecs(2)),
        Error);
    EXPECT_THROW(Authenticator::confirm(db(), QStringLiteral("sanne"), QStringLiteral("appel-boom-12"),
                                        start.addSecs(2)),
                 Error);
    EXPECT_EQ(Authenticator::confirm(db(), QStringLiteral("sanne"), QStringLiteral("appel-boom-12"),
                                     start.addSecs(60))
                  .username,
              QStringLiteral("sanne"));
}
