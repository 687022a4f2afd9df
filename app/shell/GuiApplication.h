#pragma once

#include <QCoreApplication>
#include <QString>

namespace kz {

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
    static QString chooseDatabase(const QString& requested);
};

} // namespace kz
