#include "Command.h"

#include "CommandLine.h"

namespace kz {

namespace {

constexpr qsizetype usageWidth = 28;
constexpr qsizetype lineWidth = 100;

// The words of a text, an option in brackets ("[--language nl|en]") kept as one.
QStringList words(const QString& text)
{
    QStringList result;
    int depth = 0;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (depth > 0)
            result.last() += QLatin1Char(' ') + word;
        else
            result.append(word);
        depth +=
            static_cast<int>(word.count(QLatin1Char('['))) - static_cast<int>(word.count(QLatin1Char(']')));
    }
    return result;
}

// The words of `text` in lines of at most `width` characters (a longer word stands alone), each
// line after the first indented by `indent` spaces.
QString wrapped(const QString& text, qsizetype width, qsizetype indent)
{
    QStringList lines;
    QString line;
    for (const QString& word : words(text)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines.append(line);
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    lines.append(line);
    return lines.join(QLatin1Char('\n') + QString(indent, QLatin1Char(' ')));
}

} // namespace

QList<HelpLine> Command::overview() const
{
    return {{(name() + QLatin1Char(' ') + synopsis()).trimmed(), description()}};
}

QString Command::helpLine(const HelpLine& line)
{
    const QString indent(usageWidth, QLatin1Char(' '));
    const QString description = wrapped(line.description, lineWidth - usageWidth, usageWidth);
    const QString usage = QStringLiteral("  ") + wrapped(line.usage, lineWidth - 4, 4);
    if (usage.size() + 2 > usageWidth)
        return usage + QLatin1Char('\n') + indent + description + QLatin1Char('\n');
    return usage.leftJustified(usageWidth) + description + QLatin1Char('\n');
}

QString Command::optionsText(const QList<QCommandLineOption>& options)
{
    QString text;
    for (const QCommandLineOption& option : options) {
        QStringList names;
        for (const QString& name : option.names())
            names.append((name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name);
        QString usage = names.join(QStringLiteral(", "));
        if (!option.valueName().isEmpty())
            usage += QLatin1Char(' ') + option.valueName();
        QString description = option.description();
        // A description that names its default already (in the interface language) keeps it once.
        const QString defaultNote = CommandLine::tr("(default %1)");
        if (!option.defaultValues().isEmpty() &&
            !description.contains(defaultNote.section(QLatin1Char('%'), 0, 0)))
            description += QLatin1Char(' ') + defaultNote.arg(option.defaultValues().join(QLatin1Char(',')));
        text += helpLine({usage, description});
    }
    return text;
}

QString Command::helpText(const QList<QCommandLineOption>& commonOptions) const
{
    QString text = wrapped(CommandLine::tr("Usage: kindzicht-cli [--database FILE] [--user NAME] %1")
                               .arg((name() + QLatin1Char(' ') + synopsis()).trimmed()),
                           lineWidth, 4) +
                   QStringLiteral("\n\n") + wrapped(description(), lineWidth, 0) + QLatin1Char('\n');
    if (const QList<HelpLine> lines = overview(); lines.size() > 1) {
        text += QLatin1Char('\n');
        for (const HelpLine& line : lines)
            text += helpLine(line);
    }
    if (!details().isEmpty())
        text += QLatin1Char('\n') + wrapped(details(), lineWidth, 0) + QLatin1Char('\n');
    if (!options().isEmpty())
        text += QLatin1Char('\n') + CommandLine::tr("Options:") + QLatin1Char('\n') + optionsText(options());
    text += QLatin1Char('\n') + CommandLine::tr("Options of every command:") + QLatin1Char('\n') +
            optionsText(commonOptions);
    return text;
}

} // namespace kz
