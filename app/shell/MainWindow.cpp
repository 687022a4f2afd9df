#include "MainWindow.h"

#include "BackupScheduler.h"
#include "ConnectionBanner.h"
#include "DialogFocus.h"
#include "EventLoopGuard.h"
#include "LanguageManager.h"
#include "LoadOnShow.h"
#include "LockController.h"
#include "Mnemonics.h"
#include "PasswordDialog.h"
#include "Session.h"
#include "Version.h"
#include "access/PasswordHasher.h"
#include "admin/AccountsView.h"
#include "admin/AuditView.h"
#include "admin/BackupsView.h"
#include "admin/MaintenanceView.h"
#include "admin/OrganisationView.h"
#include "children/ChildrenView.h"
#include "children/DossierView.h"
#include "children/ObservationDialog.h"
#include "children/SearchView.h"
#include "db/ChangeNotifier.h"
#include "db/DatabaseAddress.h"
#include "domain/Labels.h"
#include "groupneeds/GroupNeedsView.h"
#include "handover/HandoverView.h"
#include "help/HelpController.h"
#include "settings/Settings.h"
#include "socialmap/SocialMapView.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace kz {

namespace {

// The page reads its data the first time it is shown, and again (now or when next shown) whenever
// a committed change concerns what it shows.
template <typename View>
void loadWhenShown(View* view, const Session& session, const QList<Change::Subject>& shows)
{
    auto* loader = new LoadOnShow(view, [view] { view->reload(); });
    loader->refreshOn(session.db.changes(), shows);
}

} // namespace

MainWindow::MainWindow(const Session& session, LanguageManager& languages, Settings& settings,
                       QWidget* parent)
    : QMainWindow(parent), m_session(session), m_languages(languages), m_settings(settings),
      m_navigation(new QListWidget(this)), m_stack(new QStackedWidget(this)),
      m_children(new ChildrenView(session, this, Loading::WhenShown)),
      m_socialMap(new SocialMapView(session, this, Loading::WhenShown)),
      m_search(new SearchView(session, this)), m_dossier(new DossierView(session, this)),
      m_groupNeeds(new GroupNeedsView(session, this, Loading::WhenShown)),
      m_handover(new HandoverView(session, this, Loading::WhenShown)),
      m_audit(new AuditView(session, this, Loading::WhenShown)), m_administration(new QTabWidget(this)),
      m_lock(new LockController(session, settings.value(Settings::Key::AutoLockMinutes).toInt(), this)),
      m_databaseLabel(new QLabel(this)), m_userLabel(new QLabel(this)), m_backupWarning(new QLabel(this)),
      m_backupScheduler(new BackupScheduler(session, this)),
      m_connection(new ConnectionBanner(session.db, this))
{
    // A failure while the server cannot be reached is explained by the banner, not by a box each.
    EventLoopGuard::setExplainer(m_connection, [banner = m_connection] { return banner->check(); });
    new DialogFocus(this);
    createNavigation();
    createPages();
    connectPages();
    loadPagesWhenShown();
    createMenus();
    retranslate();
    // An administrator sees no children's files: she starts where her work is.
    const Actor& actor = session.actor;
    if (actor.hasRole(Role::Admin) && !actor.hasRole(Role::Manager) && !actor.hasRole(Role::Practitioner))
        showOrganisation();
    else
        showWorkspace(Children);
    resize(1200, 760);
    restoreGeometry(m_settings.value(Settings::Key::MainWindowGeometry).toByteArray());
}

