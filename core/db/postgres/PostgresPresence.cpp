#include "PostgresDialect.h"
#include "db/Database.h"
#include "db/SqlQuery.h"

// Who has a child open for editing, on the server (EditingPresence): a shared advisory lock per
// child, held for the session, so any number may hold it and it ends with the connection (a
// computer that crashes leaves nothing). The session's application name says whose it is.
namespace kz {

namespace {

constexpr int editingLockKind = 0x4b5a; // the advisory locks' first key: "a child being edited"
const QString sessionPrefix = QStringLiteral("kindzicht:");

} // namespace

void PostgresDialect::markEditing(const Database& db, qint64 userId, qint64 childId, bool on) const
{
    if (on) {
        // The same connection may serve another person after a switch of user: say whose it is now.
        SqlQuery name(db, QStringLiteral("SELECT set_config('application_name', :name, false)"));
        name.bind(QStringLiteral(":name"), sessionPrefix + QString::number(userId)).exec();
        name.finish();
    }
    // Held once at most, so that marking again (after a reconnect took the mark away) never leaves
    // one behind when the dialog closes.
    const QString heldHere = QStringLiteral(
        "EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid() "
        "AND objsubid = 2 AND classid = CAST(CAST(:kind AS integer) AS oid) "
        "AND objid = CAST(CAST(:child AS integer) AS oid))");
    SqlQuery mark(db, on ? QStringLiteral("SELECT pg_advisory_lock_shared(:kind, CAST(:child AS integer)) "
                                          "WHERE NOT ") +
                               heldHere
                         : QStringLiteral("SELECT pg_advisory_unlock_shared(:kind, CAST(:child AS integer)) "
                                          "WHERE ") +
                               heldHere);
    mark.bind(QStringLiteral(":kind"), editingLockKind).bind(QStringLiteral(":child"), childId).exec();
    mark.finish();
}

QList<qint64> PostgresDialect::othersEditing(const Database& db, qint64 childId) const
{
    SqlQuery q(
        db, QStringLiteral(
                "SELECT DISTINCT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
                "WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 2 "
                "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
                "AND l.classid = CAST(CAST(:kind AS integer) AS oid) "
                "AND l.objid = CAST(CAST(:child AS integer) AS oid) AND l.pid <> pg_backend_pid()"));
    q.bind(QStringLiteral(":kind"), editingLockKind).bind(QStringLiteral(":child"), childId).exec();
    QList<qint64> users;
    while (q.next()) {
        const QString name = q.value(0).toString();
        bool ok = false;
        const qint64 user = name.mid(sessionPrefix.size()).toLongLong(&ok);
        if (name.startsWith(sessionPrefix) && ok && !users.contains(user))
            users.append(user);
    }
    return users;
}

} // namespace kz
