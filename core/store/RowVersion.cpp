#include "RowVersion.h"

#include "Error.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/SqlValues.h"

#include <QLocale>

namespace kz {

QString RowVersion::setClause()
{
    return QStringLiteral("version = version + 1, updated_by = :changed_by, updated_at = :changed_at");
}

QString RowVersion::whereClause()
{
    return QStringLiteral(" AND (:read_version = 0 OR version = :read_version)");
}

void RowVersion::bind(SqlQuery& update, const Actor& actor, int readVersion)
{
    bindChange(update, actor);
    update.bind(QStringLiteral(":read_version"), std::max(readVersion, 0));
}

void RowVersion::bindChange(SqlQuery& update, const Actor& actor)
{
    update.bind(QStringLiteral(":changed_by"), actor.userId).bind(QStringLiteral(":changed_at"), sql::now());
}

void RowVersion::require(const Database& db, const QString& table, qint64 id, int readVersion)
{
    if (readVersion <= 0)
        return;
    const EditConflict found = current(db, table, id, readVersion);
    if (found.currentVersion != readVersion)
        refuse(found);
}

void RowVersion::requireUpdated(const Database& db, int rowsChanged, const QString& table, qint64 id,
                                int readVersion)
{
    if (rowsChanged > 0)
        return;
    const EditConflict found = current(db, table, id, readVersion);
    if (found.currentVersion == 0)
        throw Error(Error::Kind::NotFound,
                    tr("This record no longer exists; it was removed after you opened it."),
                    QStringLiteral("%1 %2").arg(table).arg(id));
    refuse(found);
}

QString RowVersion::auditAction(Overwrite overwrite)
{
    return overwrite == Overwrite::Yes ? QStringLiteral("overwrite") : QStringLiteral("update");
}

QString RowVersion::overwriteDetail(const Database& db, const QString& table, qint64 id, Overwrite overwrite)
{
    if (overwrite == Overwrite::No)
        return {};
    const EditConflict now = current(db, table, id, 0);
    return QStringLiteral("over version %1 by user %2").arg(now.currentVersion).arg(now.changedBy);
}

EditConflict RowVersion::current(const Database& db, const QString& table, qint64 id, int readVersion)
{
    // `table` is always one of the stores' own constants, never input.
    SqlQuery q(db,
               QStringLiteral("SELECT t.version, t.updated_by, COALESCE(u.display_name, ''), t.updated_at "
                              "FROM %1 t LEFT JOIN users u ON u.id = t.updated_by WHERE t.id = :id")
                   .arg(table));
    q.bind(QStringLiteral(":id"), id).exec();
    EditConflict conflict{table, id, readVersion, 0, 0, {}, {}};
    if (q.next()) {
        conflict.currentVersion = q.value(0).toInt();
        conflict.changedBy = q.value(1).toLongLong();
        conflict.changedByName = q.value(2).toString();
        if (!q.value(3).isNull())
            conflict.changedAt = sql::toMoment(q.value(3));
    }
    return conflict;
}

void RowVersion::refuse(const EditConflict& conflict)
{
    const QString who = conflict.changedByName.isEmpty() ? tr("someone else") : conflict.changedByName;
    const QLocale locale;
    const QString message =
        conflict.changedAt.isValid()
            ? tr("Changed by %1 on %2 at %3, after you opened it. Nothing of yours was saved yet.")
                  .arg(who, locale.toString(conflict.changedAt.toLocalTime().date(), QLocale::ShortFormat),
                       locale.toString(conflict.changedAt.toLocalTime().time(), QLocale::ShortFormat))
            : tr("Changed by %1 after you opened it. Nothing of yours was saved yet.").arg(who);
    throw EditConflictError(conflict, message);
}

} // namespace kz
