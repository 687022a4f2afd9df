#include "ReadTransaction.h"

#include "Database.h"
#include "Dialect.h"
#include "SqlQuery.h"

namespace kz {

ReadTransaction::ReadTransaction(const Database& db) : m_db(db)
{
    SqlQuery::run(m_db, m_db.dialect().beginConsistentRead());
}

ReadTransaction::~ReadTransaction()
{
    m_db.connection().rollback(); // it only read: ending it gives back the snapshot
}

} // namespace kz
