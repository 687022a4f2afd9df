#pragma once

#include <QChar>
#include <QStringList>

namespace kz {

// RFC 4180 lines: fields with a delimiter, quote or line break are quoted, quotes doubled, CRLF ends.
class CsvWriter
{
public:
    static QString field(const QString& value);
    static QString line(const QStringList& fields, QChar delimiter = QLatin1Char(','));
};

} // namespace kz
