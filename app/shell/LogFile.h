#pragma once

#include <QLoggingCategory>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(kzGui)

namespace kz {

// The application's log, for what went wrong in the program (the detail of an error, never a
// child's data beyond that): the messages of the "kindzicht.gui" category go to a file of the
// owner's alone (0600) that is kept small by starting anew, keeping one older part beside it.
class LogFile
{
public:
    // kindzicht.log in QStandardPaths::AppDataLocation, beside the default database.
    static QString defaultPath();
    // Sends kindzicht.gui's messages to `path` (and on to Qt's own handler); an empty path stops.
    static void open(const QString& path);
    static QString path();

    // A file grows to about this size before it is moved to "<path>.1" and started again.
    static constexpr qint64 maximumSize = 512 * 1024;
};

} // namespace kz
