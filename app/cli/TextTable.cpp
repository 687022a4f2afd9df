#include "TextTable.h"

namespace kz {

void TextTable::write(QTextStream& stream, const QStringList& header, const QList<QStringList>& rows)
{
    QList<qsizetype> widths(header.size(), 0);
    for (qsizetype i = 0; i < header.size(); ++i)
        widths[i] = header[i].size();
    for (const QStringList& row : rows)
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    auto print = [&](const QStringList& row) {
        QStringList cells;
        for (qsizetype i = 0; i < row.size(); ++i)
            cells.append(row[i].leftJustified(widths[i]));
        stream << cells.join(QStringLiteral("  ")).trimmed() << Qt::endl;
    };
    print(header);
    for (const QStringList& row : rows)
        print(row);
}

} // namespace kz
