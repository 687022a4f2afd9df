#include "Transaction.h"

#include "Database.h"
#include "SqlQuery.h"

#include <QSqlDatabase>

namespace kz {

Transaction::Transaction(const Database& db)
    : m_db(db)
{
    SqlQuery::run(m_db, QStringLiteral("BEGIN IMMEDIATE"));
}

Transaction::~Transaction()
{
    if (m_open)
        m_db.connection().rollback();
}

void Transaction::commit()
{
    SqlQuery::run(m_db, QStringLiteral("COMMIT"));
    m_open = false;
}

} // namespace kz
