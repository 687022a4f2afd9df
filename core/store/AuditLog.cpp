#include "AuditLog.h"

#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/SqlValues.h"

namespace kz {

void AuditLog::record(const Database& db, const Actor& actor, const QString& action, const QString& entity,
                      std::optional<qint64> entityId, std::optional<qint64> childId, const QString& detail)
{
    SqlQuery q(db, QStringLiteral("INSERT INTO audit_log (at, user_id, action, entity, entity_id, child_id, detail) "
                                  "VALUES (:at, :user, :action, :entity, :entity_id, :child, :detail)"));
    q.bind(QStringLiteral(":at"), sql::now())
        .bind(QStringLiteral(":user"), actor.userId > 0 ? QVariant(actor.userId) : QVariant())
        .bind(QStringLiteral(":action"), action)
        .bind(QStringLiteral(":entity"), entity)
        .bind(QStringLiteral(":entity_id"), sql::id(entityId))
        .bind(QStringLiteral(":child"), sql::id(childId))
        .bind(QStringLiteral(":detail"), detail)
        .exec();
}

QList<AuditEntry> AuditLog::entries(const Database& db, int limit)
{
    SqlQuery q(db, QStringLiteral("SELECT id, at, user_id, action, entity, entity_id, child_id, detail "
                                  "FROM audit_log ORDER BY id DESC LIMIT :limit"));
    q.bind(QStringLiteral(":limit"), limit).exec();
    QList<AuditEntry> result;
    while (q.next()) {
        result.append({q.value(0).toLongLong(), sql::toMoment(q.value(1)), sql::toOptionalId(q.value(2)),
                       q.value(3).toString(), q.value(4).toString(), sql::toOptionalId(q.value(5)),
                       sql::toOptionalId(q.value(6)), q.value(7).toString()});
    }
    return result;
}

} // namespace kz
