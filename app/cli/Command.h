#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

namespace kz {

class CommandContext;

// One line of the overview that --help prints: what to type, and what it does.
struct HelpLine
{
    QString usage;
    QString description;
};

// One verb of kindzicht-cli, such as "report groups", or one family of verbs, such as "users": its
// name, a line for the overview, its own options and help, and what it does. The registry
// (CommandRegistry) chooses the command from the words on the command line; CommandLine runs it.
class Command
{
public:
    virtual ~Command() = default;

    // The words that choose this command: "backup", "partners import".
    virtual QString name() const = 0;
    // What follows the name in the overview and the usage line, such as "FILE [--dry-run]".
    virtual QString synopsis() const { return {}; }
    // One line: what the command does.
    virtual QString description() const = 0;
    // More about the command, printed by its own help after the description.
    virtual QString details() const { return {}; }
    // The options this command reads, with what they mean for it.
    virtual QList<QCommandLineOption> options() const { return {}; }
    // The lines in the overview of --help; a family lists each of its verbs.
    virtual QList<HelpLine> overview() const;
    // Whether this many words may follow the name; the next shorter name is tried when not.
    virtual bool acceptsArguments(qsizetype count) const { return count == 0; }
    virtual int execute(CommandContext& context) const = 0;

    // "kindzicht-cli help NAME" and "NAME --help": usage, description, details and options.
    QString helpText(const QList<QCommandLineOption>& commonOptions) const;
    // The options as a help text lists them, one per line, aligned.
    static QString optionsText(const QList<QCommandLineOption>& options);
    // "  usage   description", the description on the next line when the usage is long.
    static QString helpLine(const HelpLine& line);
};

} // namespace kz
