#include "BackupLogStore.h"

#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/SqlValues.h"
#include "db/Transaction.h"

#include <QDir>

namespace kz {

namespace {

const QString columns = QStringLiteral(
    "SELECT id, made_at, made_on, folder, file_name, size, file_hash, key_id, removed_at FROM backup_log ");

BackupLogRow rowFrom(const SqlQuery& q)
{
    BackupLogRow row{q.value(0).toLongLong(), sql::toMoment(q.value(1)), sql::toDate(q.value(2)),
                     q.value(3).toString(),   q.value(4).toString(),     q.value(5).toLongLong(),
                     q.value(6).toString(),   q.value(7).toLongLong(),   std::nullopt};
    if (!q.value(8).isNull())
        row.removedAt = sql::toMoment(q.value(8));
    return row;
}

} // namespace

QString BackupLogRow::filePath() const
{
    return QDir(folder).filePath(fileName);
}

qint64 BackupLogStore::add(const BackupLogRow& row)
{
    Transaction transaction(m_db);
    SqlQuery q(m_db,
               QStringLiteral("INSERT INTO backup_log (made_at, made_on, folder, file_name, size, "
                              "file_hash, key_id) VALUES (:at, :on, :folder, :file, :size, :hash, :key) "
                              "RETURNING id"));
    q.bind(QStringLiteral(":at"), sql::moment(row.madeAt))
        .bind(QStringLiteral(":on"), sql::date(row.madeOn))
        .bind(QStringLiteral(":folder"), row.folder)
        .bind(QStringLiteral(":file"), row.fileName)
        .bind(QStringLiteral(":size"), row.size)
        .bind(QStringLiteral(":hash"), row.fileHash)
        .bind(QStringLiteral(":key"), row.keyId)
        .exec();
    const qint64 id = q.insertedId();
    m_db.recordChange({Change::Subject::Organisation, 0});
    transaction.commit();
    return id;
}

void BackupLogStore::markRemoved(qint64 id)
{
    Transaction transaction(m_db);
    SqlQuery q(m_db, QStringLiteral("UPDATE backup_log SET removed_at = :now WHERE id = :id"));
    q.bind(QStringLiteral(":now"), sql::now()).bind(QStringLiteral(":id"), id).exec();
    m_db.recordChange({Change::Subject::Organisation, 0});
    transaction.commit();
}

QList<BackupLogRow> BackupLogStore::kept(const QString& folder) const
{
    SqlQuery q(m_db, columns + QStringLiteral("WHERE removed_at IS NULL AND folder = :folder "
                                              "ORDER BY made_at DESC, id DESC"));
    q.bind(QStringLiteral(":folder"), folder).exec();
    QList<BackupLogRow> rows;
    while (q.next())
        rows.append(rowFrom(q));
    return rows;
}

std::optional<BackupLogRow> BackupLogStore::newest() const
{
    SqlQuery q(m_db, columns + QStringLiteral("ORDER BY made_at DESC, id DESC LIMIT 1"));
    q.exec();
    if (!q.next())
        return std::nullopt;
    return rowFrom(q);
}

} // namespace kz
