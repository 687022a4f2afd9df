#pragma once

#include <QDate>
#include <QString>
#include <ostream>

// Readable Qt values in GoogleTest failure messages.
inline void PrintTo(const QString& value, std::ostream* os)
{
    *os << '"' << value.toStdString() << '"';
}

inline void PrintTo(const QDate& value, std::ostream* os)
{
    *os << value.toString(Qt::ISODate).toStdString();
}
