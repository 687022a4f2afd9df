#include "CsvWriter.h"

namespace kz {

namespace {

bool startsDangerously(const QString& value)
{
    if (value.isEmpty())
        return false;
    const QChar c = value.front();
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@') ||
           c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

} // namespace

bool CsvWriter::looksLikeFormula(const QString& value)
{
    if (!startsDangerously(value))
        return false;
    const QChar c = value.front();
    if (c == QLatin1Char('+') || c == QLatin1Char('-')) {
        const QChar next = value.size() > 1 ? value.at(1) : QChar();
        return !(next.isDigit() || next.isSpace() || next == QLatin1Char('(') || next.isNull());
    }
    return true;
}

QString CsvWriter::unprotected(const QString& value)
{
    if (value.size() > 1 && value.front() == QLatin1Char('\'') && startsDangerously(value.mid(1)))
        return value.mid(1);
    return value;
}

QString CsvWriter::field(const QString& raw)
{
    const QString value = startsDangerously(raw) ? QLatin1Char('\'') + raw : raw;
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) ||
                       value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')) ||
                       value.contains(QLatin1Char(';')) || value.contains(QLatin1Char('\t'));
    if (!quote)
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString CsvWriter::line(const QStringList& fields, QChar delimiter)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString& f : fields)
        out.append(field(f));
    return out.join(delimiter) + QStringLiteral("\r\n");
}

} // namespace kz
