#include "ChildStore.h"

#include "ChildRows.h"
#include "Clock.h"
#include "Error.h"
#include "RowVersion.h"
#include "access/AccessPolicy.h"
#include "access/AuditLog.h"
#include "db/Database.h"
#include "db/Dialect.h"
#include "db/SqlQuery.h"
#include "db/SqlValues.h"
#include "db/Transaction.h"
#include "domain/Validator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace kz {

namespace {

void bindChild(SqlQuery& q, const Child& c)
{
    q.bind(QStringLiteral(":given"), c.givenName.trimmed())
        .bind(QStringLiteral(":family"), c.familyName.trimmed())
        .bind(QStringLiteral(":birth"), sql::date(c.birthDate))
        .bind(QStringLiteral(":group"), c.groupId)
        .bind(QStringLiteral(":start"), sql::date(c.startDate))
        .bind(QStringLiteral(":end"), sql::date(c.endDate))
        .bind(QStringLiteral(":neighbourhood"), c.neighbourhood.trimmed())
        .bind(QStringLiteral(":languages"), c.homeLanguages.trimmed())
        .bind(QStringLiteral(":ve"), sql::date(c.veIndicationDate))
        .bind(QStringLiteral(":reason"), c.leaveReason ? QVariant(toCode(*c.leaveReason)) : QVariant())
        .bind(QStringLiteral(":external"),
              c.externalNumber.trimmed().isEmpty() ? QVariant() : QVariant(c.externalNumber.trimmed()));
}

} // namespace

void ChildStore::requireGroupFitsChild(qint64 groupId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT archived FROM groups WHERE id = :id"));
    q.bind(QStringLiteral(":id"), groupId);
    const auto archived = q.scalar();
    if (!archived)
        throw Error(Error::Kind::Validation, tr("The chosen group does not exist."));
    if (archived->toBool())
        throw Error(Error::Kind::Validation, tr("The chosen group is archived; choose a current group."));
}

void ChildStore::requireUniqueExternalNumber(const Child& child) const
{
    const QString number = child.externalNumber.trimmed();
    if (number.isEmpty())
        return;
    if (!numbersTaken({number}, child.id > 0 ? std::optional(child.id) : std::nullopt).isEmpty())
        throw Error(Error::Kind::Conflict,
                    tr("Another child has the child number \"%1\" already.").arg(number));
}

QSet<QString> ChildStore::numbersTaken(const QStringList& numbers, std::optional<qint64> except) const
{
    QSet<QString> taken;
    if (numbers.isEmpty())
        return taken;
    SqlQuery q(m_db, m_db.dialect().childNumbersTaken());
    q.bind(
         QStringLiteral(":numbers"),
         QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(numbers)).toJson(QJsonDocument::Compact)))
        .bind(QStringLiteral(":except"), sql::id(except))
        .exec();
    while (q.next())
        taken.insert(q.value(0).toString());
    return taken;
}

qint64 ChildStore::create(const Actor& actor, const Child& child)
{
    Validator::check(child);
    Transaction transaction(m_db);
    requireGroupFitsChild(child.groupId);
    AccessPolicy::requireManagerOfGroup(m_db, actor, child.groupId);
    requireUniqueExternalNumber(child);
    SqlQuery q(m_db, QStringLiteral(
                         "INSERT INTO children (given_name, family_name, birth_date, group_id, start_date, "
                         "end_date, neighbourhood, home_languages, ve_indication_date, leave_reason, "
                         "external_number, created_at, updated_at) VALUES (:given, :family, :birth, "
                         ":group, :start, :end, :neighbourhood, :languages, :ve, :reason, :external, "
                         ":now, :now) RETURNING id"));
    bindChild(q, child);
    q.bind(QStringLiteral(":now"), sql::now()).exec();
    const qint64 id = q.insertedId();
    rememberArea(child);
    AuditLog::record(m_db, actor, QStringLiteral("create"), QStringLiteral("child"), id, id);
    m_db.recordChange({Change::Subject::Child, id, id});
    transaction.commit();
    return id;
}

