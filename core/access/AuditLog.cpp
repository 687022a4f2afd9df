#include "AuditLog.h"

#include "AccessPolicy.h"
#include "db/Database.h"
#include "db/Dialect.h"
#include "db/SqlQuery.h"
#include "db/SqlValues.h"
#include "db/Transaction.h"

#include <QLocale>

namespace kz {

void AuditLog::record(const Database& db, const Actor& actor, const QString& action, const QString& entity,
                      std::optional<qint64> entityId, std::optional<qint64> childId, const QString& detail)
{
    SqlQuery q(
        db, QStringLiteral("INSERT INTO audit_log (at, user_id, action, entity, entity_id, child_id, detail) "
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
                       sql::toOptionalId(q.value(6)), q.value(7).toString(), QString(), QString(),
                       QString()});
    }
    return result;
}

} // namespace kz

namespace kz {

namespace {

// The search's parameters as one row, each typed so every engine can compare them.
QString searchParams(const Dialect& dialect)
{
    using Type = Dialect::ValueType;
    return QStringLiteral("SELECT %1, %2, %3, %4, %5, %6, %7")
        .arg(dialect.typed(QStringLiteral(":admin"), Type::Integer),
             dialect.typed(QStringLiteral(":from"), Type::Moment),
             dialect.typed(QStringLiteral(":until"), Type::Moment),
             dialect.typed(QStringLiteral(":action"), Type::Text),
             dialect.typed(QStringLiteral(":who"), Type::Text),
             dialect.typed(QStringLiteral(":child"), Type::Integer),
             dialect.typed(QStringLiteral(":dutch"), Type::Integer));
}

} // namespace

QList<AuditEntry> AuditLog::search(const Database& db, const Actor& actor, const AuditFilter& filter)
{
    const bool admin = AccessPolicy::hasRole(db, actor, Role::Admin);
    if (!admin)
        AccessPolicy::requireAnyRole(db, actor, {Role::Manager});
    // What belongs to a child's file (a need, referral, observation, guardian) is named only when the
    // viewer may see that child now.
    SqlQuery q(db, AccessPolicy::scopeCte() + QStringLiteral(R"(
        , params(admin, date_from, date_until, action, who, child, dutch) AS (%1)
        SELECT a.id, a.at, a.user_id, a.action, a.entity, a.entity_id, a.child_id, a.detail, COALESCE(u.display_name, ''),
               COALESCE(sc.given_name || ' ' || sc.family_name, sg.name, su.display_name, sl.name,
                        CASE WHEN (SELECT dutch FROM params) = 1 THEN nd.label_nl ELSE nd.label_en END, sp.name, rp.name, gu.name,
                        CASE WHEN (SELECT dutch FROM params) = 1 THEN dd.label_nl ELSE dd.label_en END, ''),
               COALESCE(cc.given_name || ' ' || cc.family_name, ''), so.observed_at
        FROM audit_log a LEFT JOIN users u ON u.id = a.user_id
        LEFT JOIN children sc ON a.entity = 'child' AND sc.id = a.entity_id
                             AND sc.group_id IN (SELECT id FROM visible_groups)
        LEFT JOIN groups sg ON a.entity = 'group' AND sg.id = a.entity_id
        LEFT JOIN users su ON a.entity = 'user' AND su.id = a.entity_id
        LEFT JOIN locations sl ON a.entity = 'location' AND sl.id = a.entity_id
        LEFT JOIN partners sp ON a.entity = 'partner' AND sp.id = a.entity_id
        LEFT JOIN domains dd ON a.entity = 'domain' AND dd.id = a.entity_id
        LEFT JOIN support_needs sn ON a.entity IN ('support_need', 'referral')
                             AND sn.id = CASE a.entity WHEN 'support_need' THEN a.entity_id
                                         ELSE (SELECT need_id FROM referrals WHERE id = a.entity_id) END
                             AND sn.child_id IN (SELECT c.id FROM children c
                                                 WHERE c.group_id IN (SELECT id FROM visible_groups))
        LEFT JOIN domains nd ON a.entity = 'support_need' AND nd.id = sn.domain_id
        LEFT JOIN referrals sr ON a.entity = 'referral' AND sr.id = a.entity_id AND sn.id IS NOT NULL
        LEFT JOIN partners rp ON rp.id = sr.partner_id
        LEFT JOIN observations so ON a.entity = 'observation' AND so.id = a.entity_id
                             AND so.child_id IN (SELECT c.id FROM children c
                                                 WHERE c.group_id IN (SELECT id FROM visible_groups))
        LEFT JOIN guardians gu ON a.entity = 'guardian' AND gu.id = a.entity_id
                             AND gu.child_id IN (SELECT c.id FROM children c
                                                 WHERE c.group_id IN (SELECT id FROM visible_groups))
        LEFT JOIN children cc ON cc.id = a.child_id AND cc.group_id IN (SELECT id FROM visible_groups)
        WHERE ((SELECT admin FROM params) = 1
               OR a.child_id IN (SELECT c.id FROM children c JOIN groups g ON g.id = c.group_id
                                 WHERE g.location_id IN (SELECT id FROM managed_locations)))
          AND ((SELECT date_from FROM params) IS NULL OR a.at >= (SELECT date_from FROM params))
          AND ((SELECT date_until FROM params) IS NULL OR a.at < (SELECT date_until FROM params))
          AND ((SELECT action FROM params) = '' OR a.action = (SELECT action FROM params))
          AND ((SELECT who FROM params) = '' OR lower(u.display_name) LIKE '%' || lower((SELECT who FROM params)) || '%'
               OR lower(u.username) LIKE '%' || lower((SELECT who FROM params)) || '%')
          AND ((SELECT child FROM params) IS NULL OR a.child_id = (SELECT child FROM params))
        ORDER BY a.id DESC LIMIT :limit)")
                                                  .arg(searchParams(db.dialect())));
    q.bind(QStringLiteral(":actor"), actor.userId)
        .bind(QStringLiteral(":admin"), admin ? 1 : 0)
        .bind(QStringLiteral(":from"),
              filter.from ? QVariant(filter.from->toString(Qt::ISODate)) : QVariant())
        .bind(QStringLiteral(":until"),
              filter.until ? QVariant(filter.until->addDays(1).toString(Qt::ISODate)) : QVariant())
        .bind(QStringLiteral(":action"), filter.action)
        .bind(QStringLiteral(":who"), filter.userText.trimmed())
        .bind(QStringLiteral(":child"), sql::id(filter.childId))
        .bind(QStringLiteral(":limit"), filter.limit)
        .bind(QStringLiteral(":dutch"), QLocale().language() == QLocale::Dutch ? 1 : 0)
        .exec();
    QList<AuditEntry> result;
    while (q.next()) {
        AuditEntry e{q.value(0).toLongLong(),       sql::toMoment(q.value(1)), sql::toOptionalId(q.value(2)),
                     q.value(3).toString(),         q.value(4).toString(),     sql::toOptionalId(q.value(5)),
                     sql::toOptionalId(q.value(6)), q.value(7).toString(),     q.value(8).toString(),
                     q.value(9).toString(),         q.value(10).toString()};
        if (e.entity == QLatin1String("observation") && !q.value(11).isNull())
            e.subjectName = tr("of %1").arg(
                QLocale().toString(sql::toDate(q.value(11).toString().left(10)), QLocale::ShortFormat));
        result.append(e);
    }
    return result;
}

} // namespace kz
