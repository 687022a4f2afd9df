#pragma once

#include "db/Dialect.h"
#include "db/Transaction.h"

#include <QString>

namespace kz {

class Database;

// A bulk insert (a generated organisation) fills its full-text index with one
// statement at the end instead of a trigger per row. The insert trigger is dropped inside a
// transaction of its own (a savepoint within the caller's) and put back by finish(): an insert
// that fails rolls the trigger back into place, so the index never misses a row.
class FtsBulkFill final : public SearchIndexFill
{
public:
    struct Index
    {
        QString table;   // the content table, with an INTEGER PRIMARY KEY id
        QString fts;     // its FTS5 table (content=table, content_rowid=id)
        QString columns; // the indexed columns, comma separated
        QString trigger; // the AFTER INSERT trigger that keeps the index per row
    };
    static Index observations();

    FtsBulkFill(const Database& db, Index index);
    ~FtsBulkFill() override = default;
    FtsBulkFill(const FtsBulkFill&) = delete;
    FtsBulkFill& operator=(const FtsBulkFill&) = delete;

    // Indexes every row inserted since construction and restores the trigger.
    void finish() override;

private:
    const Database& m_db;
    Index m_index;
    Transaction m_transaction;
    qint64 m_lastIdBefore = 0;
    QString m_triggerSql;
};

} // namespace kz
