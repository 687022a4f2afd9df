#pragma once

#include "Clock.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>
#include <QVariant>
#include <optional>

namespace kz::sql {

// Dates are stored as ISO text (yyyy-MM-dd), moments as ISO UTC text with milliseconds.
inline QVariant date(const QDate& d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}
inline QVariant date(const std::optional<QDate>& d)
{
    return d ? date(*d) : QVariant();
}
inline QVariant moment(const QDateTime& t)
{
    return t.isValid() ? QVariant(t.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}
inline QString now()
{
    return Clock::nowUtc().toString(Qt::ISODateWithMs);
}

inline QDate toDate(const QVariant& v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}
inline std::optional<QDate> toOptionalDate(const QVariant& v)
{
    if (v.isNull() || v.toString().isEmpty())
        return std::nullopt;
    return toDate(v);
}
inline QDateTime toMoment(const QVariant& v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}
inline std::optional<qint64> toOptionalId(const QVariant& v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}
inline QVariant id(const std::optional<qint64>& v)
{
    return v ? QVariant(*v) : QVariant();
}

} // namespace kz::sql
