#include "admin/AccountsView.h"

#include "AppFixture.h"
#include "admin/AccountDialog.h"
#include "services/Authenticator.h"
#include "shell/LanguageManager.h"
#include "shell/MainWindow.h"
#include "shell/Session.h"
#include "store/ChildStore.h"
#include "store/UserStore.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QTabWidget>
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
    // Administration opens on the audit trail; the accounts are the next tab but one, read when shown.
    EXPECT_EQ(accounts->table()->rowCount(), 0);
    auto* tabs = qobject_cast<QTabWidget*>(accounts->parentWidget()->parentWidget());
    ASSERT_NE(tabs, nullptr);
    tabs->setCurrentWidget(accounts);
    EXPECT_EQ(accounts->table()->rowCount(), 7);
    screenshot(&window, QStringLiteral("accounts-with-names"));

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

TEST_F(AccountsViewTest, AnAdministratorMovesAPractitionerToOtherGroupsAndTheListNamesThem)
{
    const Session admin{*m_db, login(QStringLiteral("beheer"))};
    AccountsView accounts(admin);
    QTableWidget* table = accounts.table();
    int fatimaRow = -1;
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 1)->text() == QLatin1String("fatima"))
            fatimaRow = row;
    ASSERT_GE(fatimaRow, 0);
    // Groups by name (with their location, as the demo has two), not "2 groups".
    EXPECT_TRUE(table->item(fatimaRow, 3)->text().contains(QStringLiteral("Dolfijnen")));
    EXPECT_TRUE(table->item(fatimaRow, 3)->text().contains(QStringLiteral("Egeltjes")));
    int saskiaRow = -1;
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 1)->text() == QLatin1String("saskia"))
            saskiaRow = row;
    ASSERT_GE(saskiaRow, 0);
    EXPECT_EQ(table->item(saskiaRow, 4)->text(), QStringLiteral("Kindcentrum De Vlinderhof"));

    table->selectRow(fatimaRow);
    whenModal([](QWidget* modal) {
        auto* dialog = qobject_cast<AccountDialog*>(modal);
        ASSERT_NE(dialog, nullptr);
        EXPECT_TRUE(dialog->usernameEdit()->isReadOnly());
        EXPECT_EQ(dialog->usernameEdit()->text(), QStringLiteral("fatima"));
        EXPECT_TRUE(dialog->practitionerBox()->isChecked());
        QListWidget* groups = dialog->groupList();
        int checked = 0;
        for (int i = 0; i < groups->count(); ++i) {
            QListWidgetItem* item = groups->item(i);
            if (item->checkState() == Qt::Checked)
                ++checked;
            // Egeltjes goes, Zeesterren comes; Dolfijnen stays.
            if (item->text().startsWith(QStringLiteral("Egeltjes")))
                item->setCheckState(Qt::Unchecked);
            if (item->text().startsWith(QStringLiteral("Zeesterren")))
                item->setCheckState(Qt::Checked);
        }
        EXPECT_EQ(checked, 2);
        dialog->displayNameEdit()->setText(QStringLiteral("Fatima El Idrissi-Bos"));
        screenshot(dialog, QStringLiteral("edit-account"));
        dialog->accept();
        EXPECT_EQ(dialog->result(), QDialog::Accepted) << dialog->errorText().toStdString();
    });
    accounts.editButton()->click();

    const QString groupsCell = table->item(table->currentRow(), 3)->text();
    EXPECT_TRUE(groupsCell.contains(QStringLiteral("Zeesterren"))) << groupsCell.toStdString();
    EXPECT_FALSE(groupsCell.contains(QStringLiteral("Egeltjes"))) << groupsCell.toStdString();
    EXPECT_EQ(table->item(table->currentRow(), 0)->text(), QStringLiteral("Fatima El Idrissi-Bos"));
    const Actor fatima = login(QStringLiteral("fatima"));
    QSet<QString> groupNames;
    for (const ChildSummary& c : ChildStore(*m_db).list(fatima))
        groupNames.insert(c.groupName);
    EXPECT_EQ(groupNames, (QSet<QString>{QStringLiteral("Dolfijnen"), QStringLiteral("Zeesterren")}));
}

TEST_F(AccountsViewTest, CoreRefusesToLeaveNoAdministrator)
{
    const Session admin{*m_db, login(QStringLiteral("beheer"))};
    const Actor beheer = admin.actor;
    // Marco is an administrator too; take that away from both and core must refuse the second.
    for (const User& u : UserStore(*m_db).list(beheer)) {
        if (!u.hasRole(Role::Admin))
            continue;
        AccountDialog dialog(admin, u);
        dialog.adminBox()->setChecked(false);
        if (!dialog.practitionerBox()->isChecked() && !dialog.managerBox()->isChecked())
            dialog.managerBox()->setChecked(true);
        dialog.accept();
        if (dialog.result() != QDialog::Accepted) {
            EXPECT_FALSE(dialog.errorText().isEmpty());
            return;
        }
    }
    ADD_FAILURE() << "every administrator lost the role";
}