void ChildStore::update(const Actor& actor, const Child& child, Overwrite overwrite)
{
    Validator::check(child);
    Transaction transaction(m_db);
    const Child current = get(actor, child.id);
    RowVersion::require(m_db, QStringLiteral("children"), child.id, child.version);
    AccessPolicy::requireManagerOfGroup(m_db, actor, current.groupId);
    if (child.groupId != current.groupId)
        throw Error(
            Error::Kind::Validation,
            tr("Correcting a child's details does not change her group; move the child instead, so the "
               "move is kept."));
    requireUniqueExternalNumber(child);
    const QString overwritten =
        RowVersion::overwriteDetail(m_db, QStringLiteral("children"), child.id, overwrite);
    SqlQuery q(
        m_db,
        QStringLiteral("UPDATE children SET given_name = :given, family_name = :family, "
                       "birth_date = :birth, group_id = :group, start_date = :start, end_date = :end, "
                       "neighbourhood = :neighbourhood, home_languages = :languages, "
                       "ve_indication_date = :ve, leave_reason = :reason, external_number = :external, ") +
            RowVersion::setClause() + QStringLiteral(" WHERE id = :id") + RowVersion::whereClause());
    bindChild(q, child);
    q.bind(QStringLiteral(":id"), child.id);
    RowVersion::bind(q, actor, child.version);
    q.exec();
    RowVersion::requireUpdated(m_db, q.numRowsAffected(), QStringLiteral("children"), child.id,
                               child.version);
    rememberArea(child);
    AuditLog::record(m_db, actor, RowVersion::auditAction(overwrite), QStringLiteral("child"), child.id,
                     child.id, overwritten);
    m_db.recordChange({Change::Subject::Child, child.id, child.id});
    transaction.commit();
}

void ChildStore::move(const Actor& actor, qint64 childId, qint64 toGroupId, const QDate& on)
{
    Transaction transaction(m_db);
    const Child current = get(actor, childId);
    AccessPolicy::requireManagerOfGroup(m_db, actor, current.groupId);
    if (toGroupId == current.groupId)
        throw Error(Error::Kind::Validation, tr("The child is in this group already."));
    requireGroupFitsChild(toGroupId);
    AccessPolicy::requireManagerOfGroup(m_db, actor, toGroupId);
    if (!on.isValid())
        throw Error(Error::Kind::Validation, tr("The date of the move is missing or not a valid date."));
    if (on > Clock::today())
        throw Error(Error::Kind::Validation,
                    tr("The date of the move lies in the future; record the move on the day."));
    if (on < current.startDate)
        throw Error(Error::Kind::Validation, tr("The date of the move lies before the child's start date."));
    if (current.endDate && *current.endDate < Clock::today())
        throw Error(Error::Kind::Validation, tr("This child has left; a child who left cannot be moved."));
    SqlQuery last(m_db,
                  QStringLiteral("SELECT MAX(moved_on) FROM child_group_moves WHERE child_id = :child"));
    last.bind(QStringLiteral(":child"), childId);
    const std::optional<QDate> lastMove = sql::toOptionalDate(last.scalar().value_or(QVariant()));
    if (lastMove && on < *lastMove)
        throw Error(Error::Kind::Validation,
                    tr("The date of the move lies before the child's previous move (%1).")
                        .arg(QLocale().toString(*lastMove, QLocale::ShortFormat)));

    SqlQuery history(m_db,
                     QStringLiteral("INSERT INTO child_group_moves (child_id, from_group_id, to_group_id, "
                                    "moved_on, moved_by, recorded_at) VALUES (:child, :from, :to, :on, "
                                    ":by, :now)"));
    history.bind(QStringLiteral(":child"), childId)
        .bind(QStringLiteral(":from"), current.groupId)
        .bind(QStringLiteral(":to"), toGroupId)
        .bind(QStringLiteral(":on"), sql::date(on))
        .bind(QStringLiteral(":by"), actor.userId)
        .bind(QStringLiteral(":now"), sql::now())
        .exec();
    SqlQuery q(m_db, QStringLiteral("UPDATE children SET group_id = :group, ") + RowVersion::setClause() +
                         QStringLiteral(" WHERE id = :id"));
    q.bind(QStringLiteral(":group"), toGroupId).bind(QStringLiteral(":id"), childId);
    RowVersion::bindChange(q, actor);
    q.exec();
    AuditLog::record(m_db, actor, QStringLiteral("move"), QStringLiteral("child"), childId, childId,
                     QStringLiteral("group %1 to group %2 on %3")
                         .arg(current.groupId)
                         .arg(toGroupId)
                         .arg(on.toString(Qt::ISODate)));
    m_db.recordChange({Change::Subject::Child, childId, childId});
    transaction.commit();
}

