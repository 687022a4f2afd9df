#include "AppFixture.h"
#include "ServerDemo.h"
#include "ThrowawayPostgres.h"
#include "children/ChildrenView.h"
#include "shell/MainWindow.h"
#include "shell/OutsideChanges.h"
#include "shell/Session.h"
#include "store/ChildStore.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTableView>
#include <QTest>

using namespace kz;

// Two workstations: Fatima's window is open on the children list while Saskia, on a computer of
// her own, corrects the name of a child in Fatima's group. Fatima's list shows it without anyone
// asking: within two seconds on the server, and when Kindzicht becomes active again on a file.
class OutsideChangesGuiTest : public AppFixture
{
protected:
    static bool listShows(const MainWindow& window, const QString& givenName)
    {
        const QAbstractItemModel* model = window.childrenView()->table()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, 0).data().toString().contains(givenName))
                return true;
        return false;
    }
    // Saskia, on her own connection, renames the first of Fatima's children.
    static void saskiaRenames(const Database& hers, const Actor& fatima, const Database& fatimas,
                              const QString& givenName)
    {
        const Actor saskia = ServerDemo::login(hers, QStringLiteral("saskia"));
        Child child = ChildStore(hers).get(saskia, ChildStore(fatimas).list(fatima).constFirst().child.id);
        child.givenName = givenName;
        ChildStore(hers).update(saskia, child);
    }
};

TEST_F(OutsideChangesGuiTest, OnAFileTheListFollowsAnotherProgramWhenKindzichtIsActiveAgain)
{
    const Session session{*m_db, login(QStringLiteral("fatima"))};
    const OutsideChanges outside(*m_db);
    MainWindow window(session, *m_languages, *m_settings);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_FALSE(listShows(window, QStringLiteral("Zefanja")));

    const Database other = Database::open(demoPath());
    saskiaRenames(other, session.actor, *m_db, QStringLiteral("Zefanja"));
    QTest::qWait(100);
    EXPECT_FALSE(listShows(window, QStringLiteral("Zefanja"))); // a file says nothing by itself

    emit qGuiApp->applicationStateChanged(Qt::ApplicationActive);
    EXPECT_TRUE(QTest::qWaitFor([&] { return listShows(window, QStringLiteral("Zefanja")); }, 2000));
}

TEST_F(OutsideChangesGuiTest, OnTheServerTheListFollowsAnotherWorkstationWithinTwoSeconds)
{
    KZ_REQUIRE_POSTGRES(socket);
    const ServerDemo demo(*socket);
    ASSERT_TRUE(demo.created());
    const QString& address = demo.address();
    const Database fatimas = Database::open(address);
    const Database saskias = Database::open(address);

    const Session session{fatimas, ServerDemo::login(fatimas, QStringLiteral("fatima"))};
    const OutsideChanges outside(fatimas);
    MainWindow window(session, *m_languages, *m_settings);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_FALSE(listShows(window, QStringLiteral("Zefanja")));

    QElapsedTimer timer;
    timer.start();
    saskiaRenames(saskias, session.actor, fatimas, QStringLiteral("Zefanja"));
    EXPECT_TRUE(QTest::qWaitFor([&] { return listShows(window, QStringLiteral("Zefanja")); }, 2000));
    EXPECT_LT(timer.elapsed(), 2000);
}
