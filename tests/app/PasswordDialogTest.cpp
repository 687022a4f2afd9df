#include "shell/PasswordDialog.h"

#include "AppFixture.h"
#include "demo/DemoDatabase.h"
#include "services/Authenticator.h"
#include "shell/Session.h"
#include "store/UserStore.h"

#include <QLineEdit>
#include <QTest>
#include <memory>

using namespace kz;

class PasswordDialogTest : public AppFixture
{
};

TEST_F(PasswordDialogTest, ANewDatabaseGetsItsFirstAdministrator)
{
    const Database empty = Database::open(m_dir.filePath(QStringLiteral("empty.db")));
    std::unique_ptr<PasswordDialog> dialog(PasswordDialog::forFirstAdmin(empty));
    dialog->displayNameEdit()->setText(QStringLiteral("Beheerder"));
    dialog->newEdit()->setText(QStringLiteral("sterk-genoeg-42"));
    dialog->repeatEdit()->setText(QStringLiteral("sterk-genoeg-43"));
    dialog->accept();
    EXPECT_FALSE(dialog->errorText().isEmpty()); // not the same
    dialog->repeatEdit()->setText(QStringLiteral("sterk-genoeg-42"));
    screenshot(dialog.get(), QStringLiteral("first-admin"));
    dialog->accept();
    EXPECT_EQ(dialog->result(), QDialog::Accepted);
    EXPECT_EQ(dialog->createdUsername(), QStringLiteral("beheer"));
    EXPECT_NO_THROW(Authenticator::login(empty, QStringLiteral("beheer"), QStringLiteral("sterk-genoeg-42")));
}

TEST_F(PasswordDialogTest, AUserChangesHerOwnPassword)
{
    const Session session{*m_db, login(QStringLiteral("fatima"))};
    std::unique_ptr<PasswordDialog> dialog(PasswordDialog::forChange(session));
    dialog->currentEdit()->setText(QStringLiteral("niet goed"));
    dialog->newEdit()->setText(QStringLiteral("nieuw-wachtwoord-7"));
    dialog->repeatEdit()->setText(QStringLiteral("nieuw-wachtwoord-7"));
    dialog->accept();
    EXPECT_FALSE(dialog->errorText().isEmpty());
    dialog->currentEdit()->setText(QString::fromLatin1(DemoDatabase::password));
    dialog->accept();
    EXPECT_EQ(dialog->result(), QDialog::Accepted);
    EXPECT_NO_THROW(
        Authenticator::login(*m_db, QStringLiteral("fatima"), QStringLiteral("nieuw-wachtwoord-7")));
}
