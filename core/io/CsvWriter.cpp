#include "CsvWriter.h"

namespace kz {

QString CsvWriter::field(const QString& value)
{
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"'))
                       || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'))
                       || value.contains(QLatin1Char(';')) || value.contains(QLatin1Char('\t'));
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
