#include "AppFixture.h"
#include "Error.h"
#include "ServerDemo.h"
#include "ThrowawayPostgres.h"
#include "children/ChildrenView.h"
#include "children/ObservationDialog.h"
#include "db/SqlQuery.h"
#include "shell/ConnectionBanner.h"
#include "shell/EventLoopGuard.h"
#include "shell/MainWindow.h"
#include "shell/OutsideChanges.h"
#include "shell/Session.h"
#include "store/ChildStore.h"
#include "store/DraftStore.h"
#include "store/ObservationStore.h"

#include <QApplication>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTest>
#include <QTimer>

using namespace kz;

// The server goes away while Fatima works: a calm line says so above her workspace instead of a
// box for every failure, Kindzicht keeps trying by itself, and says when it is connected again.
class ConnectionBannerGuiTest : public AppFixture
{
protected:
    // The server stops taking the database's connections and ends the one `db` has, as a server
    // that goes down does; allow() lets them in again.
    static void cutOff(const test::PostgresConnection& superuser, const QString& name, const Database& db)
    {
        ASSERT_EQ(superuser.run(QStringLiteral("ALTER DATABASE %1 WITH ALLOW_CONNECTIONS false").arg(name)),
                  QString());
        const QString pid = SqlQuery(db, QStringLiteral("SELECT pg_backend_pid()")).scalar()->toString();
        ASSERT_EQ(superuser.scalar(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid)),
                  QStringLiteral("true"));
        ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                return superuser.scalar(
                           QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE pid = %1").arg(pid)) ==
                       QLatin1String("0");
            },
            2000));
    }
    static void allow(const test::PostgresConnection& superuser, const QString& name)
    {
        ASSERT_EQ(superuser.run(QStringLiteral("ALTER DATABASE %1 WITH ALLOW_CONNECTIONS true").arg(name)),
                  QString());
    }
};

TEST_F(ConnectionBannerGuiTest, ALostServerShowsACalmLineAndKindzichtReconnectsByItself)
{
    KZ_REQUIRE_POSTGRES(socket);
    const ServerDemo demo(*socket);
    ASSERT_TRUE(demo.created());
    const QString& address = demo.address();
    const Database db = Database::open(address);
    const Session session{db, ServerDemo::login(db, QStringLiteral("fatima"))};
    MainWindow window(session, *m_languages, *m_settings);
    window.resize(1280, 720);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ConnectionBanner* banner = window.connectionBanner();
    EXPECT_FALSE(banner->check());
    EXPECT_TRUE(banner->isHidden());

    const test::PostgresConnection superuser(*socket, QStringLiteral("postgres"));
    cutOff(superuser, demo.name(), db);

    // A failing action: a line above the workspace, no box to click away.
    int boxes = 0;
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, &window, [&boxes] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            ++boxes;
            box->reject();
        }
    });
    watch.start(50);
    // An action that fails at the edge of the event loop, and a page that reads again and says it
    // failed: both are explained by one line above the workspace, with no box to click away.
    EXPECT_FALSE(EventLoopGuard::run(&window, [&db] { SqlQuery::run(db, QStringLiteral("SELECT 1")); }));
    window.childrenView()->reload();
    EXPECT_EQ(boxes, 0);
    EXPECT_TRUE(banner->isLost());
    EXPECT_TRUE(banner->isVisible());
    for (const QString& language : {QStringLiteral("nl"), QStringLiteral("en")}) {
        useLanguage(language);
        QCoreApplication::processEvents();
        EXPECT_FALSE(banner->text().isEmpty());
        screenshot(&window, QStringLiteral("connection-lost-") + language);
    }
    EXPECT_TRUE(banner->text().contains(QStringLiteral("tries again")));

    // The server takes connections again: within the next try the window is connected and says so.
    ASSERT_EQ(superuser.run(QStringLiteral("ALTER DATABASE %1 WITH ALLOW_CONNECTIONS true").arg(demo.name())),
              QString());
    EXPECT_TRUE(QTest::qWaitFor([&] { return !banner->isLost(); }, 7000));
    EXPECT_EQ(banner->text(), QStringLiteral("Connected to the server again."));
    EXPECT_TRUE(QTest::qWaitFor([&] { return banner->isHidden(); }, 6000));
    window.childrenView()->reload();
    EXPECT_GT(window.childrenView()->visibleRows(), 0);
    EXPECT_EQ(boxes, 0);
}

TEST_F(ConnectionBannerGuiTest, OnAFileThereIsNothingToLose)
{
    const Session session{*m_db, login(QStringLiteral("fatima"))};
    MainWindow window(session, *m_languages, *m_settings);
    EXPECT_FALSE(window.connectionBanner()->check());
    EXPECT_TRUE(window.connectionBanner()->isHidden());
}

TEST_F(ConnectionBannerGuiTest, AnObservationTypedWhileTheServerIsAwayStaysAndItsDraftIsSavedOnceItIsBack)
{
    KZ_REQUIRE_POSTGRES(socket);
    const ServerDemo demo(*socket);
    ASSERT_TRUE(demo.created());
    const QString& address = demo.address();
    const Database db = Database::open(address);
    const Session session{db, ServerDemo::login(db, QStringLiteral("fatima"))};
    const qint64 child = ChildStore(db).list(session.actor).constFirst().child.id;
    const qsizetype notesBefore = ObservationStore(db).forChild(session.actor, child).size();
    const OutsideChanges outside(db); // as the application has: what the window hears
    ConnectionBanner banner(db, nullptr);
    ObservationDialog dialog(session, child);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    dialog.textEdit()->clear(); // whatever draft the demo kept

    const test::PostgresConnection superuser(*socket, QStringLiteral("postgres"));
    cutOff(superuser, demo.name(), db);
    const QString typed = QStringLiteral("Bouwde samen met Noor een hoge toren.");
    QTest::keyClicks(dialog.textEdit(), typed);
    EXPECT_TRUE(QTest::qWaitFor([&] { return !dialog.errorText().isEmpty(); }, 4000)); // the draft failed
    EXPECT_TRUE(banner.check());
    dialog.accept(); // saving cannot work now: said in the dialog, which stays with the text
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(dialog.textEdit()->toPlainText(), typed);

    allow(superuser, demo.name());
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            try {
                const auto draft = DraftStore(db).load(session.actor);
                return draft && draft->body == typed;
            } catch (const Error&) {
                return false;
            }
        },
        12000));
    EXPECT_TRUE(QTest::qWaitFor([&] { return dialog.errorText().isEmpty(); }, 2000)); // said no more
    EXPECT_EQ(ObservationStore(db).forChild(session.actor, child).size(),
              notesBefore); // nothing saved unasked
}