void ChildStore::leave(const Actor& actor, qint64 childId, const QDate& endDate, LeaveReason reason)
{
    Transaction transaction(m_db);
    Child child = get(actor, childId);
    AccessPolicy::requireManagerOfGroup(m_db, actor, child.groupId);
    if (!endDate.isValid())
        throw Error(Error::Kind::Validation, tr("The date the child left is missing or not a valid date."));
    child.endDate = endDate;
    child.leaveReason = reason;
    Validator::check(child);
    SqlQuery q(m_db, QStringLiteral("UPDATE children SET end_date = :end, leave_reason = :reason, ") +
                         RowVersion::setClause() + QStringLiteral(" WHERE id = :id"));
    q.bind(QStringLiteral(":end"), sql::date(endDate))
        .bind(QStringLiteral(":reason"), toCode(reason))
        .bind(QStringLiteral(":id"), childId);
    RowVersion::bindChange(q, actor);
    q.exec();
    AuditLog::record(m_db, actor, QStringLiteral("leave"), QStringLiteral("child"), childId, childId,
                     QStringLiteral("%1 on %2").arg(toCode(reason), endDate.toString(Qt::ISODate)));
    m_db.recordChange({Change::Subject::Child, childId, childId});
    transaction.commit();
}

QList<GroupMove> ChildStore::moves(const Actor& actor, qint64 childId) const
{
    AccessPolicy::requireChild(m_db, actor, childId);
    SqlQuery q(m_db,
               QStringLiteral("SELECT m.id, m.child_id, m.from_group_id, f.name, m.to_group_id, t.name, "
                              "m.moved_on, COALESCE(u.display_name, ''), m.recorded_at "
                              "FROM child_group_moves m JOIN groups f ON f.id = m.from_group_id "
                              "JOIN groups t ON t.id = m.to_group_id LEFT JOIN users u ON u.id = m.moved_by "
                              "WHERE m.child_id = :child ORDER BY m.moved_on, m.id"));
    q.bind(QStringLiteral(":child"), childId).exec();
    QList<GroupMove> result;
    while (q.next()) {
        GroupMove m;
        m.id = q.value(0).toLongLong();
        m.childId = q.value(1).toLongLong();
        m.fromGroupId = q.value(2).toLongLong();
        m.fromGroupName = q.value(3).toString();
        m.toGroupId = q.value(4).toLongLong();
        m.toGroupName = q.value(5).toString();
        m.movedOn = sql::toDate(q.value(6));
        m.movedBy = q.value(7).toString();
        m.recordedAt = sql::toMoment(q.value(8));
        result.append(m);
    }
    return result;
}

Child ChildStore::get(const Actor& actor, qint64 childId) const
{
    AccessPolicy::requireChild(m_db, actor, childId);
    SqlQuery q(m_db, QStringLiteral("SELECT ") + childColumnsSql() +
                         QStringLiteral(", c.version FROM children c WHERE c.id = :id"));
    q.bind(QStringLiteral(":id"), childId).exec();
    if (!q.next())
        throw Error(Error::Kind::NotFound, tr("This child was not found."));
    Child child = readChildColumns(q);
    child.version = q.value(12).toInt();
    return child;
}

