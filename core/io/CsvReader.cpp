#include "CsvReader.h"

#include "Error.h"

namespace kz {

namespace {

QChar detectDelimiter(const QString& text)
{
    // Count candidates on the header line, outside quotes.
    qsizetype commas = 0;
    qsizetype semicolons = 0;
    qsizetype tabs = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted && c == QLatin1Char(','))
            ++commas;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolons;
        else if (!quoted && c == QLatin1Char('\t'))
            ++tabs;
    }
    if (semicolons > commas && semicolons >= tabs)
        return QLatin1Char(';');
    if (tabs > commas && tabs > semicolons)
        return QLatin1Char('\t');
    return QLatin1Char(',');
}

bool isBlank(const QStringList& fields)
{
    for (const QString& f : fields)
        if (!f.trimmed().isEmpty())
            return false;
    return true;
}

} // namespace

int CsvReader::firstInvalidUtf8Line(const QByteArray& bytes)
{
    int line = 1;
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size;) {
        const unsigned char c = data[i];
        if (c == '\n')
            ++line;
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned int minimum = 0;
        unsigned int codePoint = 0;
        if ((c & 0xE0) == 0xC0) {
            length = 2;
            minimum = 0x80;
            codePoint = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3;
            minimum = 0x800;
            codePoint = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4;
            minimum = 0x10000;
            codePoint = c & 0x07;
        } else {
            return line;
        }
        if (i + length > size)
            return line;
        for (int k = 1; k < length; ++k) {
            if ((data[i + k] & 0xC0) != 0x80)
                return line;
            codePoint = (codePoint << 6) | (data[i + k] & 0x3F);
        }
        // Overlong forms, UTF-16 surrogates and values past U+10FFFF are not UTF-8.
        if (codePoint < minimum || (codePoint >= 0xD800 && codePoint <= 0xDFFF) || codePoint > 0x10FFFF)
            return line;
        i += length;
    }
    return 0;
}

CsvTable CsvReader::parse(const QByteArray& input)
{
    if (input.size() > maxFileSize)
        throw Error(Error::Kind::Validation, tr("The file is larger than %1 MB; split it into smaller files.")
                                                 .arg(maxFileSize / (1024 * 1024)));
    QByteArray bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    if (bytes.trimmed().isEmpty())
        throw Error(Error::Kind::Validation, tr("The file is empty."));
    if (const int badLine = firstInvalidUtf8Line(bytes); badLine > 0)
        throw Error(Error::Kind::Validation,
                    tr("Line %1 is not valid UTF-8 text. Save the file as \"CSV UTF-8\" and try again.")
                        .arg(badLine));

    const QString text = QString::fromUtf8(bytes);
    CsvTable table;
    table.delimiter = detectDelimiter(text);

    int line = 1;
    int recordLine = 1;
    int quoteLine = 0;
    QStringList fields;
    QString field;
    enum class State
    {
        FieldStart,
        Unquoted,
        Quoted,
        AfterQuote
    } state = State::FieldStart;

    const auto endField = [&] {
        fields.append(field);
        field.clear();
        state = State::FieldStart;
    };
    const auto endRecord = [&] {
        endField();
        if (!isBlank(fields))
            table.records.append({recordLine, fields});
        fields.clear();
    };
    const auto append = [&](QChar c) {
        if (field.size() >= maxFieldLength)
            throw Error(Error::Kind::Validation,
                        tr("A field on line %1 is longer than %2 KB; this is not a partner list.")
                            .arg(recordLine)
                            .arg(maxFieldLength / 1024));
        field.append(c);
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        const bool lineBreak = c == QLatin1Char('\n') || c == QLatin1Char('\r');
        if (lineBreak && c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
            ++i; // CRLF counts once
        switch (state) {
        case State::FieldStart:
        case State::Unquoted:
            if (c == table.delimiter) {
                endField();
            } else if (lineBreak) {
                endRecord();
                ++line;
                recordLine = line;
            } else if (c == QLatin1Char('"') && state == State::FieldStart) {
                state = State::Quoted;
                quoteLine = line;
            } else {
                append(c); // a stray quote inside an unquoted field is kept as written
                state = State::Unquoted;
            }
            break;
        case State::Quoted:
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    append(c);
                    ++i;
                } else {
                    state = State::AfterQuote;
                }
            } else {
                if (lineBreak) {
                    ++line;
                    append(QLatin1Char('\n'));
                } else {
                    append(c);
                }
            }
            break;
        case State::AfterQuote:
            if (c == table.delimiter) {
                endField();
            } else if (lineBreak) {
                endRecord();
                ++line;
                recordLine = line;
            } else if (c == QLatin1Char(' ') || c == QLatin1Char('\t')) {
                // spaces after a closing quote are harmless
            } else {
                throw Error(
                    Error::Kind::Validation,
                    tr("Line %1: text follows a closing quote; put the whole field between quotes and "
                       "double the quotes inside it.")
                        .arg(line));
            }
            break;
        }
    }
    if (state == State::Quoted)
        throw Error(Error::Kind::Validation,
                    tr("The quote opened on line %1 is never closed.").arg(quoteLine));
    if (state != State::FieldStart || !field.isEmpty() || !fields.isEmpty())
        endRecord();
    return table;
}

} // namespace kz
