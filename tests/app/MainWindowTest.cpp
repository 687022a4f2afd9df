#include "shell/MainWindow.h"

#include "AppFixture.h"
#include "Version.h"
#include "children/ChildListModel.h"
#include "children/ChildrenView.h"
#include "shell/LanguageManager.h"
#include "shell/Session.h"
#include "socialmap/SocialMapView.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QTableView>
#include <QTest>

using namespace kz;

class MainWindowTest : public AppFixture
{
};

TEST_F(MainWindowTest, APractitionerSeesTheChildrenOfHerGroupsAndFiltersThem)
{
    useLanguage(QStringLiteral("nl"));
    const Session session{*m_db, login(QStringLiteral("fatima"))};
    MainWindow window(session, *m_languages, *m_settings);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));

    ChildrenView* children = window.childrenView();
    EXPECT_EQ(window.currentWorkspace(), MainWindow::Children);
    EXPECT_EQ(children->visibleRows(), 20); // Dolfijnen and Egeltjes, ten each
    screenshot(&window, QStringLiteral("main-window-nl"));

    // Ctrl+F reaches the filter; typing narrows the list.
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    EXPECT_TRUE(children->filterEdit()->hasFocus());
    const QString someone = children->table()->model()->index(0, ChildListModel::Name).data().toString();
    QTest::keyClicks(children->filterEdit(), someone.left(someone.indexOf(QLatin1Char(' '))));
    EXPECT_GE(children->visibleRows(), 1);
    EXPECT_LT(children->visibleRows(), 20);
    children->filterEdit()->clear();

    // One group only.
    QComboBox* groups = children->groupBox();
    ASSERT_EQ(groups->count(), 3); // all, Dolfijnen, Egeltjes
    groups->setCurrentIndex(1);
    EXPECT_EQ(children->visibleRows(), 10);
    groups->setCurrentIndex(0);

    // By domain and level: only children with such an open need remain.
    children->levelBox()->setCurrentIndex(3); // level 3
    const int level3 = children->visibleRows();
    children->levelBox()->setCurrentIndex(2); // level 2 or higher
    EXPECT_GE(children->visibleRows(), level3);
    EXPECT_LT(children->visibleRows(), 20);
    children->domainBox()->setCurrentIndex(1); // taal en spraak
    EXPECT_LE(children->visibleRows(), 20);
    children->levelBox()->setCurrentIndex(0);
    children->domainBox()->setCurrentIndex(0);
    EXPECT_EQ(children->visibleRows(), 20);

    // The status bar says who works on which database.
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("Fatima El Idrissi")));
}

TEST_F(MainWindowTest, AnAdminWithoutAManagerRoleSeesNoChildren)
{
    const Session session{*m_db, login(QStringLiteral("beheer"))};
    MainWindow window(session, *m_languages, *m_settings);
    window.show();
    EXPECT_EQ(window.childrenView()->visibleRows(), 0);
    window.showWorkspace(MainWindow::SocialMap);
    EXPECT_EQ(window.socialMapView()->visibleRows(), 32);
}

TEST_F(MainWindowTest, KeyboardShortcutsMoveBetweenWorkspacesAndTheSocialMapFilters)
{
    useLanguage(QStringLiteral("nl"));
    const Session session{*m_db, login(QStringLiteral("saskia"))};
    MainWindow window(session, *m_languages, *m_settings);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_EQ(window.childrenView()->visibleRows(), 34); // every group of her location

    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    EXPECT_EQ(window.currentWorkspace(), MainWindow::SocialMap);
    SocialMapView* map = window.socialMapView();
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    EXPECT_TRUE(map->filterEdit()->hasFocus());
    QTest::keyClicks(map->filterEdit(), QStringLiteral("Mariahoeve"));
    EXPECT_GE(map->visibleRows(), 5);
    EXPECT_LT(map->visibleRows(), 32);
    screenshot(&window, QStringLiteral("social-map-nl"));
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    EXPECT_EQ(window.currentWorkspace(), MainWindow::Children);
}

TEST_F(MainWindowTest, TheLanguageSwitchesAtRuntimeAndIsRemembered)
{
    useLanguage(QStringLiteral("nl"));
    const Session session{*m_db, login(QStringLiteral("fatima"))};
    MainWindow window(session, *m_languages, *m_settings);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_EQ(window.navigation()->item(MainWindow::Children)->text(), QStringLiteral("Kinderen"));
    EXPECT_EQ(window.menuBar()->actions().first()->text(), QStringLiteral("&Bestand"));
    const QString dutchHeader =
        window.childrenView()->table()->model()->headerData(ChildListModel::Age, Qt::Horizontal).toString();
    EXPECT_EQ(dutchHeader, QStringLiteral("Leeftijd"));

    useLanguage(QStringLiteral("en"));
    EXPECT_EQ(window.navigation()->item(MainWindow::Children)->text(), QStringLiteral("Children"));
    EXPECT_EQ(window.menuBar()->actions().first()->text(), QStringLiteral("&File"));
    EXPECT_EQ(
        window.childrenView()->table()->model()->headerData(ChildListModel::Age, Qt::Horizontal).toString(),
        QStringLiteral("Age"));
    EXPECT_EQ(m_settings->language(), QStringLiteral("en"));
    screenshot(&window, QStringLiteral("main-window-en"));

    // A new start follows the remembered choice.
    LanguageManager next(*m_settings);
    EXPECT_EQ(next.initialLanguage(), QStringLiteral("en"));
    useLanguage(QStringLiteral("nl"));
}

TEST_F(MainWindowTest, AboutNamesTheVersionTheLicenceAndTheLibraries)
{
    useLanguage(QStringLiteral("en"));
    const Session session{*m_db, login(QStringLiteral("fatima"))};
    MainWindow window(session, *m_languages, *m_settings);
    const QString about = window.aboutText();
    EXPECT_TRUE(about.contains(QString::fromLatin1(kz::version)));
    EXPECT_TRUE(about.contains(QStringLiteral("GPL-3.0-or-later")));
    EXPECT_TRUE(about.contains(QStringLiteral("SQLite 3.")));
    EXPECT_TRUE(about.contains(QStringLiteral("libsodium 1.")));
    useLanguage(QStringLiteral("nl"));
}

TEST(LanguageManagerTest, FirstStartFollowsTheSystemWhenDutchOrEnglishAndIsDutchOtherwise)
{
    EXPECT_EQ(LanguageManager::languageForLocale(QLocale(QLocale::Dutch)), QStringLiteral("nl"));
    EXPECT_EQ(LanguageManager::languageForLocale(QLocale(QLocale::English)), QStringLiteral("en"));
    EXPECT_EQ(LanguageManager::languageForLocale(QLocale(QLocale::Turkish)), QStringLiteral("nl"));
    EXPECT_EQ(LanguageManager::languageForLocale(QLocale(QLocale::German)), QStringLiteral("nl"));
}
