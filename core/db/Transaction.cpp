#include "Transaction.h"

#include "ChangeFeed.h"
#include "Database.h"
#include "Dialect.h"
#include "SqlQuery.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace kz {

Transaction::Transaction(const Database& db) : m_db(db), m_changesBefore(db.m_pendingChanges.size())
{
    if (m_db.m_transactionDepth == 0) {
        SqlQuery::run(m_db, m_db.dialect().beginWrite());
    } else {
        m_savepoint = QStringLiteral("kz_savepoint_%1").arg(m_db.m_transactionDepth);
        SqlQuery::run(m_db, QStringLiteral("SAVEPOINT ") + m_savepoint);
    }
    ++m_db.m_transactionDepth;
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    --m_db.m_transactionDepth;
    m_db.m_pendingChanges.resize(m_changesBefore); // what rolls back was never there
    if (m_savepoint.isEmpty()) {
        m_db.connection().rollback();
        try {
            m_db.runAfterTransaction();
        } catch (...) {
            // A destructor may not throw; what was queued (a refusal's audit) is lost, the action not.
        }
    } else {
        QSqlQuery q(m_db.connection());
        q.exec(QStringLiteral("ROLLBACK TO ") + m_savepoint);
        q.exec(QStringLiteral("RELEASE ") + m_savepoint);
    }
}

void Transaction::commit()
{
    if (m_savepoint.isEmpty())
        ChangeFeed::announce(m_db, m_db.m_pendingChanges); // heard by the others if COMMIT works
    SqlQuery::run(m_db, m_savepoint.isEmpty() ? QStringLiteral("COMMIT")
                                              : QStringLiteral("RELEASE ") + m_savepoint);
    m_open = false;
    --m_db.m_transactionDepth;
    if (m_savepoint.isEmpty()) {
        m_db.runAfterTransaction();
        m_db.publishChanges(); // last: the views that refresh read a database that is done
    }
}

} // namespace kz