void MainWindow::createNavigation()
{
    for (int i = 0; i < WorkspaceCount; ++i)
        m_navigation->addItem(QString());
    m_navigation->setFixedWidth(215);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setTextElideMode(Qt::ElideRight);
    m_navigation->setStyleSheet(QStringLiteral(
        "QListWidget { background: #f4f1ea; border: none; font-size: 11pt; padding: 8px 6px; outline: none; }"
        "QListWidget::item { padding: 8px 10px; margin: 1px 0; border-radius: 4px; }"
        "QListWidget::item:disabled { color: #9a968c; }"
        "QListWidget::item:selected { background: #2f6f62; color: white; }"));
    // The audit trail is for managers and admins; core refuses it to others as well.
    if (!m_session.actor.hasRole(Role::Manager) && !m_session.actor.hasRole(Role::Admin))
        m_navigation->item(Administration)->setFlags(Qt::NoItemFlags);
}

void MainWindow::createPages()
{
    m_stack->addWidget(m_children);
    m_stack->addWidget(m_search);
    m_stack->addWidget(m_socialMap);
    m_stack->addWidget(m_groupNeeds);
    m_stack->addWidget(m_handover);
    m_administration->addTab(m_audit, QString());
    if (m_session.actor.hasRole(Role::Admin)) {
        m_organisation = new OrganisationView(m_session, this, Loading::WhenShown);
        m_administration->addTab(m_organisation, QString());
        connect(m_organisation, &OrganisationView::failed, this, &MainWindow::showError);
        connect(m_organisation, &OrganisationView::done, this, &MainWindow::showDone);
        m_accounts = new AccountsView(m_session, this, Loading::WhenShown);
        m_administration->addTab(m_accounts, QString());
        connect(m_accounts, &AccountsView::failed, this, &MainWindow::showError);
        m_maintenance = new MaintenanceView(m_session, this, Loading::WhenShown);
        m_administration->addTab(m_maintenance, QString());
        connect(m_maintenance, &MaintenanceView::failed, this, &MainWindow::showError);
        connect(m_maintenance, &MaintenanceView::done, this, &MainWindow::showDone);
        m_backups = new BackupsView(m_session, this, Loading::WhenShown);
        m_administration->addTab(m_backups, QString());
        connect(m_backups, &BackupsView::failed, this, &MainWindow::showError);
        connect(m_backups, &BackupsView::done, this, &MainWindow::showDone);
    }
    m_stack->addWidget(m_administration);
    m_stack->addWidget(m_dossier); // reached from a child, not from the navigation

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_navigation);
    auto* workspace = new QVBoxLayout;
    workspace->addWidget(m_connection);
    workspace->addWidget(m_stack, 1);
    layout->addLayout(workspace, 1);
    setCentralWidget(central);
    // The daily backup runs for whoever is logged in; its warning shows where managers look.
    m_backupWarning->setStyleSheet(QStringLiteral("color: #a12a2a; font-weight: bold;"));
    m_backupWarning->setVisible(false);
    statusBar()->addPermanentWidget(m_backupWarning);
    const auto showWarning = [this](const QString& warning) {
        m_backupWarning->setText(warning);
        m_backupWarning->setVisible(!warning.isEmpty());
    };
    connect(m_backupScheduler, &BackupScheduler::warningChanged, this, showWarning);
    connect(m_backupScheduler, &BackupScheduler::backedUp, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    showWarning(m_backupScheduler->warning());
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_databaseLabel);
}

