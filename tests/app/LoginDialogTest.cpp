#include "shell/LoginDialog.h"

#include "AppFixture.h"
#include "demo/DemoDatabase.h"

#include <QLineEdit>
#include <QTest>

using namespace kz;

class LoginDialogTest : public AppFixture
{
};

TEST_F(LoginDialogTest, AWrongPasswordKeepsTheDialogOpenWithAMessage)
{
    LoginDialog dialog(*m_db, QStringLiteral("fatima"), true);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    EXPECT_TRUE(dialog.passwordEdit()->hasFocus());
    QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("wrong"));
    QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_FALSE(dialog.actor().has_value());
    EXPECT_FALSE(dialog.errorText().isEmpty());
    EXPECT_TRUE(dialog.passwordEdit()->text().isEmpty());
    screenshot(&dialog, QStringLiteral("login-error"));

    QTest::keyClicks(dialog.passwordEdit(), QString::fromLatin1(DemoDatabase::password));
    QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
    ASSERT_TRUE(dialog.actor().has_value());
    EXPECT_EQ(dialog.actor()->username, QStringLiteral("fatima"));
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
}
