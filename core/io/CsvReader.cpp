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

// What the scanner cannot read with certainty, and the line it is on;
// CsvReader::parse words it.
struct ScanFailure
{
    enum class Problem
    {
        FieldTooLong,
        TextAfterQuote,
        QuoteNotClosed
    };
    Problem problem;
    int line = 0;
};

// The records of a decoded text, one character at a time. Physical lines are
// counted, so a record's line and a failure's line are the ones a person sees
// in an editor.
class RecordScanner
{
public:
    RecordScanner(const QString& text, QChar delimiter) : m_text(text), m_delimiter(delimiter) {}

    // Throws ScanFailure.
    QList<CsvRecord> records()
    {
        const qsizetype n = m_text.size();
        for (m_index = 0; m_index < n; ++m_index) {
            const QChar c = m_text.at(m_index);
            const bool lineBreak = c == QLatin1Char('\n') || c == QLatin1Char('\r');
            if (lineBreak && c == QLatin1Char('\r') && m_index + 1 < n &&
                m_text.at(m_index + 1) == QLatin1Char('\n'))
                ++m_index; // CRLF counts once
            switch (m_state) {
            case State::FieldStart:
            case State::Unquoted:
                unquoted(c, lineBreak);
                break;
            case State::Quoted:
                quoted(c, lineBreak);
                break;
            case State::AfterQuote:
                afterQuote(c, lineBreak);
                break;
            }
        }
        if (m_state == State::Quoted)
            throw ScanFailure{ScanFailure::Problem::QuoteNotClosed, m_quoteLine};
        if (m_state != State::FieldStart || !m_field.isEmpty() || !m_fields.isEmpty())
            endRecord();
        return m_records;
    }

private:
    enum class State
    {
        FieldStart,
        Unquoted,
        Quoted,
        AfterQuote
    };

    void unquoted(QChar c, bool lineBreak)
    {
        if (c == m_delimiter) {
            endField();
        } else if (lineBreak) {
            endLine();
        } else if (c == QLatin1Char('"') && m_state == State::FieldStart) {
            m_state = State::Quoted;
            m_quoteLine = m_line;
        } else {
            append(c); // a stray quote inside an unquoted field is kept as written
            m_state = State::Unquoted;
        }
    }

    void quoted(QChar c, bool lineBreak)
    {
        if (c == QLatin1Char('"')) {
            if (m_index + 1 < m_text.size() && m_text.at(m_index + 1) == QLatin1Char('"')) {
                append(c);
                ++m_index;
            } else {
                m_state = State::AfterQuote;
            }
        } else if (lineBreak) {
            ++m_line;
            append(QLatin1Char('\n'));
        } else {
            append(c);
        }
    }

    void afterQuote(QChar c, bool lineBreak)
    {
        if (c == m_delimiter)
            endField();
        else if (lineBreak)
            endLine();
        else if (c != QLatin1Char(' ') && c != QLatin1Char('\t')) // spaces after a closing quote are harmless
            throw ScanFailure{ScanFailure::Problem::TextAfterQuote, m_line};
    }

    void endField()
    {
        m_fields.append(m_field);
        m_field.clear();
        m_state = State::FieldStart;
    }

    void endRecord()
    {
        endField();
        if (!isBlank(m_fields))
            m_records.append({m_recordLine, m_fields});
        m_fields.clear();
    }

    void endLine()
    {
        endRecord();
        ++m_line;
        m_recordLine = m_line;
    }

    void append(QChar c)
    {
        if (m_field.size() >= CsvReader::maxFieldLength)
            throw ScanFailure{ScanFailure::Problem::FieldTooLong, m_recordLine};
        m_field.append(c);
    }

    const QString& m_text;
    const QChar m_delimiter;
    qsizetype m_index = 0;
    State m_state = State::FieldStart;
    int m_line = 1;
    int m_recordLine = 1;
    int m_quoteLine = 0;
    QStringList m_fields;
    QString m_field;
    QList<CsvRecord> m_records;
};

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
    const QString text = decode(input);
    CsvTable table;
    table.delimiter = detectDelimiter(text);
    try {
        table.records = RecordScanner(text, table.delimiter).records();
    } catch (const ScanFailure& failure) {
        switch (failure.problem) {
        case ScanFailure::Problem::FieldTooLong:
            throw Error(Error::Kind::Validation, tr("A field on line %1 is longer than %2 KB; this is not a "
                                                    "partner list.")
                                                     .arg(failure.line)
                                                     .arg(maxFieldLength / 1024));
        case ScanFailure::Problem::TextAfterQuote:
            throw Error(Error::Kind::Validation, tr("Line %1: text follows a closing quote; put the whole "
                                                    "field between quotes and "
                                                    "double the quotes inside it.")
                                                     .arg(failure.line));
        case ScanFailure::Problem::QuoteNotClosed:
            throw Error(Error::Kind::Validation,
                        tr("The quote opened on line %1 is never closed.").arg(failure.line));
        }
        throw;
    }
    return table;
}

QString CsvReader::decode(const QByteArray& input)
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
        throw Error(Error::Kind::Validation, tr("Line %1 is not valid UTF-8 text. Save the file as \"CSV "
                                                "UTF-8\" and try again.")
                                                 .arg(badLine));
    return QString::fromUtf8(bytes);
}

} // namespace kz
