#include "AppFixture.h"

#include "admin/AccountDialog.h"
#include "admin/AccountsView.h"
#include "services/Authenticator.h"
#include "shell/LanguageManager.h"
#include "shell/MainWindow.h"
#include "shell/Session.h"
#include "store/ChildStore.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QListWidget>
#include <QTableWidget>
#include <QTest>

using namespace kz;

class AccountsViewTest : public AppFixture
{
};

TEST_F(AccountsViewTest, AnAdministratorCreatesAPractitionerForOneGroup)
{
    const Session admin{*m_db, login(QStringLiteral("beheer"))};
    MainWindow window(admin, *m_languages, *m_settings);
    window.resize(1200, 760);
    window.show();
    window.showWorkspace(MainWindow::Administration);
    AccountsView* accounts = window.accountsView();
    ASSERT_NE(accounts, nullptr);
    EXPECT_EQ(accounts->table()->rowCount(), 7);

    AccountDialog dialog(admin);
    dialog.usernameEdit()->setText(QStringLiteral("nina"));
    dialog.displayNameEdit()->setText(QStringLiteral("Nina Bos"));
    dialog.passwordEdit()->setText(QStringLiteral("eerste-dag-2026"));
    dialog.practitionerBox()->setChecked(true);
    QListWidget* groups = dialog.groupList();
    int egeltjes = -1;
    for (int i = 0; i < groups->count(); ++i)
        if (groups->item(i)->text().startsWith(QStringLiteral("Egeltjes")))
            egeltjes = i;
    ASSERT_GE(egeltjes, 0);
    groups->item(egeltjes)->setCheckState(Qt::Checked);
    screenshot(&dialog, QStringLiteral("new-account"));
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.errorText().toStdString();
    accounts->reload();
    EXPECT_EQ(accounts->table()->rowCount(), 8);
    screenshot(&window, QStringLiteral("accounts"));

    const Actor nina = Authenticator::login(*m_db, QStringLiteral("nina"), QStringLiteral("eerste-dag-2026"));
    const QList<ChildSummary> children = ChildStore(*m_db).list(nina);
    EXPECT_EQ(children.size(), 10);
    for (const ChildSummary& c : children)
        EXPECT_EQ(c.groupName, QStringLiteral("Egeltjes"));

    AccountDialog noRole(admin);
    noRole.usernameEdit()->setText(QStringLiteral("zonder"));
    noRole.displayNameEdit()->setText(QStringLiteral("Zonder Rol"));
    noRole.passwordEdit()->setText(QStringLiteral("eerste-dag-2026"));
    noRole.accept();
    EXPECT_FALSE(noRole.errorText().isEmpty());
}

TEST_F(AccountsViewTest, ManagersDoNotManageAccounts)
{
    const Session manager{*m_db, login(QStringLiteral("saskia"))};
    MainWindow window(manager, *m_languages, *m_settings);
    EXPECT_EQ(window.accountsView(), nullptr);
    AccountsView direct(manager); // even when built, core gives her nothing
    EXPECT_EQ(direct.table()->rowCount(), 0);
}
