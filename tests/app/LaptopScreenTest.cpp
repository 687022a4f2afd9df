#include "AppFixture.h"
#include "admin/AccountsView.h"
#include "admin/AuditView.h"
#include "children/ChildListModel.h"
#include "children/ChildrenView.h"
#include "children/DossierView.h"
#include "shell/MainWindow.h"
#include "shell/Mnemonics.h"
#include "shell/Session.h"
#include "store/ChildStore.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace kz;

// The group's laptop: 1280 by 720, keyboard first, Dutch or English.
class LaptopScreenTest : public AppFixture
{
protected:
    static void expectFitsALaptop(MainWindow& window, const QString& what)
    {
        const QSize minimum = window.minimumSizeHint().expandedTo(window.minimumSize());
        EXPECT_LE(minimum.width(), 1280) << what.toStdString();
        EXPECT_LE(minimum.height(), 720) << what.toStdString();
        EXPECT_TRUE(Mnemonics::clashes(&window).isEmpty())
            << what.toStdString() << ": "
            << Mnemonics::clashes(&window).join(QStringLiteral("; ")).toStdString();
    }
    // Every column at least as wide as what it shows (up to the cap), the last one filling the rest.
    static QTabWidget* administrationTabs(MainWindow& window)
    {
        for (QWidget* w = window.auditView(); w; w = w->parentWidget())
            if (auto* tabs = qobject_cast<QTabWidget*>(w))
                return tabs;
        return nullptr;
    }
    static void expectColumnsFit(QTableView* table, const QString& what)
    {
        QHeaderView* header = table->horizontalHeader();
        int total = 0;
        for (int column = 0; column < header->count(); ++column) {
            total += header->sectionSize(column);
            if (column + 1 < header->count()) {
                EXPECT_GE(table->columnWidth(column),
                          std::min(static_cast<QAbstractItemView*>(table)->sizeHintForColumn(column), 320))
                    << what.toStdString() << " column " << column;
            }
        }
        EXPECT_GE(total, table->viewport()->width()) << what.toStdString() << ": the last column stretches";
    }
};

TEST_F(LaptopScreenTest, EveryWorkspaceFitsALaptopScreenWithoutMnemonicClashes)
{
    const QStringList names = {QStringLiteral("children"),   QStringLiteral("search"),
                               QStringLiteral("social-map"), QStringLiteral("group-needs"),
                               QStringLiteral("handover"),   QStringLiteral("administration")};
    for (const QString& language : {QStringLiteral("nl"), QStringLiteral("en")}) {
        useLanguage(language);
        for (const QString& user : {QStringLiteral("saskia"), QStringLiteral("beheer")}) {
            const Session session{*m_db, login(user)};
            MainWindow window(session, *m_languages, *m_settings);
            window.resize(1280, 720);
            window.show();
            ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
            for (int w = 0; w < MainWindow::WorkspaceCount; ++w) {
                window.showWorkspace(static_cast<MainWindow::Workspace>(w));
                QCoreApplication::processEvents();
                expectFitsALaptop(window, user + QLatin1Char(' ') + language + QLatin1Char(' ') + names[w]);
                if (user == QLatin1String("saskia") || w == MainWindow::Administration)
                    screenshot(&window, QStringLiteral("laptop-%1-%2-%3").arg(names[w], user, language));
            }
            if (QTabWidget* tabs = administrationTabs(window); tabs && user == QLatin1String("beheer"))
                for (int t = 0; t < tabs->count(); ++t) {
                    tabs->setCurrentIndex(t);
                    QCoreApplication::processEvents();
                    expectFitsALaptop(window,
                                      QStringLiteral("administration tab %1 %2").arg(t).arg(language));
                    screenshot(&window, QStringLiteral("laptop-administration-%1-%2").arg(t).arg(language));
                }
            if (user == QLatin1String("saskia")) {
                window.openDossier(ChildStore(*m_db).list(session.actor).constFirst().child.id);
                QCoreApplication::processEvents();
                expectFitsALaptop(window, QStringLiteral("dossier ") + language);
                screenshot(&window, QStringLiteral("laptop-dossier-") + language);
            }
        }
    }
    useLanguage(QStringLiteral("nl"));
}

// A reload or a filter fits the columns to the children now shown: a level-3 badge is never cut off.
TEST_F(LaptopScreenTest, ColumnsFitWhatIsShownAfterEveryReloadAndFilter)
{
    const Session session{*m_db, login(QStringLiteral("saskia"))};
    MainWindow window(session, *m_languages, *m_settings);
    window.resize(1280, 720);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ChildrenView* children = window.childrenView();
    expectColumnsFit(children->table(), QStringLiteral("all children"));
    children->filterEdit()->setText(QStringLiteral("zzz")); // nothing: columns as narrow as they go
    children->filterEdit()->clear();
    children->levelBox()->setCurrentIndex(children->levelBox()->findData(3));
    ASSERT_GT(children->visibleRows(), 0);
    expectColumnsFit(children->table(), QStringLiteral("level 3"));
    EXPECT_GE(children->filterEdit()->width(), 200) << "the name filter keeps room to type in";
    screenshot(&window, QStringLiteral("children-level-3"));
    children->groupBox()->setCurrentIndex(1);
    children->reload();
    expectColumnsFit(children->table(), QStringLiteral("after a reload"));

    window.openDossier(ChildStore(*m_db).list(session.actor).constFirst().child.id);
    QCoreApplication::processEvents();
    window.dossierView()->reload();
    QCoreApplication::processEvents();
    expectColumnsFit(window.dossierView()->needsTable(), QStringLiteral("dossier needs after a refresh"));

    window.showWorkspace(MainWindow::Administration);
    window.auditView()->reload();
    QCoreApplication::processEvents();
    expectColumnsFit(window.auditView()->table(), QStringLiteral("audit after a refresh"));
}

TEST_F(LaptopScreenTest, TheAccountsStretchAfterARefresh)
{
    const Session session{*m_db, login(QStringLiteral("beheer"))};
    MainWindow window(session, *m_languages, *m_settings);
    window.resize(1280, 720);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.showWorkspace(MainWindow::Administration);
    administrationTabs(window)->setCurrentWidget(window.accountsView());
    QCoreApplication::processEvents();
    window.accountsView()->reload();
    QCoreApplication::processEvents();
    expectColumnsFit(window.accountsView()->table(), QStringLiteral("accounts after a refresh"));
}
