#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <functional>

namespace kz {

class Database;

// The rows of one table as a copy carries them between engines: values in the form the stores
// write them (dates and moments as ISO text, flags as 0 and 1), so a server's typed columns and
// a file's text read back the same. Read in id order; written in batches of rows per statement,
// because on a server every statement is a round trip.
struct TableRows
{
    Q_DECLARE_TR_FUNCTIONS(kz::TableRows)

public:
    QString table;
    QStringList columns;
    QList<QVariantList> rows;

    // Every row of `table` (the given columns), ordered by them (ids first where a table has them).
    static TableRows read(const Database& db, const QString& table, const QStringList& columns);
    // The same rows handed to `take` at most `batch` at a time, never all at once: a copy of a
    // million notes holds one batch in memory, not the table.
    static void readInBatches(const Database& db, const QString& table, const QStringList& columns, int batch,
                              const std::function<void(TableRows&)>& take);
    // Inserts every row; throws kz::Error like any statement.
    void insertInto(const Database& db) const;
    int column(const QString& name) const { return static_cast<int>(columns.indexOf(name)); }
    // The number of rows of `table`.
    static qint64 count(const Database& db, const QString& table);
    // The largest id of `table`, 0 when empty.
    static qint64 largestId(const Database& db, const QString& table);
};

} // namespace kz
