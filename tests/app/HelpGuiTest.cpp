#include "AppFixture.h"
#include "children/ChildListModel.h"
#include "children/ChildrenView.h"
#include "help/HelpController.h"
#include "help/HelpWindow.h"
#include "help/ShortcutOverview.h"
#include "shell/MainWindow.h"
#include "shell/Session.h"

#include <QAction>
#include <QFile>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

using namespace kz;

class HelpGuiTest : public AppFixture
{
protected:
    void showWindow(MainWindow& window)
    {
        window.resize(1200, 760);
        window.show();
        window.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    }
    // F1 as the user presses it.
    HelpWindow* pressF1(MainWindow& window)
    {
        QTest::keyClick(&window, Qt::Key_F1);
        return window.help()->helpWindow();
    }
};

TEST_F(HelpGuiTest, EveryWorkspaceHasAManualPageInDutchAndEnglish)
{
    for (const QString& language : {QStringLiteral("nl"), QStringLiteral("en")})
        for (const QString& page : HelpWindow::pages()) {
            QFile file(QStringLiteral(":/help/%1/%2.html").arg(language, page));
            ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << file.fileName().toStdString();
            const QString html = QString::fromUtf8(file.readAll());
            EXPECT_TRUE(html.contains(QStringLiteral("<h1>"))) << file.fileName().toStdString();
            EXPECT_GT(html.size(), 800) << file.fileName().toStdString();
        }
}

TEST_F(HelpGuiTest, F1OpensTheManualAtTheWorkspaceInFrontInTheInterfaceLanguage)
{
    useLanguage(QStringLiteral("nl"));
    const Session session{*m_db, login(QStringLiteral("saskia"))};
    MainWindow window(session, *m_languages, *m_settings);
    showWindow(window);

    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    ASSERT_EQ(window.currentWorkspace(), MainWindow::GroupNeeds);
    HelpWindow* help = pressF1(window);
    ASSERT_NE(help, nullptr);
    EXPECT_TRUE(help->isVisible());
    EXPECT_EQ(help->currentPage(), QStringLiteral("groupneeds"));
    EXPECT_EQ(help->language(), QStringLiteral("nl"));
    EXPECT_TRUE(help->browser()->toPlainText().contains(
        QStringLiteral("De kleur hangt af van de grootte van de groep")));
    screenshot(help, QStringLiteral("help-groupneeds-nl"));

    // The interface switches to English: the open page follows.
    useLanguage(QStringLiteral("en"));
    EXPECT_EQ(help->language(), QStringLiteral("en"));
    EXPECT_EQ(help->currentPage(), QStringLiteral("groupneeds"));
    EXPECT_TRUE(help->browser()->toPlainText().contains(
        QStringLiteral("The colour depends on the size of the group")));
    EXPECT_TRUE(help->windowTitle().contains(QStringLiteral("Group needs")));
    screenshot(help, QStringLiteral("help-groupneeds-en"));

    // Each workspace its own page.
    const QList<std::pair<Qt::Key, QString>> workspaces = {{Qt::Key_1, QStringLiteral("children")},
                                                           {Qt::Key_2, QStringLiteral("observations")},
                                                           {Qt::Key_3, QStringLiteral("socialmap")},
                                                           {Qt::Key_5, QStringLiteral("handover")}};
    for (const auto& [key, page] : workspaces) {
        window.activateWindow();
        QTest::keyClick(&window, key, Qt::ControlModifier);
        EXPECT_EQ(pressF1(window)->currentPage(), page);
    }
    // The dossier is part of children and file.
    window.openDossier(
        window.childrenView()->table()->model()->index(0, 0).data(ChildListModel::ChildIdRole).toLongLong());
    ASSERT_EQ(window.currentWorkspace(), MainWindow::Dossier);
    window.activateWindow();
    EXPECT_EQ(pressF1(window)->currentPage(), QStringLiteral("children"));
    EXPECT_TRUE(help->browser()->toPlainText().contains(QStringLiteral("Ctrl+P")));
    screenshot(help, QStringLiteral("help-children-en"));
}

TEST_F(HelpGuiTest, TheAdministratorGetsTheAdministrationPageAndLinksMoveBetweenPages)
{
    useLanguage(QStringLiteral("nl"));
    const Session session{*m_db, login(QStringLiteral("beheer"))};
    MainWindow window(session, *m_languages, *m_settings);
    showWindow(window);
    HelpWindow* help = pressF1(window);
    ASSERT_NE(help, nullptr);
    EXPECT_EQ(help->currentPage(), QStringLiteral("admin"));
    EXPECT_TRUE(help->browser()->toPlainText().contains(QStringLiteral("Logboek")));
    // A link between pages, resolved as QTextBrowser resolves a clicked link.
    help->browser()->setSource(help->browser()->source().resolved(QUrl(QStringLiteral("socialmap.html"))));
    EXPECT_EQ(help->currentPage(), QStringLiteral("socialmap"));
    EXPECT_EQ(help->language(), QStringLiteral("nl"));
}

TEST_F(HelpGuiTest, TheShortcutOverviewListsTheShortcutsTheWindowReallyHas)
{
    useLanguage(QStringLiteral("en"));
    const Session session{*m_db, login(QStringLiteral("saskia"))};
    MainWindow window(session, *m_languages, *m_settings);
    showWindow(window);
    QTest::keyClick(&window, Qt::Key_F1, Qt::ControlModifier);
    ShortcutOverview* overview = window.help()->shortcutOverview();
    ASSERT_NE(overview, nullptr);
    EXPECT_TRUE(overview->isVisible());
    QTableWidget* table = overview->table();

    const int newObservation = overview->rowOf(QStringLiteral("Ctrl+N"));
    ASSERT_GE(newObservation, 0);
    EXPECT_EQ(table->item(newObservation, 1)->text(), QStringLiteral("New observation"));
    EXPECT_EQ(table->item(newObservation, 2)->text(), QStringLiteral("Menu File"));
    EXPECT_GE(overview->rowOf(QStringLiteral("F1")), 0);
    EXPECT_GE(overview->rowOf(QStringLiteral("Ctrl+4")), 0);
    const int newChild = overview->rowOf(QStringLiteral("Ctrl+Shift+K"));
    ASSERT_GE(newChild, 0);
    EXPECT_EQ(table->item(newChild, 1)->text(), QStringLiteral("New child"));
    // Printing works in the child's file and in group needs: one row each, named by where.
    QStringList printing;
    const QString ctrlP = QKeySequence(QKeySequence::Print).toString(QKeySequence::NativeText);
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0)->text() == ctrlP)
            printing.append(table->item(row, 2)->text() + QLatin1Char(':') + table->item(row, 1)->text());
    EXPECT_EQ(printing, QStringList({QStringLiteral("Child's file:Print a summary of the file"),
                                     QStringLiteral("Group needs:Print the report")}));
    screenshot(overview, QStringLiteral("shortcut-overview-en"));

    // Read from the window, not from a list kept by hand: a new shortcut shows up.
    auto* extra = new QAction(QStringLiteral("&Something new..."), &window);
    extra->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_J));
    window.addAction(extra);
    window.help()->showShortcuts();
    const int row = window.help()->shortcutOverview()->rowOf(QStringLiteral("Ctrl+Alt+J"));
    ASSERT_GE(row, 0);
    EXPECT_EQ(window.help()->shortcutOverview()->table()->item(row, 1)->text(),
              QStringLiteral("Something new"));
}
