#pragma once

#include "CommandContext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace kz {

class Command;
class CommandRegistry;

// kindzicht-cli: the command-line face of core, for admins' scripts and acceptance tests. Chooses
// the command (one class per verb, see CommandRegistry), prints help, and turns what a command
// throws into the exit code.
// Exit codes: 0 success, 1 a refused or invalid request (one line on stderr), 2 bad usage.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(kz::CommandLine)

public:
    using PasswordPrompt = kz::PasswordPrompt;

    CommandLine(QTextStream& out, QTextStream& err, PasswordPrompt prompt);

    int run(const QStringList& arguments);

    static constexpr int exitOk = 0;
    static constexpr int exitRefused = 1;
    static constexpr int exitUsage = 2;

private:
    // The options every command takes: the database, the user, the language, --verbose.
    static QList<QCommandLineOption> commonOptions();
    // Common options, then the command's own (shown in its help), then every other command's,
    // hidden: as before, an option that does not concern a command is accepted and ignored.
    static void addOptions(QCommandLineParser& parser, const QList<QCommandLineOption>& own,
                           const QList<QCommandLineOption>& others);
    int help(const CommandRegistry& registry, const QStringList& words);
    QString overview(const CommandRegistry& registry) const;
    int execute(const Command& command, const QStringList& arguments, const QStringList& words,
                const CommandRegistry& registry);

    QTextStream& m_out;
    QTextStream& m_err;
    PasswordPrompt m_prompt;
};

} // namespace kz
