#pragma once

#include <QByteArray>
#include <QChar>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace kz {

// One record of a CSV file and the line it starts on (1-based, counting
// physical lines, so a quoted field with line breaks moves the next record's
// number on).
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

struct CsvTable
{
    QChar delimiter;
    QList<CsvRecord> records; // the header is records.front()
};

// CSV as people really have it: ',' or ';' (Dutch Excel) or tab, found from the
// header line; UTF-8 with or without BOM; CRLF, LF or CR; quoted fields with
// delimiters, quotes and line breaks. Blank lines are skipped. Anything that
// cannot be read with certainty (invalid UTF-8, a quote that is never closed,
// text after a closing quote, an oversized field) throws kz::Error (Validation)
// naming the line, so nothing half-read reaches the database.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(kz::CsvReader)

public:
    static constexpr qsizetype maxFieldLength = 64 * 1024;
    static constexpr qsizetype maxFileSize = 64 * 1024 * 1024;

    static CsvTable parse(const QByteArray& bytes);

    // The line of the first byte that is not valid UTF-8, or 0 when all of it is.
    static int firstInvalidUtf8Line(const QByteArray& bytes);

private:
    // The bytes as text, without a BOM; throws when the file is too large, empty
    // or not UTF-8.
    static QString decode(const QByteArray& input);
};

} // namespace kz