// Navigation between the pages and their messages. Keeping pages in step with each other is not
// done here: each page refreshes itself from the database's change notifier.
void MainWindow::connectPages()
{
    connect(m_navigation, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    // Alt+letter reaches one thing: what the shown workspace adds must not take the menu's letters.
    connect(m_stack, &QStackedWidget::currentChanged, this, &MainWindow::resolveMnemonics);
    connect(m_administration, &QTabWidget::currentChanged, this, &MainWindow::resolveMnemonics);
    connect(m_children, &ChildrenView::failed, this, &MainWindow::showError);
    connect(m_children, &ChildrenView::done, this, &MainWindow::showDone);
    connect(m_children, &ChildrenView::openChild, this, [this](qint64 id) { openDossier(id); });
    connect(m_socialMap, &SocialMapView::failed, this, &MainWindow::showError);
    connect(m_socialMap, &SocialMapView::done, this, &MainWindow::showDone);
    connect(m_search, &SearchView::failed, this, &MainWindow::showError);
    connect(m_search, &SearchView::openObservation, this, &MainWindow::openDossier);
    connect(m_dossier, &DossierView::failed, this, &MainWindow::showError);
    connect(m_dossier, &DossierView::done, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    connect(m_dossier, &DossierView::backRequested, this, [this] { showWorkspace(Children); });
    connect(m_dossier, &DossierView::newObservationRequested, this, &MainWindow::newObservation);
    connect(m_groupNeeds, &GroupNeedsView::failed, this, &MainWindow::showError);
    connect(m_groupNeeds, &GroupNeedsView::openChild, this, [this](qint64 id) { openDossier(id); });
    connect(m_groupNeeds, &GroupNeedsView::openChildren, this, [this](qint64 group, qint64 domain) {
        m_children->showFiltered(group, domain);
        showWorkspace(Children);
    });
    connect(m_handover, &HandoverView::failed, this, &MainWindow::showError);
    connect(m_handover, &HandoverView::openChild, this, [this](qint64 id) { openDossier(id); });
    connect(m_handover, &HandoverView::done, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
}

// Each workspace reads its data the first time it is shown, so the window opens at once, and
// follows the changes to what it shows.
void MainWindow::loadPagesWhenShown()
{
    using S = Change::Subject;
    loadWhenShown(m_children, m_session, {S::Child, S::Need, S::Observation, S::Organisation});
    loadWhenShown(m_socialMap, m_session, {S::Partner, S::Organisation});
    loadWhenShown(m_groupNeeds, m_session, {S::Child, S::Need, S::Observation, S::Handover, S::Organisation});
    loadWhenShown(m_handover, m_session, {S::Child, S::Need, S::Handover, S::Partner, S::Organisation});
    // Every change is audited: the trail follows them all.
    const QList<S> everything = {S::Child,    S::Need,    S::Observation, S::Partner,
                                 S::Handover, S::Account, S::Organisation};
    loadWhenShown(m_audit, m_session, everything);
    if (m_organisation) {
        loadWhenShown(m_organisation, m_session, {S::Organisation, S::Child});
        loadWhenShown(m_accounts, m_session, {S::Account, S::Organisation}); // it names groups and locations
        loadWhenShown(m_maintenance, m_session, {S::Child, S::Organisation});
        loadWhenShown(m_backups, m_session, {S::Organisation});
    }
}

void MainWindow::retranslate()
{
    m_navigation->setAccessibleName(tr("Workspaces"));
    setWindowTitle(tr("Kindzicht - %1").arg(m_session.actor.displayName));
    const QStringList names = {tr("Children"),           tr("Search"),
                               tr("Social map"),         tr("Group needs"),
                               tr("Handover to school"), tr("Administration")};
    m_administration->setTabText(0, tr("Audit trail"));
    if (m_organisation)
        m_administration->setTabText(m_administration->indexOf(m_organisation), tr("Locations and groups"));
    if (m_accounts)
        m_administration->setTabText(m_administration->indexOf(m_accounts), tr("Accounts"));
    if (m_maintenance)
        m_administration->setTabText(m_administration->indexOf(m_maintenance), tr("Retention and backup"));
    if (m_backups)
        m_administration->setTabText(m_administration->indexOf(m_backups), tr("Backups"));
    m_backupScheduler->refreshWarning(); // in the new language
    for (int i = 0; i < WorkspaceCount; ++i) {
        m_navigation->item(i)->setText(names[i]);
    }
    m_fileMenu->setTitle(tr("&File"));
    m_quit->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_showChildren->setText(tr("&Children"));
    m_showSocialMap->setText(tr("&Social map"));
    m_showSearch->setText(tr("Search &observations"));
    m_showGroupNeeds->setText(tr("&Group needs"));
    m_showHandover->setText(tr("&Handover to school"));
    m_newObservation->setText(tr("&New observation..."));
    m_newChild->setText(tr("New &child..."));
    m_lockNow->setText(tr("&Lock"));
    m_switchUser->setText(tr("&Switch user..."));
    m_changePassword->setText(tr("Change &password..."));
    m_connectServer->setText(tr("Connect to the organisation's se&rver..."));
    m_find->setText(tr("&Find"));
    m_refresh->setText(tr("&Refresh"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_about->setText(tr("&About Kindzicht"));
    m_userLabel->setText(
        tr("Logged in as %1 (%2)").arg(m_session.actor.displayName, Labels::roles(m_session.actor.roles)));
    // A long path must not make the window wider than a laptop screen: elided, whole in the tooltip.
    const QString where = m_session.db.isServer() ? DatabaseAddress::parse(m_session.db.path()).displayName()
                                                  : m_session.db.path();
    m_databaseLabel->setText(
        (m_session.db.isServer() ? tr("Server: %1") : tr("Database: %1"))
            .arg(m_databaseLabel->fontMetrics().elidedText(where, Qt::ElideMiddle, 320)));
    m_databaseLabel->setToolTip(m_session.db.path());
}

void MainWindow::showWorkspace(Workspace workspace)
{
    if (workspace == Dossier) {
        const QSignalBlocker blocker(m_navigation);
        m_navigation->setCurrentRow(Children);
        m_stack->setCurrentWidget(m_dossier);
    } else {
        m_navigation->setCurrentRow(workspace);
        m_stack->setCurrentIndex(workspace);
    }
    m_stack->currentWidget()->setFocus();
}

void MainWindow::resolveMnemonics()
{
    Mnemonics::resolve(this);
}

void MainWindow::showOrganisation()
{
    showWorkspace(Administration);
    if (m_organisation) {
        m_administration->setCurrentWidget(m_organisation);
        m_organisation->setFocus();
    }
}

void MainWindow::openDossier(qint64 childId, qint64 observationId)
{
    m_dossier->showChild(childId, observationId);
    showWorkspace(Dossier);
}

void MainWindow::newObservation()
{
    const qint64 child =
        currentWorkspace() == Dossier ? m_dossier->childId() : m_children->childForNewObservation();
    ObservationDialog dialog(
        m_session, currentWorkspace() == Children || currentWorkspace() == Dossier ? child : 0, this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Observation saved."), 5000);
}

MainWindow::Workspace MainWindow::currentWorkspace() const
{
    return static_cast<Workspace>(m_stack->currentIndex());
}

void MainWindow::showDone(const QString& message)
{
    statusBar()->showMessage(message, 8000);
}

void MainWindow::showError(const QString& message)
{
    statusBar()->showMessage(message, 10000);
    if (m_connection->check())
        return; // the banner says why, and that Kindzicht keeps trying
    QMessageBox::warning(this, tr("Kindzicht"), message);
}

QString MainWindow::aboutText() const
{
    return tr("<h3>Kindzicht %1</h3><p>Support needs, observations and the social map for inclusive "
              "childcare.</p>"
              "<p>Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later).</p>"
              "<p>Uses Qt %2 (LGPL-3.0), SQLite %3 (public domain) and libsodium %4 (ISC).</p>")
        .arg(QString::fromLatin1(version), QString::fromLatin1(qVersion()), m_session.db.sqliteVersion(),
             PasswordHasher::libraryVersion());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Kindzicht"), aboutText());
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // After every view has its new texts.
        QMetaObject::invokeMethod(this, &MainWindow::resolveMnemonics, Qt::QueuedConnection);
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    resolveMnemonics();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings.setValue(Settings::Key::MainWindowGeometry, saveGeometry());
    event->accept();
}

} // namespace kz
