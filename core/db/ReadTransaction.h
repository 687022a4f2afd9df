#pragma once

namespace kz {

class Database;

// A read-only transaction in which every statement sees the database as it was at the first read
// (the dialect's beginConsistentRead()), while others keep writing: a copy or a server's backup
// takes every table from the same moment. Nothing is written in it; it ends when it goes.
class ReadTransaction
{
public:
    explicit ReadTransaction(const Database& db);
    ~ReadTransaction();
    ReadTransaction(const ReadTransaction&) = delete;
    ReadTransaction& operator=(const ReadTransaction&) = delete;

private:
    const Database& m_db;
};

} // namespace kz
