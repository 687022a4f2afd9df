#include "DatabaseChooser.h"

#include "Error.h"
#include "ServerConnectDialog.h"
#include "db/DatabaseAddress.h"
#include "demo/DemoDatabase.h"
#include "settings/Settings.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>

namespace kz {

std::optional<Database> DatabaseChooser::open(const QString& requested)
{
    const DatabaseAddress address = DatabaseAddress::parse(requested);
    if (address.isServer())
        return openServer(address);
    return openFile(address.filePath());
}

void DatabaseChooser::remember(const QString& address)
{
    m_settings.setValue(Settings::Key::DatabasePath, address);
}

std::optional<Database> DatabaseChooser::connectToServer(const DatabaseAddress* start, const QString& why)
{
    ServerConnectDialog dialog;
    if (start)
        dialog.setAddress(*start);
    dialog.showError(why);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    remember(dialog.addressText());
    return dialog.takeDatabase();
}

std::optional<Database> DatabaseChooser::openServer(const DatabaseAddress& address)
{
    for (;;) {
        try {
            return Database::openServer(address);
        } catch (const Error& e) {
            // A password is asked for in the form, with the rest of the address to check.
            if (e.kind() == Error::Kind::AccessDenied)
                return connectToServer(&address, e.userMessage());
            if (e.kind() != Error::Kind::Database)
                throw;
            QMessageBox box(QMessageBox::Warning, tr("Kindzicht"), e.userMessage());
            box.setInformativeText(tr("Check the network, or ask whoever looks after the server. You can "
                                      "also connect to another server or work on a file on this computer."));
            box.setDetailedText(e.detail());
            QPushButton* retry = box.addButton(tr("&Try again"), QMessageBox::AcceptRole);
            QPushButton* other = box.addButton(tr("&Change the server..."), QMessageBox::ActionRole);
            QPushButton* local = box.addButton(tr("Use a &file on this computer"), QMessageBox::ActionRole);
            box.addButton(QMessageBox::Cancel);
            box.setDefaultButton(retry);
            box.exec();
            if (box.clickedButton() == other)
                return connectToServer(&address);
            if (box.clickedButton() == local) {
                m_settings.reset(Settings::Key::DatabasePath);
                return openFile(Database::defaultPath());
            }
            if (box.clickedButton() != retry)
                return std::nullopt;
        }
    }
}

std::optional<Database> DatabaseChooser::openFile(QString path)
{
    while (!QFileInfo::exists(path)) {
        QMessageBox box(QMessageBox::Question, tr("Kindzicht"),
                        tr("There is no Kindzicht database at %1 yet.").arg(QDir::toNativeSeparators(path)));
        box.setInformativeText(
            tr("Start with your own organisation: its name, the first location and its groups, "
               "and you as its administrator. Or open the demo, with an invented location, "
               "children and the social map of The Hague, to look around first. Where the "
               "organisation keeps its data on a server, connect to it."));
        QPushButton* own = box.addButton(tr("Start with your own &organisation..."), QMessageBox::AcceptRole);
        QPushButton* demo = box.addButton(tr("Open the &demo"), QMessageBox::ActionRole);
        QPushButton* open = box.addButton(tr("Open &another file..."), QMessageBox::ActionRole);
        QPushButton* server =
            box.addButton(tr("Connect to the organisation's &server..."), QMessageBox::ActionRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(own);
        box.exec();
        if (box.clickedButton() == server)
            return connectToServer();
        if (box.clickedButton() == demo) {
            QProgressDialog progress(tr("Creating the demo database..."), QString(), 0, 0);
            progress.setWindowModality(Qt::ApplicationModal);
            progress.setMinimumDuration(0);
            progress.show();
            QCoreApplication::processEvents();
            DemoDatabase::create(path);
            break;
        }
        if (box.clickedButton() == own)
            break; // created at the current schema below; the setup wizard fills it
        if (box.clickedButton() != open)
            return std::nullopt;
        path = QFileDialog::getOpenFileName(nullptr, tr("Open a Kindzicht database"),
                                            QFileInfo(path).absolutePath(),
                                            tr("Kindzicht databases (*.db);;All files (*)"));
        if (path.isEmpty())
            return std::nullopt;
    }
    return Database::open(path);
}

} // namespace kz
