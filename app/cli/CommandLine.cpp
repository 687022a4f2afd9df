#include "CommandLine.h"

#include "Command.h"
#include "CommandRegistry.h"
#include "Error.h"
#include "UsageError.h"
#include "Version.h"
#include "i18n/Translations.h"

#include <QSet>

namespace kz {

CommandLine::CommandLine(QTextStream& out, QTextStream& err, PasswordPrompt prompt)
    : m_out(out), m_err(err), m_prompt(std::move(prompt))
{}

QList<QCommandLineOption> CommandLine::commonOptions()
{
    return {
        {QStringLiteral("database"), tr("The database file (default: the application data folder)."),
         tr("FILE")},
        {QStringLiteral("user"),
         tr("Act as this user; the password comes from KINDZICHT_PASSWORD or a prompt."), tr("NAME")},
        {QStringLiteral("language"), tr("The language of the output: nl or en (default en)."), tr("LANG"),
         QStringLiteral("en")},
        {QStringLiteral("verbose"), tr("On failure, also print the technical detail.")},
    };
}

void CommandLine::addOptions(QCommandLineParser& parser, const QList<QCommandLineOption>& own,
                             const QList<QCommandLineOption>& others)
{
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions(commonOptions());
    parser.addOptions(own);
    QSet<QString> taken;
    for (const QList<QCommandLineOption>& list : {commonOptions(), own})
        for (const QCommandLineOption& option : list)
            taken.insert(option.names().constFirst());
    for (QCommandLineOption option : others) {
        if (taken.contains(option.names().constFirst()))
            continue;
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(option);
    }
    parser.addPositionalArgument(QStringLiteral("command"), tr("The command to run; see --help."));
}

QString CommandLine::overview(const CommandRegistry& registry) const
{
    QString text = tr("Kindzicht on the command line.") + QStringLiteral("\n\n") +
                   tr("Usage: kindzicht-cli [--database FILE] [--user NAME] COMMAND [ARGS]") +
                   QStringLiteral("\n\n") + tr("Commands:") + QLatin1Char('\n');
    for (const auto& command : registry.commands())
        for (const HelpLine& line : command->overview())
            text += Command::helpLine(line);
    text += QLatin1Char('\n') +
            tr("LOCATION, GROUP, CHILD: a number or a name; DATE: yyyy-mm-dd or dd-mm-yyyy.") +
            QLatin1Char('\n') +
            tr("\"kindzicht-cli help COMMAND\" or \"kindzicht-cli COMMAND --help\" shows a command's "
               "options.") +
            QStringLiteral("\n\n") + tr("Options of every command:") + QLatin1Char('\n') +
            Command::optionsText(commonOptions()) +
            Command::helpLine({QStringLiteral("-h, --help"), tr("Show this help.")}) +
            Command::helpLine({QStringLiteral("-v, --version"), tr("Show the version.")});
    return text;
}

int CommandLine::help(const CommandRegistry& registry, const QStringList& words)
{
    if (words.isEmpty()) {
        m_out << overview(registry);
        return exitOk;
    }
    const QList<const Command*> commands = registry.named(words);
    if (commands.isEmpty()) {
        m_err << tr("Unknown command \"%1\"; see --help.").arg(words.join(QLatin1Char(' '))) << Qt::endl;
        return exitUsage;
    }
    for (const Command* command : commands) {
        if (command != commands.constFirst())
            m_out << QLatin1Char('\n');
        m_out << command->helpText(commonOptions());
    }
    return exitOk;
}

int CommandLine::run(const QStringList& arguments)
{
    const CommandRegistry registry;
    QCommandLineParser parser;
    addOptions(parser, {}, registry.allOptions());
    if (!parser.parse(arguments)) {
        m_err << parser.errorText() << Qt::endl;
        return exitUsage;
    }
    // The help speaks the language asked for, like everything else.
    const QString language = parser.value(QStringLiteral("language"));
    if (language != QLatin1String("nl") && language != QLatin1String("en")) {
        m_err << tr("Unknown language \"%1\"; use nl or en.").arg(language) << Qt::endl;
        return exitUsage;
    }
    installTranslations(language);
    QStringList words = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("help")))
        return help(registry, words);
    if (!words.isEmpty() && words.constFirst() == QLatin1String("help"))
        return help(registry, words.mid(1));
    if (parser.isSet(QStringLiteral("version"))) {
        m_out << QString::fromLatin1(applicationName) << QLatin1Char(' ') << QString::fromLatin1(version)
              << Qt::endl;
        return exitOk;
    }
    try {
        qsizetype nameLength = 0;
        const Command& command = registry.find(words, nameLength);
        return execute(command, arguments, words.mid(nameLength), registry);
    } catch (const UsageError& usage) {
        m_err << usage.message << Qt::endl;
        return exitUsage;
    } catch (const Error& error) {
        m_err << error.userMessage() << Qt::endl;
        if (parser.isSet(QStringLiteral("verbose")) && !error.detail().isEmpty())
            m_err << error.detail() << Qt::endl;
        return exitRefused;
    }
}

int CommandLine::execute(const Command& command, const QStringList& arguments, const QStringList& words,
                         const CommandRegistry& registry)
{
    // The command's own parser: its options with its defaults (such as --format text).
    QCommandLineParser parser;
    addOptions(parser, command.options(), registry.allOptions());
    if (!parser.parse(arguments)) // the same words parsed before: only the defaults differ
        throw UsageError{parser.errorText()};
    CommandContext context(m_out, m_err, m_prompt, parser, words);
    return command.execute(context);
}

} // namespace kz
