#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace kz {

class Database;
class LanguageManager;
class Settings;

// Start-up of the desktop application: language, which database (offering the demo on a first
// start), login, then the main window.
class GuiApplication
{
    Q_DECLARE_TR_FUNCTIONS(kz::GuiApplication)

public:
    static int run(int& argc, char** argv);

    // Without a display Qt would abort; say so in words instead. Empty when a display is there.
    static QString missingDisplayMessage();

private:
    // Logs in and runs the main window until the user quits (its exit code) or connects to
    // another server (`nextDatabase` set); switching user stays inside.
    static int runSessions(const Database& db, Settings& settings, LanguageManager& languages,
                           std::optional<Database>& nextDatabase);
};

} // namespace kz
