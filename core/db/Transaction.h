#pragma once

#include <QString>

namespace kz {

class Database;

// One user action, one transaction: it takes the write lock up front (the dialect's beginWrite();
// a deferred start fails later with "database is locked"). Rolls back unless commit() was reached, so an
// exception passing through leaves nothing half-written. A Transaction opened inside another
// becomes a savepoint, so a store call can be part of a larger action. The changes noted with
// Database::recordChange are announced when the outermost transaction commits, and forgotten with
// whatever rolls back.
class Transaction
{
public:
    explicit Transaction(const Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();

private:
    const Database& m_db;
    QString m_savepoint;           // empty for the outermost transaction
    qsizetype m_changesBefore = 0; // changes noted before this transaction or savepoint began
    bool m_open = true;
};

} // namespace kz
