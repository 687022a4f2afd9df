#include "AppFixture.h"
#include "admin/AuditView.h"
#include "children/ObservationDialog.h"
#include "demo/DemoDatabase.h"
#include "shell/LanguageManager.h"
#include "shell/LockController.h"
#include "shell/MainWindow.h"
#include "shell/Session.h"
#include "store/ChildStore.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace kz;

class LockAndAuditTest : public AppFixture
{
};

TEST_F(LockAndAuditTest, TheLockCoversEverythingAndKeepsWhatWasBeingTyped)
{
    const Session session{*m_db, login(QStringLiteral("fatima"))};
    MainWindow window(session, *m_languages, *m_settings);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    const qint64 child = ChildStore(*m_db).list(session.actor).constFirst().child.id;
    ObservationDialog dialog(session, child, &window);
    dialog.setModal(false);
    dialog.show();
    QTest::keyClicks(dialog.textEdit(), QStringLiteral("Half af"));

    bool sawCovers = false;
    bool refusedWrongPassword = false;
    QTimer::singleShot(0, [&] {
        QWidget* prompt = nullptr;
        for (int i = 0; i < 200 && !prompt; ++i) {
            QCoreApplication::processEvents();
            prompt = QApplication::activeModalWidget();
        }
        ASSERT_NE(prompt, nullptr);
        sawCovers = window.findChild<QLabel*>(QStringLiteral("lockCover")) != nullptr &&
                    dialog.findChild<QLabel*>(QStringLiteral("lockCover")) != nullptr;
        screenshot(&window, QStringLiteral("locked-window"));
        screenshot(prompt, QStringLiteral("lock-prompt"));
        auto* password = prompt->findChild<QLineEdit*>();
        auto* ok = prompt->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QTest::keyClicks(password, QStringLiteral("verkeerd wachtwoord"));
        ok->click();
        refusedWrongPassword = prompt->isVisible() && window.lockController()->isLocked();
        screenshot(prompt, QStringLiteral("lock-prompt-refused"));
        QTest::keyClicks(password, QString::fromLatin1(DemoDatabase::password));
        ok->click();
    });
    window.lockController()->lock(); // returns once unlocked

    EXPECT_TRUE(sawCovers);
    EXPECT_TRUE(refusedWrongPassword);
    EXPECT_FALSE(window.lockController()->isLocked());
    EXPECT_EQ(window.findChild<QLabel*>(QStringLiteral("lockCover")), nullptr);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(dialog.textEdit()->toPlainText(), QStringLiteral("Half af"));
    dialog.saveDraft();
}

TEST_F(LockAndAuditTest, TheAuditTrailIsForManagersAndAdmins)
{
    const Session manager{*m_db, login(QStringLiteral("saskia"))};
    {
        MainWindow window(manager, *m_languages, *m_settings);
        window.resize(1200, 760);
        window.show();
        window.openDossier(ChildStore(*m_db).list(manager.actor).constFirst().child.id); // a read to see
        window.showWorkspace(MainWindow::Administration);
        AuditView* audit = window.auditView();
        audit->reload();
        EXPECT_GT(audit->table()->rowCount(), 0);
        screenshot(&window, QStringLiteral("audit-view"));
        audit->personEdit()->setText(QStringLiteral("Saskia"));
        for (int row = 0; row < audit->table()->rowCount(); ++row)
            EXPECT_EQ(audit->table()->item(row, 1)->text(), QStringLiteral("Saskia de Wit"));
    }
    const Session practitioner{*m_db, login(QStringLiteral("fatima"))};
    MainWindow window(practitioner, *m_languages, *m_settings);
    EXPECT_FALSE(window.navigation()->item(MainWindow::Administration)->flags() & Qt::ItemIsEnabled);
    EXPECT_EQ(window.auditView()->table()->rowCount(), 0); // core refuses her, too
}

TEST_F(LockAndAuditTest, TheAuditViewNamesTheChildAndIsFreshEachTimeItIsShown)
{
    const Session manager{*m_db, login(QStringLiteral("saskia"))};
    MainWindow window(manager, *m_languages, *m_settings);
    window.resize(1200, 760);
    window.show();
    window.showWorkspace(MainWindow::Administration);
    AuditView* audit = window.auditView();
    auto* tabs = qobject_cast<QTabWidget*>(audit->parentWidget()->parentWidget());
    ASSERT_NE(tabs, nullptr);
    tabs->setCurrentWidget(audit);
    ASSERT_TRUE(audit->isVisible());
    const int before = audit->table()->rowCount();

    // Another look at a child's file while the trail is not on screen.
    window.showWorkspace(MainWindow::Children);
    const Child child = ChildStore(*m_db).list(manager.actor).constFirst().child;
    window.openDossier(child.id);
    window.showWorkspace(MainWindow::Administration);
    ASSERT_GT(audit->table()->rowCount(), before) << "the view read the trail again when it was shown";
    EXPECT_TRUE(audit->table()->item(0, 3)->text().endsWith(child.fullName()))
        << "the row names the child it is about";
    EXPECT_EQ(audit->table()->item(0, 4)->text(), child.fullName());
    for (int row = 0; row < audit->table()->rowCount(); ++row)
        EXPECT_FALSE(audit->table()->item(row, 4)->text().startsWith(QStringLiteral("child no.")))
            << "a manager sees the names of her location's children: row " << row;
    screenshot(&window, QStringLiteral("audit-view-names"));
}
