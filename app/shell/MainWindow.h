#pragma once

#include <QMainWindow>

class QActionGroup;
class QLabel;
class QListWidget;
class QStackedWidget;
class QTabWidget;

namespace kz {

class ChildrenView;
class DossierView;
class HelpController;
class GroupNeedsView;
class HandoverView;
class AuditView;
class AccountsView;
class BackupScheduler;
class ConnectionBanner;
class BackupsView;
class MaintenanceView;
class OrganisationView;
class LockController;
class SearchView;
class LanguageManager;
class Settings;
class SocialMapView;
struct Session;

// The shell: navigation between the workspaces, menus, and who is working on which database.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Workspace
    {
        Children,
        Search,
        SocialMap,
        GroupNeeds,
        Handover,
        Administration,
        WorkspaceCount,
        Dossier = WorkspaceCount
    };

    MainWindow(const Session& session, LanguageManager& languages, Settings& settings,
               QWidget* parent = nullptr);

    void showWorkspace(Workspace workspace);
    Workspace currentWorkspace() const;
    ChildrenView* childrenView() const { return m_children; }
    ConnectionBanner* connectionBanner() const { return m_connection; }
    SocialMapView* socialMapView() const { return m_socialMap; }
    DossierView* dossierView() const { return m_dossier; }
    SearchView* searchView() const { return m_search; }
    GroupNeedsView* groupNeedsView() const { return m_groupNeeds; }
    HandoverView* handoverView() const { return m_handover; }
    AuditView* auditView() const { return m_audit; }
    AccountsView* accountsView() const { return m_accounts; }
    MaintenanceView* maintenanceView() const { return m_maintenance; }
    BackupsView* backupsView() const { return m_backups; }
    BackupScheduler* backupScheduler() const { return m_backupScheduler; }
    QLabel* backupWarning() const { return m_backupWarning; }
    OrganisationView* organisationView() const { return m_organisation; }
    // Administration, on its locations and groups (administrators; the first start lands here).
    void showOrganisation();
    LockController* lockController() const { return m_lock; }
    QAction* newObservationAction() const { return m_newObservation; }
    HelpController* help() const { return m_help; }

    void openDossier(qint64 childId, qint64 observationId = 0);
    void newObservation();

signals:
    // The person at the keyboard changes; the application keeps running and asks who it is.
    void switchUserRequested();
    // The user asks to work on the organisation's server (the start-up loop asks where it is).
    void serverConnectRequested();

public:
    QListWidget* navigation() const { return m_navigation; }
    QString aboutText() const;

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createNavigation();
    void createPages();
    void connectPages();
    void loadPagesWhenShown();
    void createMenus();
    void retranslate();
    void showError(const QString& message);
    void showDone(const QString& message);
    void showAbout();
    void resolveMnemonics();

    const Session& m_session;
    LanguageManager& m_languages;
    Settings& m_settings;
    QListWidget* m_navigation;
    QStackedWidget* m_stack;
    ChildrenView* m_children;
    SocialMapView* m_socialMap;
    SearchView* m_search;
    DossierView* m_dossier;
    GroupNeedsView* m_groupNeeds;
    HandoverView* m_handover;
    AuditView* m_audit;
    AccountsView* m_accounts = nullptr;
    MaintenanceView* m_maintenance = nullptr;
    BackupsView* m_backups = nullptr;
    OrganisationView* m_organisation = nullptr;
    QTabWidget* m_administration;
    LockController* m_lock;
    QLabel* m_databaseLabel;
    QLabel* m_userLabel;
    QLabel* m_backupWarning;
    BackupScheduler* m_backupScheduler;
    ConnectionBanner* m_connection;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_quit = nullptr;
    QAction* m_showChildren = nullptr;
    QAction* m_showSocialMap = nullptr;
    QAction* m_showSearch = nullptr;
    QAction* m_showGroupNeeds = nullptr;
    QAction* m_showHandover = nullptr;
    QAction* m_lockNow = nullptr;
    QAction* m_switchUser = nullptr;
    QAction* m_changePassword = nullptr;
    QAction* m_connectServer = nullptr;
    QAction* m_newObservation = nullptr;
    QAction* m_newChild = nullptr;
    QAction* m_find = nullptr;
    QAction* m_refresh = nullptr;
    QAction* m_dutch = nullptr;
    QAction* m_english = nullptr;
    QAction* m_about = nullptr;
    HelpController* m_help = nullptr;
};

} // namespace kz
