#include "LanguageManager.h"
#include "LoadOnShow.h"
#include "LockController.h"
#include "MainWindow.h"
#include "PasswordDialog.h"
#include "Session.h"
#include "children/ChildrenView.h"
#include "children/DossierView.h"
#include "help/HelpController.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <memory>

// The main window's menus and their shortcuts.

namespace kz {

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_newObservation = m_fileMenu->addAction(QString(), QKeySequence::New, this, &MainWindow::newObservation);
    // Enrolling is the location manager's; core refuses others as well.
    m_newChild =
        m_fileMenu->addAction(QString(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K), this, [this] {
            showWorkspace(Children);
            m_children->enrol();
        });
    m_newChild->setVisible(m_session.actor.hasRole(Role::Manager));
    m_fileMenu->addSeparator();
    m_lockNow = m_fileMenu->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_L), m_lock,
                                      [this] { m_lock->lock(LockController::Reason::Request); });
    const auto switchUser = [this] {
        // QApplication::exec() returns when the last window closes; the start-up loop then logs in anew.
        QApplication::setQuitOnLastWindowClosed(true);
        emit switchUserRequested();
    };
    m_switchUser = m_fileMenu->addAction(QString(), this, switchUser);
    connect(m_lock, &LockController::switchUserRequested, this, switchUser);
    m_changePassword = m_fileMenu->addAction(QString(), this, [this] {
        std::unique_ptr<PasswordDialog> dialog(PasswordDialog::forChange(m_session, this));
        if (dialog->exec() == QDialog::Accepted)
            statusBar()->showMessage(tr("Your password was changed."), 5000);
    });
    // Which database this computer works on; the start-up loop opens the server it connected to.
    m_connectServer = m_fileMenu->addAction(QString(), this, [this] {
        QApplication::setQuitOnLastWindowClosed(true);
        emit serverConnectRequested();
    });
    m_fileMenu->addSeparator();
    m_quit = m_fileMenu->addAction(QString(), QKeySequence::Quit, this, &QWidget::close);
    m_quit->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(QString());
    m_showChildren = m_viewMenu->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_1), this,
                                           [this] { showWorkspace(Children); });
    m_showSearch = m_viewMenu->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_2), this,
                                         [this] { showWorkspace(Search); });
    m_showSocialMap = m_viewMenu->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_3), this,
                                            [this] { showWorkspace(SocialMap); });
    m_showGroupNeeds = m_viewMenu->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_4), this,
                                             [this] { showWorkspace(GroupNeeds); });
    m_showHandover = m_viewMenu->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_5), this,
                                           [this] { showWorkspace(Handover); });
    m_viewMenu->addSeparator();
    m_find = m_viewMenu->addAction(QString(), QKeySequence::Find, this, [this] {
        if (QWidget* page = m_stack->currentWidget())
            page->setFocus(Qt::ShortcutFocusReason);
    });
    // The visible workspace reads its data again; the others when they are next shown.
    m_refresh = m_viewMenu->addAction(QString(), QKeySequence::Refresh, this, [this] {
        for (LoadOnShow* loader : findChildren<LoadOnShow*>())
            loader->refresh();
        if (currentWorkspace() == Dossier)
            m_dossier->reload();
    });

    m_languageMenu = menuBar()->addMenu(QString());
    auto* group = new QActionGroup(this);
    m_dutch = m_languageMenu->addAction(QStringLiteral("Nederlands"));
    m_english = m_languageMenu->addAction(QStringLiteral("English"));
    for (QAction* action : {m_dutch, m_english}) {
        action->setCheckable(true);
        group->addAction(action);
    }
    (m_languages.language() == QLatin1String("en") ? m_english : m_dutch)->setChecked(true);
    connect(m_dutch, &QAction::triggered, this, [this] { m_languages.setLanguage(QStringLiteral("nl")); });
    connect(m_english, &QAction::triggered, this, [this] { m_languages.setLanguage(QStringLiteral("en")); });

    m_helpMenu = menuBar()->addMenu(QString());
    m_about = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_about->setMenuRole(QAction::AboutRole);
    m_help = new HelpController(*this);
    m_help->addTo(m_helpMenu);
}

} // namespace kz
