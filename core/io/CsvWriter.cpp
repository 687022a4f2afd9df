#include "CsvWriter.h"

#include <algorithm>

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

// Appends the field as written: most fields need neither the apostrophe nor quotes and go in as
// they are (an export writes every field of 100,000 rows through here).
void CsvWriter::appendField(QString& out, const QString& raw)
{
    const bool guard = startsDangerously(raw);
    const bool quote = std::any_of(raw.cbegin(), raw.cend(), [](QChar c) {
        switch (c.unicode()) {
        case u',':
        case u'"':
        case u'\n':
        case u'\r':
        case u';':
        case u'\t':
            return true;
        default:
            return false;
        }
    });
    if (quote)
        out += QLatin1Char('"');
    if (guard)
        out += QLatin1Char('\'');
    if (!quote) {
        out += raw;
        return;
    }
    QString escaped = raw;
    out += escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    out += QLatin1Char('"');
}

QString CsvWriter::field(const QString& raw)
{
    QString out;
    appendField(out, raw);
    return out;
}

QString CsvWriter::line(const QStringList& fields, QChar delimiter)
{
    qsizetype size = fields.size() + 2;
    for (const QString& f : fields)
        size += f.size();
    QString out;
    out.reserve(size);
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += delimiter;
        appendField(out, fields[i]);
    }
    return out += QStringLiteral("\r\n");
}

} // namespace kz
