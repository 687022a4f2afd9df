#include "GuiApplication.h"

#include "Error.h"
#include "GuardedApplication.h"
#include "LanguageManager.h"
#include "LogFile.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "Session.h"
#include "Version.h"
#include "admin/SetupWizard.h"
#include "demo/DemoDatabase.h"
#include "settings/Settings.h"
#include "store/UserStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <optional>

namespace kz {

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

QString GuiApplication::chooseDatabase(const QString& requested)
{
    QString path = requested;
    while (!QFileInfo::exists(path)) {
        QMessageBox box(QMessageBox::Question, tr("Kindzicht"),
                        tr("There is no Kindzicht database at %1 yet.").arg(QDir::toNativeSeparators(path)));
        box.setInformativeText(
            tr("Start with your own organisation: its name, the first location and its groups, "
               "and you as its administrator. Or open the demo, with an invented location, "
               "children and the social map of The Hague, to look around first."));
        QPushButton* own = box.addButton(tr("Start with your own &organisation..."), QMessageBox::AcceptRole);
        QPushButton* demo = box.addButton(tr("Open the &demo"), QMessageBox::ActionRole);
        QPushButton* open = box.addButton(tr("Open &another file..."), QMessageBox::ActionRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(own);
        box.exec();
        if (box.clickedButton() == demo) {
            QProgressDialog progress(tr("Creating the demo database..."), QString(), 0, 0);
            progress.setWindowModality(Qt::ApplicationModal);
            progress.setMinimumDuration(0);
            progress.show();
            QCoreApplication::processEvents();
            DemoDatabase::create(path);
            return path;
        }
        if (box.clickedButton() == own) {
            Database::open(path); // created at the current schema; the setup wizard fills it
            return path;
        }
        if (box.clickedButton() != open)
            return {};
        path = QFileDialog::getOpenFileName(nullptr, tr("Open a Kindzicht database"),
                                            QFileInfo(path).absolutePath(),
                                            tr("Kindzicht databases (*.db);;All files (*)"));
        if (path.isEmpty())
            return {};
    }
    return path;
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
    parser.addOption(
        {QStringLiteral("database"), QStringLiteral("The database file to open."), QStringLiteral("FILE")});
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
        const QString path = chooseDatabase(requested);
        if (path.isEmpty())
            return 0;
        const Database db = Database::open(path);
        // A database without accounts is new: the wizard sets up the organisation and logs its
        // administrator in, straight into Administration.
        std::optional<Actor> actor;
        if (!UserStore(db).hasUsers()) {
            SetupWizard wizard(db);
            if (wizard.exec() != QDialog::Accepted || !wizard.administrator())
                return 0;
            actor = wizard.administrator();
            settings.setValue(Settings::Key::LastUser, actor->username);
        }
        bool justSetUp = actor.has_value();
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
            if (justSetUp)
                window.showOrganisation();
            window.show();
            const int result = QApplication::exec();
            if (!switchUser)
                return result;
            actor.reset();
            justSetUp = false;
        }
    } catch (const Error& e) {
        QMessageBox::critical(nullptr, tr("Kindzicht"), e.userMessage());
        qCWarning(kzGui).noquote() << "Start-up failed -" << e.userMessage() << "-" << e.detail();
        return 1;
    }
}

} // namespace kz
