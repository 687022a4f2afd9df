#include "ChildOverviewQuery.h"

#include "ChildRows.h"
#include "Clock.h"
#include "IsoDates.h"
#include "access/AccessPolicy.h"
#include "access/AuditLog.h"
#include "db/Database.h"
#include "db/Dialect.h"
#include "db/SqlQuery.h"
#include "db/SqlValues.h"

#include <limits>
#include <utility>

namespace kz {

namespace {

// LIKE treats % and _ as wildcards; a name containing them is matched literally.
QString likePattern(const QString& text)
{
    QString escaped = text.trimmed();
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

ChildSummary readSummary(const SqlQuery& q)
{
    ChildSummary s;
    s.child = readChildColumns(q);
    s.groupName = q.value(12).toString();
    s.locationName = q.value(13).toString();
    s.openNeeds = q.value(14).toInt();
    s.highestOpenLevel = q.value(15).toInt();
    if (!q.value(16).isNull())
        s.lastObservation = iso::parseMoment(q.value(16).toString()).toLocalTime().date();
    for (const QString& pair : q.value(17).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype colon = pair.indexOf(QLatin1Char(':'));
        s.openNeedDomains.append({pair.left(colon).toLongLong(), pair.mid(colon + 1).toInt()});
    }
    if (!q.value(18).isNull()) // the earliest referral still waiting
        s.daysWaiting = static_cast<int>(sql::toDate(q.value(18)).daysTo(Clock::today()));
    return s;
}

// The per-child figures, computed only for the rows of one page (or streamed one by one). A child
// without an open need (her highest open level NULL, schema 16) has no needs or waits to look up.
QString pageColumns(const Dialect& dialect)
{
    return QStringLiteral(R"(
    SELECT )") +
           childColumnsSql() +
           QStringLiteral(R"(,
           g.name, l.name,
           CASE WHEN c.open_need_level IS NOT NULL THEN
               (SELECT COUNT(*) FROM support_needs n WHERE n.child_id = c.id AND n.status <> 'closed') END,
           c.open_need_level,
           (SELECT MAX(o.observed_at) FROM observations o WHERE o.child_id = c.id),
           CASE WHEN c.open_need_level IS NOT NULL THEN (SELECT %1 FROM (
                SELECT n.domain_id, MAX(n.level) AS level FROM support_needs n
                WHERE n.child_id = c.id AND n.status <> 'closed' GROUP BY n.domain_id ORDER BY n.domain_id) AS per_domain) END,
           CASE WHEN c.open_need_level IS NOT NULL THEN (SELECT MIN(r.referred_on)
              FROM referrals r JOIN support_needs n ON n.id = r.need_id
             WHERE n.child_id = c.id AND n.status <> 'closed' AND r.status IN ('registered', 'waiting')) END
    FROM chosen JOIN children c ON c.id = chosen.id JOIN groups g ON g.id = c.group_id
         JOIN locations l ON l.id = g.location_id)")
               .arg(dialect.joinedText(QStringLiteral("domain_id || ':' || level")));
}

} // namespace

ChildOverviewQuery::ChildOverviewQuery(const Database& db, const Actor& actor, ChildOverviewFilter filter,
                                       ChildOverviewSort sort, bool descending)
    : m_db(db), m_actor(actor), m_filter(std::move(filter)), m_sort(sort), m_descending(descending)
{}

QString ChildOverviewQuery::sortKey() const
{
    switch (m_sort) {
    case ChildOverviewSort::Name:
        return QStringLiteral("c.given_name");
    case ChildOverviewSort::Age: // the youngest first: the latest birth date
        return QLatin1Char('-') + m_db.dialect().dateNumber(QStringLiteral("c.birth_date"));
    case ChildOverviewSort::Group:
        return QStringLiteral("(SELECT g.name FROM groups g WHERE g.id = c.group_id)");
    case ChildOverviewSort::OpenNeeds: // as the list shows it: the highest level first, then how many
        return QStringLiteral("(SELECT COALESCE(MAX(n.level), 0) * 100 + COUNT(*) FROM support_needs n "
                              "WHERE n.child_id = c.id AND n.status <> 'closed')");
    case ChildOverviewSort::Waiting: // the earliest referral still waiting is the longest wait; none last
        return QStringLiteral(
                   "(SELECT COALESCE(-%1, -99999999) "
                   "FROM referrals r JOIN support_needs n ON n.id = r.need_id WHERE n.child_id = c.id "
                   "AND n.status <> 'closed' AND r.status IN ('registered', 'waiting'))")
            .arg(m_db.dialect().dateNumber(QStringLiteral("MIN(r.referred_on)")));
    case ChildOverviewSort::LastObservation:
        // None sorts first going up: see the NULLS order in run().
        return QStringLiteral("(SELECT MAX(o.observed_at) FROM observations o WHERE o.child_id = c.id)");
    case ChildOverviewSort::Neighbourhood:
        return QStringLiteral("c.neighbourhood");
    }
    return QStringLiteral("c.given_name");
}

// The children the actor may see that pass the filter; `select` names the columns.
QString ChildOverviewQuery::matchingChildrenSql(const QString& select) const
{
    QString sql =
        select + QStringLiteral(" FROM children c WHERE c.group_id IN (SELECT id FROM visible_groups)");
    if (m_filter.groupId)
        sql += QStringLiteral(" AND c.group_id = :group");
    if (!m_filter.includeLeft)
        sql += QStringLiteral(" AND (c.end_date IS NULL OR c.end_date >= :today)");
    if (!m_filter.name.trimmed().isEmpty())
        sql +=
            QStringLiteral(" AND lower(c.given_name || ' ' || c.family_name) LIKE lower(:name) ESCAPE '\\'");
    // The child's own highest open level answers a level over every domain; a domain needs her needs.
    if (m_filter.domainId)
        sql += QStringLiteral(" AND c.open_need_level >= :level AND EXISTS (SELECT 1 FROM support_needs n "
                              "WHERE n.child_id = c.id AND n.status <> 'closed' AND n.level >= :level2 "
                              "AND n.domain_id = :domain)");
    else if (m_filter.minimumLevel > 0)
        sql += QStringLiteral(" AND c.open_need_level >= :level");
    return sql;
}

namespace {

void bindFilter(SqlQuery& q, const Actor& actor, const ChildOverviewFilter& f)
{
    q.bind(QStringLiteral(":actor"), actor.userId);
    if (f.groupId)
        q.bind(QStringLiteral(":group"), *f.groupId);
    if (!f.includeLeft)
        q.bind(QStringLiteral(":today"), sql::date(Clock::today()));
    if (!f.name.trimmed().isEmpty())
        q.bind(QStringLiteral(":name"), likePattern(f.name));
    if (f.domainId || f.minimumLevel > 0)
        q.bind(QStringLiteral(":level"), std::max(1, f.minimumLevel));
    if (f.domainId)
        q.bind(QStringLiteral(":level2"), std::max(1, f.minimumLevel))
            .bind(QStringLiteral(":domain"), *f.domainId);
}

} // namespace

int ChildOverviewQuery::count() const
{
    SqlQuery q(m_db, AccessPolicy::scopeCte() + matchingChildrenSql(QStringLiteral("SELECT COUNT(*)")));
    bindFilter(q, m_actor, m_filter);
    return q.scalar().value_or(0).toInt();
}

QList<ChildSummary> ChildOverviewQuery::page(int offset, int limit) const
{
    QList<ChildSummary> rows;
    if (limit <= 0)
        return rows;
    rows.reserve(limit);
    run(offset, limit, [&rows](const ChildSummary& s) { rows.append(s); });
    return rows;
}

void ChildOverviewQuery::forEach(const std::function<void(const ChildSummary&)>& visit) const
{
    run(0, std::numeric_limits<int>::max(), visit); // every row: a LIMIT every engine reads
}

void ChildOverviewQuery::exportEach(const std::function<void(const ChildSummary&)>& visit) const
{
    AuditLog::record(m_db, m_actor, QStringLiteral("export"), QStringLiteral("children"), std::nullopt,
                     std::nullopt, QStringLiteral("%1 children").arg(count()));
    forEach(visit);
}

void ChildOverviewQuery::run(int offset, int limit,
                             const std::function<void(const ChildSummary&)>& visit) const
{
    // Where a key is missing (no observation yet) it sorts as the lowest value on every engine.
    const QString direction =
        m_descending ? QStringLiteral(" DESC NULLS LAST") : QStringLiteral(" NULLS FIRST");
    const QString order = QStringLiteral(" ORDER BY %2%1, %3%1, %4%1, %5%1").arg(direction);
    const QString chosen = matchingChildrenSql(QStringLiteral("SELECT c.id, ") + sortKey() +
                                               QStringLiteral(" AS sort_key, c.given_name, c.family_name")) +
                           order.arg(QStringLiteral("sort_key"), QStringLiteral("c.given_name"),
                                     QStringLiteral("c.family_name"), QStringLiteral("c.id")) +
                           QStringLiteral(" LIMIT :limit OFFSET :offset");
    SqlQuery q(m_db, AccessPolicy::scopeCte() + QStringLiteral(", chosen AS (") + chosen +
                         QStringLiteral(")") + pageColumns(m_db.dialect()) +
                         order.arg(QStringLiteral("chosen.sort_key"), QStringLiteral("chosen.given_name"),
                                   QStringLiteral("chosen.family_name"), QStringLiteral("chosen.id")));
    bindFilter(q, m_actor, m_filter);
    q.bind(QStringLiteral(":limit"), limit).bind(QStringLiteral(":offset"), std::max(0, offset));
    q.setForwardOnly(true);
    q.exec();
    while (q.next())
        visit(readSummary(q));
}

} // namespace kz
