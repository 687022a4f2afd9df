#include "AuditLog.h"

#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/SqlValues.h"
#include "db/Transaction.h"
#include "services/AccessPolicy.h"

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

void AuditLog::recordRefusal(const Database& db, const Actor& actor, const QString& request,
                             std::optional<qint64> childId, const QString& detail)
{
    db.afterTransaction([&db, actor, request, childId, detail] {
        Transaction transaction(db);
        record(db, actor, QStringLiteral("refused"), request, std::nullopt, childId, detail);
        transaction.commit();
    });
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
                       sql::toOptionalId(q.value(6)), q.value(7).toString(), QString(), QString(), QString()});
    }
    return result;
}

} // namespace kz

namespace kz {

QList<AuditEntry> AuditLog::search(const Database& db, const Actor& actor, const AuditFilter& filter)
{
    const bool admin = AccessPolicy::hasRole(db, actor, Role::Admin);
    if (!admin)
        AccessPolicy::requireAnyRole(db, actor, {Role::Manager});
    SqlQuery q(db, AccessPolicy::scopeCte() + QStringLiteral(R"(
        , params(admin, date_from, date_until, action, who, child) AS (
            SELECT :admin, :from, :until, :action, :who, :child)
        SELECT a.id, a.at, a.user_id, a.action, a.entity, a.entity_id, a.child_id, a.detail, COALESCE(u.display_name, ''),
               COALESCE(sc.given_name || ' ' || sc.family_name, sg.name, su.display_name, sl.name, ''),
               COALESCE(cc.given_name || ' ' || cc.family_name, '')
        FROM audit_log a LEFT JOIN users u ON u.id = a.user_id
        LEFT JOIN children sc ON a.entity = 'child' AND sc.id = a.entity_id
                             AND sc.group_id IN (SELECT id FROM visible_groups)
        LEFT JOIN groups sg ON a.entity = 'group' AND sg.id = a.entity_id
        LEFT JOIN users su ON a.entity = 'user' AND su.id = a.entity_id
        LEFT JOIN locations sl ON a.entity = 'location' AND sl.id = a.entity_id
        LEFT JOIN children cc ON cc.id = a.child_id AND cc.group_id IN (SELECT id FROM visible_groups)
        WHERE ((SELECT admin FROM params) = 1
               OR a.child_id IN (SELECT c.id FROM children c JOIN groups g ON g.id = c.group_id
                                 WHERE g.location_id IN (SELECT id FROM managed_locations)))
          AND ((SELECT date_from FROM params) IS NULL OR a.at >= (SELECT date_from FROM params))
          AND ((SELECT date_until FROM params) IS NULL OR a.at < (SELECT date_until FROM params))
          AND ((SELECT action FROM params) = '' OR a.action = (SELECT action FROM params))
          AND ((SELECT who FROM params) = '' OR u.display_name LIKE '%' || (SELECT who FROM params) || '%'
               OR u.username LIKE '%' || (SELECT who FROM params) || '%')
          AND ((SELECT child FROM params) IS NULL OR a.child_id = (SELECT child FROM params))
        ORDER BY a.id DESC LIMIT :limit)"));
    q.bind(QStringLiteral(":actor"), actor.userId)
        .bind(QStringLiteral(":admin"), admin ? 1 : 0)
        .bind(QStringLiteral(":from"), filter.from ? QVariant(filter.from->toString(Qt::ISODate)) : QVariant())
        .bind(QStringLiteral(":until"), filter.until ? QVariant(filter.until->addDays(1).toString(Qt::ISODate)) : QVariant())
        .bind(QStringLiteral(":action"), filter.action)
        .bind(QStringLiteral(":who"), filter.userText.trimmed())
        .bind(QStringLiteral(":child"), sql::id(filter.childId))
        .bind(QStringLiteral(":limit"), filter.limit)
        .exec();
    QList<AuditEntry> result;
    while (q.next()) {
        AuditEntry e{q.value(0).toLongLong(), sql::toMoment(q.value(1)), sql::toOptionalId(q.value(2)),
                     q.value(3).toString(), q.value(4).toString(), sql::toOptionalId(q.value(5)),
                     sql::toOptionalId(q.value(6)), q.value(7).toString(), q.value(8).toString(),
                     q.value(9).toString(), q.value(10).toString()};
        result.append(e);
    }
    return result;
}

} // namespace kz
