#include "AppFixture.h"
#include "OwnPostgresServer.h"
#include "ServerDemo.h"
#include "ThrowawayPostgres.h"
#include "children/ObservationDialog.h"
#include "shell/ConnectionBanner.h"
#include "shell/MainWindow.h"
#include "shell/OutsideChanges.h"
#include "shell/Session.h"
#include "store/ChildStore.h"
#include "store/DraftStore.h"
#include "store/ObservationStore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTest>
#include <QTimer>
#include <algorithm>

using namespace kz;

namespace {

// How many of the child's observations read `body`, on a connection of its own.
qsizetype observationsReading(const QString& address, qint64 child, const QString& body)
{
    const Database fresh = Database::open(address);
    const Actor fatima = ServerDemo::login(fresh, QStringLiteral("fatima"));
    const QList<Observation> notes = ObservationStore(fresh).forChild(fatima, child);
    return std::count_if(notes.cbegin(), notes.cend(), [&](const Observation& o) { return o.body == body; });
}

} // namespace

// The server really goes down while Fatima types an observation (pg_ctl stop, not a refused
// database) and comes back on the same folders: nothing she typed is lost, nothing is saved
// twice, and no box asks her to click anything away. On a server of the test's own, since the
// run's server is shared with the tests running beside it.
class ServerRestartGuiTest : public AppFixture
{
};

TEST_F(ServerRestartGuiTest, ARealStopAndStartOfTheServerDuringAnEditLosesNothing)
{
    KZ_REQUIRE_POSTGRES(runServer); // PostgreSQL and the QPSQL driver are there
    OwnPostgresServer server;
    ASSERT_TRUE(server.started()) << qPrintable(server.error());
    const ServerDemo demo(server.socket());
    ASSERT_TRUE(demo.created());
    const Database db = Database::open(demo.address());
    const Session session{db, ServerDemo::login(db, QStringLiteral("fatima"))};
    const qint64 child = ChildStore(db).list(session.actor).constFirst().child.id;
    const qsizetype notesBefore = ObservationStore(db).forChild(session.actor, child).size();
    useLanguage(QStringLiteral("en"));
    const OutsideChanges outside(db); // as the application has: what the window hears
    MainWindow window(session, *m_languages, *m_settings);
    window.resize(1280, 720);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ConnectionBanner* banner = window.connectionBanner();
    ObservationDialog dialog(session, child, &window);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    dialog.textEdit()->clear();                               // whatever draft the demo kept
    dialog.domainButton(QStringLiteral("language"))->click(); // complete: only the server is missing
    int boxes = 0;
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, &window, [&boxes] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            ++boxes;
            box->reject();
        }
    });
    watch.start(50);

    ASSERT_TRUE(server.stop()) << qPrintable(server.error());
    const QString typed = QStringLiteral("Hielp Noor de blokken opruimen, zonder dat iemand het vroeg.");
    QTest::keyClicks(dialog.textEdit(), typed);
    EXPECT_TRUE(QTest::qWaitFor([&] { return !dialog.errorText().isEmpty(); }, 4000)); // the draft failed
    EXPECT_TRUE(QTest::qWaitFor([&] { return banner->isLost() && banner->isVisible(); }, 3000));
    dialog.accept(); // cannot save now: said in the dialog, which stays with the text
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("server"))) << qPrintable(dialog.errorText());
    EXPECT_EQ(dialog.savedObservationId(), 0);
    EXPECT_EQ(dialog.textEdit()->toPlainText(), typed);
    screenshot(&window, QStringLiteral("server-restart-down"));
    screenshot(&dialog, QStringLiteral("server-restart-down-dialog"));

    ASSERT_TRUE(server.start()) << qPrintable(server.error());
    EXPECT_TRUE(QTest::qWaitFor([&] { return !banner->isLost(); }, 8000)); // one retry is 5 s away
    EXPECT_EQ(banner->text(), QStringLiteral("Connected to the server again."));
    // Read on a connection of the test's own: reading on the window's would reconnect it.
    const Database reader = Database::open(demo.address());
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            const auto draft = DraftStore(reader).load(session.actor);
            return draft && draft->body == typed;
        },
        3000));
    EXPECT_TRUE(QTest::qWaitFor([&] { return dialog.errorText().isEmpty(); }, 2000))
        << qPrintable(dialog.errorText());
    EXPECT_EQ(ObservationStore(reader).forChild(session.actor, child).size(), notesBefore); // none unasked

    dialog.accept();
    EXPECT_FALSE(dialog.isVisible()) << qPrintable(dialog.errorText());
    EXPECT_GT(dialog.savedObservationId(), 0);
    EXPECT_EQ(observationsReading(demo.address(), child, typed), 1);
    EXPECT_EQ(ObservationStore(db).forChild(session.actor, child).size(), notesBefore + 1);
    EXPECT_EQ(boxes, 0);
}
