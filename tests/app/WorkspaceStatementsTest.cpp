#include "../QtPrinters.h"
#include "admin/AccountsView.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "demo/DemoDatabase.h"
#include "demo/SyntheticOrganisation.h"
#include "groupneeds/GroupNeedsView.h"
#include "services/Authenticator.h"
#include "settings/Settings.h"
#include "shell/LanguageManager.h"
#include "shell/MainWindow.h"
#include "shell/Session.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMap>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <functional>
#include <gtest/gtest.h>
#include <iostream>

using namespace kz;

namespace {

// Each attention list reads its first page when its tab is shown, and the next on "show more".
void countAttentionLists(GroupNeedsView& view, const std::function<void(const QString&)>& count)
{
    QTabWidget* lists = view.attention();
    for (int i = 1; i < lists->count(); ++i) {
        lists->setCurrentIndex(i);
        count(QStringLiteral("attention list %1").arg(i));
    }
    lists->setCurrentIndex(0); // read already: nothing to read
    count(QStringLiteral("attention list 0 again"));
    auto* list = qobject_cast<QTreeWidget*>(lists->currentWidget());
    QTreeWidgetItem* more = list ? list->topLevelItem(list->topLevelItemCount() - 1) : nullptr;
    if (more && more->data(0, Qt::UserRole).toLongLong() == 0) { // "show more", not a child
        emit list->itemActivated(more, 0);
        count(QStringLiteral("attention list: show more"));
    }
}

// The statements each workspace runs when it is opened, by a director who manages every location
// (and administers the organisation, so every page of the window is there).
QMap<QString, qint64> statementsPerWorkspace(const SyntheticSize& size)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("organisation.db"));
    {
        const Database db = Database::open(path);
        SyntheticOrganisation::generate(db, size);
        // The director: manager1 given every location and the admin role (test set-up only).
        SqlQuery::run(
            db, QStringLiteral("INSERT OR IGNORE INTO user_locations (user_id, location_id) SELECT u.id, "
                               "l.id FROM users u, locations l WHERE u.username = 'manager1'"));
        SqlQuery::run(db,
                      QStringLiteral("INSERT INTO user_roles (user_id, role) SELECT id, 'admin' FROM users "
                                     "WHERE username = 'manager1'"));
    }
    const Database db = Database::open(path);
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    LanguageManager languages(settings);
    const Session session{db, Authenticator::login(db, QStringLiteral("manager1"),
                                                   QString::fromLatin1(DemoDatabase::password))};
    QMap<QString, qint64> counts;
    MainWindow window(session, languages, settings);
    // Group needs counts on a connection of its own: its statements count too.
    auto executed = [&] {
        return db.statementCount().executed + window.groupNeedsView()->backgroundStatements();
    };
    qint64 before = executed();
    auto count = [&](const QString& name) {
        QCoreApplication::processEvents();
        counts.insert(name, executed() - before);
        before = executed();
    };
    window.show();
    count(QStringLiteral("window with the children"));
    const QList<std::pair<QString, MainWindow::Workspace>> workspaces = {
        {QStringLiteral("search"), MainWindow::Search},
        {QStringLiteral("sociale kaart"), MainWindow::SocialMap},
        {QStringLiteral("group needs"), MainWindow::GroupNeeds},
        {QStringLiteral("handover"), MainWindow::Handover},
        {QStringLiteral("audit trail"), MainWindow::Administration}};
    for (const auto& [name, workspace] : workspaces) {
        window.showWorkspace(workspace);
        count(name);
        if (workspace == MainWindow::GroupNeeds)
            countAttentionLists(*window.groupNeedsView(), count);
    }
    auto* tabs = qobject_cast<QTabWidget*>(window.accountsView()->parentWidget()->parentWidget());
    EXPECT_NE(tabs, nullptr);
    const QStringList tabNames = {QString(), QStringLiteral("locations and groups"),
                                  QStringLiteral("accounts"), QStringLiteral("retention and backup")};
    for (int tab = 1; tabs && tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        count(tabNames.value(tab));
    }
    window.showWorkspace(MainWindow::Children);
    count(QStringLiteral("children again")); // loaded already: nothing to read
    return counts;
}

} // namespace

// The window and each workspace opened by a director of a thousand children and of twenty
// thousand (about 20 s together on a busy 2-core machine, most of it generating the organisations).
class WorkspaceStatementsTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        QElapsedTimer timer;
        timer.start();
        small = statementsPerWorkspace({.locations = 10, .children = 1000, .observations = 2000});
        large = statementsPerWorkspace({.locations = 100, .children = 20000, .observations = 40000});
        std::cout << "statements per workspace at 20,000 children: ";
        for (auto it = large.cbegin(); it != large.cend(); ++it)
            std::cout << it.key().toStdString() << " " << it.value() << "; ";
        std::cout << "(both organisations in " << timer.elapsed() << " ms)" << std::endl;
    }

    static void expectBounded(const QString& workspace)
    {
        SCOPED_TRACE(workspace.toStdString());
        ASSERT_TRUE(large.contains(workspace));
        EXPECT_EQ(small.value(workspace), large.value(workspace));
        EXPECT_LE(large.value(workspace), 25);
    }

    static inline QMap<QString, qint64> small;
    static inline QMap<QString, qint64> large;
};

// Opening the window and each workspace runs a fixed number of statements, whether the
// organisation has a thousand children or twenty thousand: nothing is read per child.
TEST_F(WorkspaceStatementsTest, EachWorkspaceOpensWithTheSameStatementsAtEveryScale)
{
    for (const char* workspace : {"window with the children", "search", "sociale kaart", "group needs",
                                  "audit trail", "locations and groups", "retention and backup"})
        expectBounded(QString::fromLatin1(workspace));
    EXPECT_EQ(large.value(QStringLiteral("children again")), 0); // loaded already: nothing to read
    EXPECT_EQ(large.value(QStringLiteral("search")), 0);         // nothing until something is asked
}

// Group needs opens with the figures and the counts of its attention lists; each list reads one
// page when its tab is shown, and one more on "show more".
TEST_F(WorkspaceStatementsTest, AttentionListsReadAPageWhenShownAtEveryScale)
{
    for (int i = 1; i < 5; ++i) {
        const QString list = QStringLiteral("attention list %1").arg(i);
        SCOPED_TRACE(list.toStdString());
        ASSERT_TRUE(large.contains(list));
        EXPECT_EQ(small.value(list), large.value(list));
        EXPECT_LE(large.value(list), 1);
    }
    EXPECT_EQ(large.value(QStringLiteral("attention list 0 again")), 0);
    EXPECT_EQ(large.value(QStringLiteral("attention list: show more")), 1);
    EXPECT_EQ(small.value(QStringLiteral("attention list: show more")), 1);
}

// The handover reads its candidates, their handovers and sent snapshots set-based, the accounts
// their roles and scopes in one statement: nothing per child or per account.
TEST_F(WorkspaceStatementsTest, HandoverAndAccountsOpenWithTheSameStatementsAtEveryScale)
{
    expectBounded(QStringLiteral("handover"));
    expectBounded(QStringLiteral("accounts"));
}
