#include "IsoDates.h"

#include <array>
#include <optional>

namespace kz::iso {

namespace {

// The number written by the `count` digits at `from`, or -1 when one of them is no digit.
int digits(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

bool isAt(QStringView text, qsizetype at, char16_t c)
{
    return text.size() > at && text[at].unicode() == c;
}

// yyyy-MM-dd at the start of `text`; nullopt when it is not there in that exact form.
std::optional<QDate> exactDate(QStringView text)
{
    if (text.size() < 10 || !isAt(text, 4, u'-') || !isAt(text, 7, u'-'))
        return std::nullopt;
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    if (year < 0 || month < 0 || day < 0)
        return std::nullopt;
    return QDate(year, month, day);
}

} // namespace

QString date(const QDate& date)
{
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day); // one conversion from the day number, not three
    if (!date.isValid())
        return {};
    if (year < 1 || year > 9999)
        return date.toString(Qt::ISODate);
    std::array<char16_t, 10> text{};
    const auto put = [&text](qsizetype at, int value, int width) {
        for (qsizetype i = at + width - 1; i >= at; --i, value /= 10)
            text[static_cast<size_t>(i)] = static_cast<char16_t>(u'0' + value % 10);
    };
    put(0, year, 4);
    text[4] = u'-';
    put(5, month, 2);
    text[7] = u'-';
    put(8, day, 2);
    return QString(reinterpret_cast<const QChar*>(text.data()), static_cast<qsizetype>(text.size()));
}

QDate parseDate(QStringView text)
{
    if (text.size() == 10)
        if (const std::optional<QDate> exact = exactDate(text))
            return *exact;
    return QDate::fromString(text.toString(), Qt::ISODate);
}

QDateTime parseMoment(QStringView text)
{
    // yyyy-MM-ddTHH:mm:ss.zzzZ, or without the milliseconds.
    const bool withMs = text.size() == 24 && isAt(text, 19, u'.') && isAt(text, 23, u'Z');
    const bool withoutMs = text.size() == 20 && isAt(text, 19, u'Z');
    if ((withMs || withoutMs) && isAt(text, 10, u'T') && isAt(text, 13, u':') && isAt(text, 16, u':')) {
        const std::optional<QDate> day = exactDate(text);
        const int ms = withMs ? digits(text, 20, 3) : 0;
        const QTime time(digits(text, 11, 2), digits(text, 14, 2), digits(text, 17, 2), ms);
        if (day && day->isValid() && time.isValid() && ms >= 0)
            return QDateTime(*day, time, Qt::UTC);
    }
    QDateTime t = QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

} // namespace kz::iso
