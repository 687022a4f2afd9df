#include "TableRows.h"

#include "db/Database.h"
#include "db/SqlQuery.h"

#include <QDate>
#include <QDateTime>
#include <algorithm>
#include <limits>

namespace kz {

namespace {

// A server's typed value as a file stores it (see db/SqlValues.h); a file's text stays as it is.
QVariant portable(const QVariant& value)
{
    if (value.isNull())
        return QVariant();
    switch (value.typeId()) {
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        return value.toDateTime().toUTC().toString(Qt::ISODateWithMs);
    case QMetaType::Bool:
        return value.toBool() ? 1 : 0;
    default:
        return value;
    }
}

constexpr int valuesPerStatement = 400;

} // namespace

TableRows TableRows::read(const Database& db, const QString& table, const QStringList& columns)
{
    TableRows result{table, columns, {}};
    readInBatches(db, table, columns, std::numeric_limits<int>::max(),
                  [&result](TableRows& batch) { result.rows.append(std::move(batch.rows)); });
    return result;
}

void TableRows::readInBatches(const Database& db, const QString& table, const QStringList& columns, int batch,
                              const std::function<void(TableRows&)>& take)
{
    TableRows rows{table, columns, {}};
    SqlQuery q(db, QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                       .arg(columns.join(QStringLiteral(", ")), table, columns.join(QStringLiteral(", "))));
    q.exec();
    while (q.next()) {
        QVariantList row;
        row.reserve(columns.size());
        for (int i = 0; i < columns.size(); ++i)
            row.append(portable(q.value(i)));
        rows.rows.append(row);
        if (rows.rows.size() >= batch) {
            take(rows);
            rows.rows.clear();
        }
    }
    if (!rows.rows.isEmpty())
        take(rows);
}

void TableRows::insertInto(const Database& db) const
{
    if (rows.isEmpty())
        return;
    const qsizetype perStatement = std::max<qsizetype>(1, valuesPerStatement / columns.size());
    for (qsizetype first = 0; first < rows.size(); first += perStatement) {
        const qsizetype count = std::min(perStatement, rows.size() - first);
        QStringList tuples;
        for (qsizetype r = 0; r < count; ++r) {
            QStringList placeholders;
            for (qsizetype c = 0; c < columns.size(); ++c)
                placeholders.append(QStringLiteral(":v%1_%2").arg(r).arg(c));
            tuples.append(QLatin1Char('(') + placeholders.join(QStringLiteral(", ")) + QLatin1Char(')'));
        }
        SqlQuery insert(
            db, QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                    .arg(table, columns.join(QStringLiteral(", ")), tuples.join(QStringLiteral(", "))));
        for (qsizetype r = 0; r < count; ++r)
            for (qsizetype c = 0; c < columns.size(); ++c)
                insert.bind(QStringLiteral(":v%1_%2").arg(r).arg(c), rows[first + r][c]);
        insert.exec();
    }
}

qint64 TableRows::count(const Database& db, const QString& table)
{
    SqlQuery q(db, QStringLiteral("SELECT COUNT(*) FROM ") + table);
    return q.scalar().value_or(0).toLongLong();
}

qint64 TableRows::largestId(const Database& db, const QString& table)
{
    SqlQuery q(db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM ") + table);
    return q.scalar().value_or(0).toLongLong();
}

} // namespace kz
