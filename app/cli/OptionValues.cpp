#include "OptionValues.h"

#include "UsageError.h"

#include <QRegularExpression>

namespace kz {

QDate OptionValues::date(const QString& text, const QString& option)
{
    const QString trimmed = text.trimmed();
    QDate result = QDate::fromString(trimmed, Qt::ISODate);
    static const QRegularExpression dutch(QStringLiteral("^(\\d{1,2})-(\\d{1,2})-(\\d{4})$"));
    if (const QRegularExpressionMatch m = dutch.match(trimmed); !result.isValid() && m.hasMatch())
        result = QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    if (!result.isValid())
        throw UsageError{
            tr("--%1 takes a date as yyyy-mm-dd or dd-mm-yyyy (found \"%2\").").arg(option, text)};
    return result;
}

std::optional<QDate> OptionValues::date(const QCommandLineParser& parser, const QString& option)
{
    if (!parser.isSet(option))
        return std::nullopt;
    return date(parser.value(option), option);
}

QString OptionValues::required(const QCommandLineParser& parser, const QString& option,
                               const QString& command)
{
    const QString value = parser.value(option).trimmed();
    if (!parser.isSet(option) || value.isEmpty())
        throw UsageError{tr("%1 needs --%2.").arg(command, option)};
    return value;
}

int OptionValues::number(const QCommandLineParser& parser, const QString& option, int minimum, int maximum)
{
    bool ok = false;
    const int value = parser.value(option).trimmed().toInt(&ok);
    if (!ok || value < minimum || value > maximum)
        throw UsageError{
            tr("--%1 takes a whole number from %2 to %3.").arg(option).arg(minimum).arg(maximum)};
    return value;
}

std::pair<int, int> OptionValues::range(const QCommandLineParser& parser, const QString& option)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,3})\\s*-\\s*(\\d{1,3})\\s*$"));
    const QRegularExpressionMatch m = pattern.match(parser.value(option));
    if (!m.hasMatch() || m.captured(1).toInt() > m.captured(2).toInt())
        throw UsageError{tr("--%1 takes a range in months such as 24-48.").arg(option)};
    return {m.captured(1).toInt(), m.captured(2).toInt()};
}

QStringList OptionValues::list(const QCommandLineParser& parser, const QString& option)
{
    QStringList result;
    for (const QString& item : parser.value(option).split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!item.trimmed().isEmpty())
            result.append(item.trimmed());
    return result;
}

bool OptionValues::anySet(const QCommandLineParser& parser, const QStringList& options)
{
    for (const QString& option : options)
        if (parser.isSet(option))
            return true;
    return false;
}

} // namespace kz
