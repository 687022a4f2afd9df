#include "Clock.h"
#include "ChildStore.h"

#include "AuditLog.h"
#include "Error.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/SqlValues.h"
#include "db/Transaction.h"
#include "domain/Validator.h"
#include "services/AccessPolicy.h"

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
        .bind(QStringLiteral(":now"), sql::now());
}

const QString childColumns = QStringLiteral("c.id, c.given_name, c.family_name, c.birth_date, c.group_id, "
                                            "c.start_date, c.end_date, c.neighbourhood, c.home_languages, "
                                            "c.ve_indication_date");

Child readChild(const SqlQuery& q)
{
    Child c;
    c.id = q.value(0).toLongLong();
    c.givenName = q.value(1).toString();
    c.familyName = q.value(2).toString();
    c.birthDate = sql::toDate(q.value(3));
    c.groupId = q.value(4).toLongLong();
    c.startDate = sql::toDate(q.value(5));
    c.endDate = sql::toOptionalDate(q.value(6));
    c.neighbourhood = q.value(7).toString();
    c.homeLanguages = q.value(8).toString();
    c.veIndicationDate = sql::toOptionalDate(q.value(9));
    return c;
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

qint64 ChildStore::create(const Actor& actor, const Child& child)
{
    Validator::check(child);
    Transaction transaction(m_db);
    requireGroupFitsChild(child.groupId);
    AccessPolicy::requireManagerOfGroup(m_db, actor, child.groupId);
    SqlQuery q(m_db, QStringLiteral("INSERT INTO children (given_name, family_name, birth_date, group_id, start_date, "
                                    "end_date, neighbourhood, home_languages, ve_indication_date, created_at, "
                                    "updated_at) VALUES (:given, :family, :birth, :group, :start, :end, "
                                    ":neighbourhood, :languages, :ve, :now, :now)"));
    bindChild(q, child);
    q.exec();
    const qint64 id = q.lastInsertId();
    rememberArea(child);
    AuditLog::record(m_db, actor, QStringLiteral("create"), QStringLiteral("child"), id, id);
    transaction.commit();
    return id;
}

void ChildStore::update(const Actor& actor, const Child& child)
{
    Validator::check(child);
    Transaction transaction(m_db);
    const Child current = get(actor, child.id);
    AccessPolicy::requireManagerOfGroup(m_db, actor, current.groupId);
    if (child.groupId != current.groupId) {
        requireGroupFitsChild(child.groupId);
        AccessPolicy::requireManagerOfGroup(m_db, actor, child.groupId);
    }
    SqlQuery q(m_db, QStringLiteral("UPDATE children SET given_name = :given, family_name = :family, "
                                    "birth_date = :birth, group_id = :group, start_date = :start, end_date = :end, "
                                    "neighbourhood = :neighbourhood, home_languages = :languages, "
                                    "ve_indication_date = :ve, updated_at = :now WHERE id = :id"));
    bindChild(q, child);
    q.bind(QStringLiteral(":id"), child.id).exec();
    rememberArea(child);
    AuditLog::record(m_db, actor, QStringLiteral("update"), QStringLiteral("child"), child.id, child.id,
                     child.groupId != current.groupId ? QStringLiteral("moved to group %1").arg(child.groupId)
                                                      : QString());
    transaction.commit();
}

Child ChildStore::get(const Actor& actor, qint64 childId) const
{
    AccessPolicy::requireChild(m_db, actor, childId);
    SqlQuery q(m_db, QStringLiteral("SELECT ") + childColumns + QStringLiteral(" FROM children c WHERE c.id = :id"));
    q.bind(QStringLiteral(":id"), childId).exec();
    if (!q.next())
        throw Error(Error::Kind::NotFound, tr("This child was not found."));
    return readChild(q);
}

QList<ChildSummary> ChildStore::list(const Actor& actor, const ChildFilter& filter) const
{
    SqlQuery q(m_db,
               AccessPolicy::scopeCte() + QStringLiteral("SELECT ") + childColumns
                   + QStringLiteral(R"(, g.name, l.name,
                   (SELECT COUNT(*) FROM support_needs n WHERE n.child_id = c.id AND n.status <> 'closed'),
                   (SELECT MAX(n.level) FROM support_needs n WHERE n.child_id = c.id AND n.status <> 'closed'),
                   (SELECT MAX(o.observed_at) FROM observations o WHERE o.child_id = c.id),
                   (SELECT GROUP_CONCAT(domain_id || ':' || level) FROM (
                        SELECT n.domain_id, MAX(n.level) AS level FROM support_needs n
                        WHERE n.child_id = c.id AND n.status <> 'closed' GROUP BY n.domain_id)),
                   (SELECT MAX(CAST(julianday(:today2) - julianday(r.referred_on) AS INTEGER))
                      FROM referrals r JOIN support_needs n ON n.id = r.need_id
                     WHERE n.child_id = c.id AND n.status <> 'closed' AND r.status IN ('registered', 'waiting'))
               FROM children c JOIN groups g ON g.id = c.group_id JOIN locations l ON l.id = g.location_id
               WHERE c.group_id IN (SELECT id FROM visible_groups)
                 AND (:group IS NULL OR c.group_id = :group2)
                 AND (:include_left = 1 OR c.end_date IS NULL OR c.end_date >= :today)
               ORDER BY c.given_name, c.family_name, c.id)"));
    q.bind(QStringLiteral(":actor"), actor.userId)
        .bind(QStringLiteral(":group"), sql::id(filter.groupId))
        .bind(QStringLiteral(":group2"), sql::id(filter.groupId))
        .bind(QStringLiteral(":include_left"), filter.includeLeft ? 1 : 0)
        .bind(QStringLiteral(":today"), sql::date(Clock::today()))
        .bind(QStringLiteral(":today2"), sql::date(Clock::today()));
    q.setForwardOnly(true);
    q.exec();
    QList<ChildSummary> result;
    while (q.next()) {
        ChildSummary s;
        s.child = readChild(q);
        s.groupName = q.value(10).toString();
        s.locationName = q.value(11).toString();
        s.openNeeds = q.value(12).toInt();
        s.highestOpenLevel = q.value(13).toInt();
        if (!q.value(14).isNull())
            s.lastObservation = sql::toMoment(q.value(14)).toLocalTime().date();
        for (const QString& pair : q.value(15).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const qsizetype colon = pair.indexOf(QLatin1Char(':'));
            s.openNeedDomains.append({pair.left(colon).toLongLong(), pair.mid(colon + 1).toInt()});
        }
        if (!q.value(16).isNull())
            s.daysWaiting = q.value(16).toInt();
        result.append(s);
    }
    return result;
}

QList<ChildSummary> ChildStore::exportList(const Actor& actor, const ChildFilter& filter) const
{
    const QList<ChildSummary> children = list(actor, filter);
    AuditLog::record(m_db, actor, QStringLiteral("export"), QStringLiteral("children"), std::nullopt, std::nullopt,
                     QStringLiteral("%1 children").arg(children.size()));
    return children;
}

void ChildStore::rememberArea(const Child& child) const
{
    // The sociale kaart's wijk filter and the suggestions list every wijk children live in. Which
    // stadsdeel it lies in is not guessed from the location; imports and the demo set it.
    if (child.neighbourhood.trimmed().isEmpty())
        return;
    SqlQuery q(m_db, QStringLiteral("INSERT OR IGNORE INTO areas (name) VALUES (:name)"));
    q.bind(QStringLiteral(":name"), child.neighbourhood.trimmed()).exec();
}

} // namespace kz
