#include "AppFixture.h"
#include "children/ObservationDialog.h"
#include "demo/DemoDatabase.h"
#include "shell/LockController.h"
#include "shell/MainWindow.h"
#include "shell/Session.h"
#include "store/ChildStore.h"
#include "store/DraftStore.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace kz;

class LockScreenTest : public AppFixture
{
protected:
    // Answers the lock screen when it appears.
    static void whenLocked(std::function<void(QWidget*)> answer)
    {
        QTimer::singleShot(0, [answer = std::move(answer)] {
            QWidget* prompt = nullptr;
            for (int i = 0; i < 200 && !prompt; ++i) {
                QCoreApplication::processEvents();
                for (QWidget* w : QApplication::topLevelWidgets())
                    if (w->objectName() == QLatin1String("lockPrompt") && w->isVisible())
                        prompt = w;
            }
            ASSERT_NE(prompt, nullptr) << "the lock screen did not appear";
            answer(prompt);
        });
    }
    static void unlockWith(QWidget* prompt, const QString& password)
    {
        QTest::keyClicks(prompt->findChild<QLineEdit*>(), password);
        prompt->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    }
};

TEST_F(LockScreenTest, CtrlLInsideADialogLocksAndTheScreenSaysWhyAndWhatWasWrong)
{
    useLanguage(QStringLiteral("en"));
    const Session session{*m_db, login(QStringLiteral("fatima"))};
    MainWindow window(session, *m_languages, *m_settings);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ObservationDialog dialog(session, ChildStore(*m_db).list(session.actor).constFirst().child.id, &window);
    dialog.open();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));

    QString reason;
    QString refusal;
    QTest::keyClick(dialog.textEdit(), Qt::Key_L, Qt::ControlModifier);
    whenLocked([&](QWidget* prompt) {
        reason = prompt->findChild<QLabel*>(QStringLiteral("lockReason"))->text();
        unlockWith(prompt, QStringLiteral("not my password"));
        refusal = prompt->findChild<QLabel*>(QStringLiteral("lockError"))->text();
        screenshot(prompt, QStringLiteral("lock-prompt-refused-en"));
        unlockWith(prompt, QString::fromLatin1(DemoDatabase::password));
    });
    for (int i = 0; i < 50 && !window.lockController()->isLocked() && reason.isEmpty(); ++i)
        QCoreApplication::processEvents();
    EXPECT_EQ(window.lockController()->reason(), LockController::Reason::Request);
    EXPECT_TRUE(reason.contains(QStringLiteral("Ctrl+L"))) << reason.toStdString();
    EXPECT_FALSE(reason.contains(QStringLiteral("without use")));
    EXPECT_TRUE(refusal.contains(QStringLiteral("password"))) << refusal.toStdString();
    EXPECT_FALSE(refusal.contains(QStringLiteral("user name"))) << refusal.toStdString();
    EXPECT_FALSE(window.lockController()->isLocked());
    EXPECT_TRUE(dialog.isVisible());
    dialog.textEdit()->clear();
    dialog.reject();
    useLanguage(QStringLiteral("nl"));
}

TEST_F(LockScreenTest, AfterIdleTimeTheScreenSaysSo)
{
    useLanguage(QStringLiteral("en"));
    const Session session{*m_db, login(QStringLiteral("fatima"))};
    MainWindow window(session, *m_languages, *m_settings);
    window.show();
    window.lockController()->setIdleMinutes(10);
    QString reason;
    whenLocked([&](QWidget* prompt) {
        reason = prompt->findChild<QLabel*>(QStringLiteral("lockReason"))->text();
        screenshot(prompt, QStringLiteral("lock-prompt-idle-en"));
        unlockWith(prompt, QString::fromLatin1(DemoDatabase::password));
    });
    window.lockController()->lock(LockController::Reason::Idle);
    EXPECT_TRUE(reason.contains(QStringLiteral("10 minute")) &&
                reason.contains(QStringLiteral("without use")))
        << reason.toStdString();
    useLanguage(QStringLiteral("nl"));
}

// A colleague at the shared group computer: the locked person's unsaved observation becomes her
// draft, then the window asks who logs in.
TEST_F(LockScreenTest, SomeoneElseLogsInAndTheLockedPersonsTextIsKeptAsHerDraft)
{
    const Session session{*m_db, login(QStringLiteral("fatima"))};
    MainWindow window(session, *m_languages, *m_settings);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QSignalSpy switching(&window, &MainWindow::switchUserRequested);
    ObservationDialog dialog(session, ChildStore(*m_db).list(session.actor).constFirst().child.id, &window);
    dialog.setModal(false);
    dialog.show();
    QTest::keyClicks(dialog.textEdit(), QStringLiteral("Bouwde een toren van tien blokken"));

    whenLocked([&](QWidget* prompt) {
        screenshot(prompt, QStringLiteral("lock-prompt-nl"));
        auto* other = prompt->findChild<QPushButton*>(QStringLiteral("someoneElse"));
        ASSERT_NE(other, nullptr);
        other->click();
    });
    window.lockController()->lock(LockController::Reason::Idle);
    for (int i = 0; i < 20 && switching.isEmpty(); ++i)
        QCoreApplication::processEvents();

    EXPECT_EQ(switching.count(), 1);
    EXPECT_FALSE(window.lockController()->isLocked());
    EXPECT_FALSE(dialog.isVisible());
    const auto draft = DraftStore(*m_db).load(session.actor);
    ASSERT_TRUE(draft.has_value());
    EXPECT_EQ(draft->body, QStringLiteral("Bouwde een toren van tien blokken"));
    // Nobody else gets it.
    EXPECT_FALSE(DraftStore(*m_db).load(login(QStringLiteral("saskia"))).has_value());
}
