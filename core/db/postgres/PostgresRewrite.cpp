#include "PostgresRewrite.h"

#include "Error.h"
#include "PostgresRoles.h"
#include "db/Database.h"
#include "db/Dialect.h"
#include "db/SqlQuery.h"

#include <QElapsedTimer>
#include <QThread>
#include <algorithm>

namespace kz {

PostgresRewrite::PostgresRewrite(const Database& db) : m_db(db) {}

// VACUUM FULL waits until nobody reads the table: a session left open on another computer
// should not hold the wipe for ever (the wipe then stays pending, see Database::finishWipe).
void PostgresRewrite::tables(const QStringList& tables) const
{
    if (!PostgresRoles::actsAsOwner(m_db))
        throw Error(Error::Kind::AccessDenied,
                    Database::tr("Only the owner of the database on the server (kindzicht_owner) may rewrite "
                                 "its tables."));
    SqlQuery current(m_db, QStringLiteral("SELECT current_setting('lock_timeout')"));
    const bool unbounded = current.scalar().value().toString() == QLatin1String("0");
    const auto restore = [&] {
        m_db.clearStatementCache();
        if (unbounded)
            SqlQuery::run(m_db, QStringLiteral("SET lock_timeout = 0"));
    };
    if (unbounded)
        SqlQuery::run(m_db, QStringLiteral("SET lock_timeout = '10s'"));
    try {
        waitForOlderSnapshots();
        SqlQuery::run(m_db, QStringLiteral("VACUUM FULL ") + tables.join(QStringLiteral(", ")));
    } catch (const Error&) {
        restore();
        throw;
    }
    restore();
}

void PostgresRewrite::everyTable() const
{
    tables(m_db.dialect().tableNames(m_db));
}

// VACUUM FULL keeps a deleted row that a snapshot taken before the delete may still see. Two kinds
// of snapshot can: another session of this database that began before (an open read, an
// autovacuum's analyze), and VACUUM's own, whose horizon starts at the oldest transaction still
// running in any database of the server. So wait, as long as the lock timeout, until every
// transaction begun before now has ended and every other session here has a newer snapshot.
void PostgresRewrite::waitForOlderSnapshots() const
{
    SqlQuery mark(m_db, QStringLiteral("SELECT CAST(pg_current_xact_id() AS text)"));
    const QString now = mark.scalar().value().toString();
    SqlQuery limit(m_db, QStringLiteral("SELECT EXTRACT(epoch FROM CAST(current_setting('lock_timeout') AS "
                                        "interval)) * 1000"));
    const qint64 budgetMs = std::max<qint64>(limit.scalar().value().toLongLong(), 100);
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        SqlQuery older(m_db,
                       QStringLiteral("SELECT pg_snapshot_xmin(pg_current_snapshot()) < CAST(:now AS xid8) "
                                      "OR EXISTS (SELECT 1 FROM pg_stat_activity WHERE datname = "
                                      "current_database() AND pid <> pg_backend_pid() AND ("
                                      "age(backend_xmin) > age(CAST(CAST(:now AS xid8) AS xid)) OR "
                                      "age(backend_xid) > age(CAST(CAST(:now AS xid8) AS xid))))"));
        older.bind(QStringLiteral(":now"), now);
        if (!older.scalar().value_or(false).toBool())
            return;
        if (waited.elapsed() > budgetMs)
            throw Error(Error::Kind::Database,
                        Database::tr("Someone is still reading the database; the rewrite waits for the "
                                     "next opening."),
                        QStringLiteral("a transaction older than the purge stayed open"));
        QThread::msleep(50);
    }
}

} // namespace kz
