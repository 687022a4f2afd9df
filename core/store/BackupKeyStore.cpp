#include "BackupKeyStore.h"

#include "Error.h"
#include "access/AccessPolicy.h"
#include "access/AuditLog.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/SqlValues.h"
#include "db/Transaction.h"

namespace kz {

qint64 BackupKeyStore::add(const Actor& actor, const QByteArray& publicKey, const QString& keyCheck)
{
    Transaction transaction(m_db);
    AccessPolicy::requireAnyRole(m_db, actor, {Role::Admin}, QStringLiteral("backup_key"));
    if (publicKey.isEmpty() || keyCheck.isEmpty())
        throw Error(Error::Kind::Validation, tr("A backup key needs its public key."));
    const std::optional<BackupKeyRecord> before = current();
    const QString now = sql::now();
    if (before) {
        SqlQuery replaced(m_db, QStringLiteral("UPDATE backup_keys SET replaced_at = :now WHERE id = :id"));
        replaced.bind(QStringLiteral(":now"), now).bind(QStringLiteral(":id"), before->id).exec();
    }
    SqlQuery insert(m_db,
                    QStringLiteral("INSERT INTO backup_keys (public_key, key_check, created_at, created_by) "
                                   "VALUES (:key, :check, :now, :by) RETURNING id"));
    insert.bind(QStringLiteral(":key"), QString::fromLatin1(publicKey.toBase64()))
        .bind(QStringLiteral(":check"), keyCheck)
        .bind(QStringLiteral(":now"), now)
        .bind(QStringLiteral(":by"), actor.userId > 0 ? QVariant(actor.userId) : QVariant())
        .exec();
    const qint64 id = insert.insertedId();
    AuditLog::record(m_db, actor, before ? QStringLiteral("replace") : QStringLiteral("create"),
                     QStringLiteral("backup_key"), id, std::nullopt,
                     before ? QStringLiteral("%1 -> %2").arg(before->keyCheck, keyCheck) : keyCheck);
    m_db.recordChange({Change::Subject::Organisation, 0});
    transaction.commit();
    return id;
}

std::optional<BackupKeyRecord> BackupKeyStore::current() const
{
    const QList<BackupKeyRecord> keys = select(QStringLiteral("k.replaced_at IS NULL"), QString());
    return keys.isEmpty() ? std::nullopt : std::optional<BackupKeyRecord>(keys.last());
}

std::optional<BackupKeyRecord> BackupKeyStore::byCheck(const QString& keyCheck) const
{
    const QList<BackupKeyRecord> keys = select(QStringLiteral("k.key_check = :check"), keyCheck);
    return keys.isEmpty() ? std::nullopt : std::optional<BackupKeyRecord>(keys.first());
}

QList<BackupKeyRecord> BackupKeyStore::all() const
{
    return select(QStringLiteral("1 = 1"), QString());
}

QList<BackupKeyRecord> BackupKeyStore::select(const QString& where, const QString& check) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT k.id, k.public_key, k.key_check, k.created_at, "
                                    "COALESCE(u.display_name, ''), k.replaced_at FROM backup_keys k "
                                    "LEFT JOIN users u ON u.id = k.created_by WHERE ") +
                         where + QStringLiteral(" ORDER BY k.id"));
    if (!check.isEmpty())
        q.bind(QStringLiteral(":check"), check);
    q.exec();
    QList<BackupKeyRecord> keys;
    while (q.next()) {
        BackupKeyRecord key{q.value(0).toLongLong(), QByteArray::fromBase64(q.value(1).toString().toLatin1()),
                            q.value(2).toString(),   sql::toMoment(q.value(3)),
                            q.value(4).toString(),   std::nullopt};
        if (!q.value(5).isNull())
            key.replacedAt = sql::toMoment(q.value(5));
        keys.append(key);
    }
    return keys;
}

} // namespace kz
