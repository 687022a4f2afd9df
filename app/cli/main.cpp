#include "CommandLine.h"
#include "Version.h"

#include <QGuiApplication>
#include <QTextStream>
#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace {

// Reads a password from the terminal without echoing it; empty when stdin is not a terminal.
QString promptPassword(const QString& username)
{
    if (!isatty(STDIN_FILENO))
        return {};
    std::cerr << "Password for " << username.toStdString() << ": "
              << std::flush; // or passphrase for a backup
    termios old{};
    tcgetattr(STDIN_FILENO, &old);
    termios silent = old;
    silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    std::string line;
    std::getline(std::cin, line);
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    std::cerr << std::endl;
    return QString::fromStdString(line);
}

// A command-line tool's output is its interface: only Kindzicht's own messages reach the terminal.
// Qt's internal notices (such as a missing XDG_RUNTIME_DIR when run as root) are shown only when
// KINDZICHT_DEBUG is set; real failures still are.
void quietQtMessages(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    static const bool debug = qEnvironmentVariableIsSet("KINDZICHT_DEBUG");
    if (!debug && (type == QtDebugMsg || type == QtInfoMsg || type == QtWarningMsg))
        return;
    std::cerr << qPrintable(qFormatLogMessage(type, context, message)) << std::endl;
}

} // namespace

int main(int argc, char* argv[])
{
    // The command line never opens a window; PDF reports need Qt Gui, which offscreen provides.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qInstallMessageHandler(quietQtMessages);
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QString::fromLatin1(kz::applicationName));
    QCoreApplication::setOrganizationName(QString::fromLatin1(kz::organisationName));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kz::version));
    QTextStream out(stdout);
    QTextStream err(stderr);
    kz::CommandLine commandLine(out, err, promptPassword);
    return commandLine.run(QCoreApplication::arguments());
}
