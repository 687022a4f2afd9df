#pragma once

#include <QChar>
#include <QStringList>

namespace kz {

// RFC 4180 lines: fields with a delimiter, quote or line break are quoted, quotes doubled, CRLF ends.
// A field that a spreadsheet would run as a formula (it starts with =, +, -, @, tab or carriage
// return) gets a leading apostrophe, as OWASP advises against CSV injection.
class CsvWriter
{
public:
    static QString field(const QString& value);
    // Would a spreadsheet treat this as a formula? (Phone numbers like +31 70 and -5 are not warned about.)
    static bool looksLikeFormula(const QString& value);
    // The value without the apostrophe field() put before a formula character.
    static QString unprotected(const QString& value);
    static QString line(const QStringList& fields, QChar delimiter = QLatin1Char(','));

private:
    static void appendField(QString& out, const QString& raw);
};

} // namespace kz
