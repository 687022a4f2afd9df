#pragma once

#include "domain/EditConflict.h"
#include "domain/User.h"

#include <QCoreApplication>
#include <QString>

namespace kz {

class Database;
class SqlQuery;

// The optimistic guard of every edited row: a save names the version it was based on; the row's
// UPDATE raises the version only where it still is that one, and an UPDATE that changed nothing
// is refused with an EditConflictError naming who saved in between and when. Who and when come
// from the row itself (updated_by, updated_at), written by the same UPDATE: the audit trail may be
// purged with a child's file and is not readable for everyone, the row always is.
// Version 0 means "not read before": a one-shot command that reads and writes in one transaction.
class RowVersion
{
    Q_DECLARE_TR_FUNCTIONS(kz::RowVersion)

public:
    // What a versioned UPDATE sets besides its own columns; binds :changed_by and :changed_at.
    static QString setClause();
    // The condition after "WHERE id = :id"; binds :read_version (0: any version).
    static QString whereClause();
    static void bind(SqlQuery& update, const Actor& actor, int readVersion);
    // For an UPDATE with setClause() but no whereClause(): a change that needs no read before it.
    static void bindChange(SqlQuery& update, const Actor& actor);

    // Refuses when `table`'s row `id` is no longer at `readVersion`: called on the row read at the
    // start of the write transaction, so the refusal comes before any other rule is checked.
    static void require(const Database& db, const QString& table, qint64 id, int readVersion);
    // After the UPDATE ran: refuses when it changed no row because another connection saved first.
    static void requireUpdated(const Database& db, int rowsChanged, const QString& table, qint64 id,
                               int readVersion);

    // The audit action of a save: "update", or "overwrite" when the person kept hers over a newer one.
    static QString auditAction(Overwrite overwrite);
    // The audit detail of an overwrite: whose version it replaced.
    static QString overwriteDetail(const Database& db, const QString& table, qint64 id, Overwrite overwrite);

private:
    static EditConflict current(const Database& db, const QString& table, qint64 id, int readVersion);
    [[noreturn]] static void refuse(const EditConflict& conflict);
};

} // namespace kz