QList<ChildSummary> ChildStore::list(const Actor& actor, const ChildFilter& filter) const
{
    SqlQuery q(m_db,
               AccessPolicy::scopeCte() + QStringLiteral("SELECT ") + childColumnsSql() +
                   QStringLiteral(R"(, g.name, l.name,
                   (SELECT COUNT(*) FROM support_needs n WHERE n.child_id = c.id AND n.status <> 'closed'),
                   (SELECT MAX(n.level) FROM support_needs n WHERE n.child_id = c.id AND n.status <> 'closed'),
                   (SELECT MAX(o.observed_at) FROM observations o WHERE o.child_id = c.id),
                   (SELECT %1 FROM (
                        SELECT n.domain_id, MAX(n.level) AS level FROM support_needs n
                        WHERE n.child_id = c.id AND n.status <> 'closed' GROUP BY n.domain_id) AS per_domain),
                   (SELECT MIN(r.referred_on)
                      FROM referrals r JOIN support_needs n ON n.id = r.need_id
                     WHERE n.child_id = c.id AND n.status <> 'closed' AND r.status IN ('registered', 'waiting'))
               FROM children c JOIN groups g ON g.id = c.group_id JOIN locations l ON l.id = g.location_id
               WHERE c.group_id IN (SELECT id FROM visible_groups)
                 AND (%2 IS NULL OR c.group_id = :group2)
                 AND (:include_left = 1 OR c.end_date IS NULL OR c.end_date >= :today)
               ORDER BY c.given_name, c.family_name, c.id)")
                       .arg(m_db.dialect().joinedText(QStringLiteral("domain_id || ':' || level")),
                            m_db.dialect().typed(QStringLiteral(":group"), Dialect::ValueType::Integer)));
    q.bind(QStringLiteral(":actor"), actor.userId)
        .bind(QStringLiteral(":group"), sql::id(filter.groupId))
        .bind(QStringLiteral(":group2"), sql::id(filter.groupId))
        .bind(QStringLiteral(":include_left"), filter.includeLeft ? 1 : 0)
        .bind(QStringLiteral(":today"), sql::date(Clock::today()));
    q.setForwardOnly(true);
    q.exec();
    QList<ChildSummary> result;
    while (q.next()) {
        ChildSummary s;
        s.child = readChildColumns(q);
        s.groupName = q.value(12).toString();
        s.locationName = q.value(13).toString();
        s.openNeeds = q.value(14).toInt();
        s.highestOpenLevel = q.value(15).toInt();
        if (!q.value(16).isNull())
            s.lastObservation = sql::toMoment(q.value(16)).toLocalTime().date();
        for (const QString& pair : q.value(17).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const qsizetype colon = pair.indexOf(QLatin1Char(':'));
            s.openNeedDomains.append({pair.left(colon).toLongLong(), pair.mid(colon + 1).toInt()});
        }
        if (!q.value(18).isNull()) // the earliest referral still waiting
            s.daysWaiting = static_cast<int>(sql::toDate(q.value(18)).daysTo(Clock::today()));
        result.append(s);
    }
    return result;
}

QList<ChildSummary> ChildStore::exportList(const Actor& actor, const ChildFilter& filter) const
{
    const QList<ChildSummary> children = list(actor, filter);
    AuditLog::record(m_db, actor, QStringLiteral("export"), QStringLiteral("children"), std::nullopt,
                     std::nullopt, QStringLiteral("%1 children").arg(children.size()));
    return children;
}

void ChildStore::rememberArea(const Child& child) const
{
    // The sociale kaart's wijk filter and the suggestions list every wijk children live in. Which
    // stadsdeel it lies in is not guessed from the location; imports and the demo set it.
    if (child.neighbourhood.trimmed().isEmpty())
        return;
    SqlQuery q(m_db, QStringLiteral("INSERT INTO areas (name) VALUES (:name) ON CONFLICT DO NOTHING"));
    q.bind(QStringLiteral(":name"), child.neighbourhood.trimmed()).exec();
}

} // namespace kz
