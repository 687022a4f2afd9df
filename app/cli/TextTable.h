#pragma once

#include <QList>
#include <QStringList>
#include <QTextStream>

namespace kz {

// A table on the terminal: each column as wide as its widest cell, two spaces between columns.
class TextTable
{
public:
    static void write(QTextStream& stream, const QStringList& header, const QList<QStringList>& rows);
};

} // namespace kz
