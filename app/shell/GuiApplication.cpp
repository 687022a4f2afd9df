#include "GuiApplication.h"

#include "DatabaseChooser.h"
#include "Error.h"
#include "GuardedApplication.h"
#include "LanguageManager.h"
#include "LogFile.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "OutsideChanges.h"
#include "Session.h"
#include "Version.h"
#include "admin/SetupWizard.h"
#include "demo/DemoDatabase.h"
#include "services/Authenticator.h"
#include "settings/Settings.h"
#include "store/UserStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <optional>

namespace kz {

namespace {

std::optional<Actor> loginAsConnected(const Database& db)
{
    try {
        return Authenticator::loginAsConnected(db);
    } catch (const Error&) {
        return std::nullopt; // e.g. a wait after wrong passwords: the login dialog says so
    }
}

} // namespace

QString GuiApplication::missingDisplayMessage()
{
#if defined(Q_OS_LINUX)
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        return QStringLiteral("Kindzicht needs a display: neither DISPLAY nor WAYLAND_DISPLAY is set.\n"
                              "Use kindzicht-cli on a machine without a screen (see kindzicht-cli --help).");
#endif
    return {};
}

int GuiApplication::run(int& argc, char** argv)
{
    GuardedApplication app(argc, argv);
    QApplication::setApplicationName(QString::fromLatin1(applicationName));
    QApplication::setOrganizationName(QString::fromLatin1(organisationName));
    LogFile::open(LogFile::defaultPath());
    QApplication::setApplicationVersion(QString::fromLatin1(version));
    QIcon icon;
    for (const int size : {32, 64, 256})
        icon.addFile(QStringLiteral(":/icons/kindzicht-%1.png").arg(size));
    QApplication::setWindowIcon(icon);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Kindzicht"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("database"),
                      QStringLiteral("The database file or postgresql:// address to open."),
                      QStringLiteral("FILE|URI")});
    parser.addOption(
        {QStringLiteral("language"), QStringLiteral("nl or en (remembered)."), QStringLiteral("LANG")});
    parser.process(app);

    Settings settings;
    LanguageManager languages(settings);
    languages.setLanguage(parser.isSet(QStringLiteral("language")) ? parser.value(QStringLiteral("language"))
                                                                   : languages.initialLanguage());

    QString requested = parser.value(QStringLiteral("database"));
    if (requested.isEmpty())
        requested = settings.databasePath().isEmpty() ? Database::defaultPath() : settings.databasePath();

    try {
        DatabaseChooser chooser(settings);
        std::optional<Database> db = chooser.open(requested);
        // Connecting to another server from the running window returns here with that server.
        while (db) {
            std::optional<Database> next;
            const int result = runSessions(*db, settings, languages, next);
            if (!next)
                return result;
            db = std::move(next);
        }
        return 0;
    } catch (const Error& e) {
        QMessageBox::critical(nullptr, tr("Kindzicht"), e.userMessage());
        qCWarning(kzGui).noquote() << "Start-up failed -" << e.userMessage() << "-" << e.detail();
        return 1;
    }
}

int GuiApplication::runSessions(const Database& db, Settings& settings, LanguageManager& languages,
                                std::optional<Database>& nextDatabase)
{
    // A database without accounts is new: the wizard sets up the organisation and logs its
    // administrator in, straight into Administration. A server is set up by `server init`.
    std::optional<Actor> actor;
    if (!UserStore(db).hasUsers()) {
        if (db.isServer()) {
            QMessageBox::warning(
                nullptr, tr("Kindzicht"),
                tr("The server's database has no accounts yet. Whoever looks after the "
                   "server sets it up with: kindzicht-cli server init ADDRESS --admin NAME"));
            return 1;
        }
        SetupWizard wizard(db);
        if (wizard.exec() != QDialog::Accepted || !wizard.administrator())
            return 0;
        actor = wizard.administrator();
        settings.setValue(Settings::Key::LastUser, actor->username);
    }
    const OutsideChanges outside(db); // what other computers or programs commit reaches the windows
    bool justSetUp = actor.has_value();
    // On a server the password she connected with is her account's too: no second question.
    if (!actor && (actor = loginAsConnected(db)))
        settings.setValue(Settings::Key::LastUser, actor->username);
    // Switching user returns here: a new login, a new window, the same running application.
    for (;;) {
        if (!actor) {
            LoginDialog login(db, settings.value(Settings::Key::LastUser).toString(),
                              DemoDatabase::isDemo(db));
            if (login.exec() != QDialog::Accepted || !login.actor())
                return 0;
            actor = login.actor();
            settings.setValue(Settings::Key::LastUser, actor->username);
        }
        const Session session{db, *actor};
        MainWindow window(session, languages, settings);
        bool switchUser = false;
        QObject::connect(&window, &MainWindow::switchUserRequested, &window, [&] {
            switchUser = true;
            window.close();
        });
        QObject::connect(&window, &MainWindow::serverConnectRequested, &window, [&] {
            DatabaseChooser chooser(settings);
            if (std::optional<Database> server = chooser.connectToServer()) {
                nextDatabase = std::move(server);
                window.close();
            }
        });
        if (justSetUp)
            window.showOrganisation();
        window.show();
        const int result = QApplication::exec();
        if (!switchUser || nextDatabase)
            return result;
        actor.reset();
        justSetUp = false;
    }
}

} // namespace kz
