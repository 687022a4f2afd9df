#include "GroupNeeds.h"

#include "access/AccessPolicy.h"
#include "db/Database.h"
#include "db/Dialect.h"
#include "db/SqlQuery.h"
#include "db/SqlValues.h"

#include <QMap>
#include <algorithm>
#include <limits>

namespace kz {

namespace {

// Parameters in a CTE, so every part of a query can use them without repeating placeholders.
QString scopedGroupsCte(const Dialect& dialect)
{
    using Type = Dialect::ValueType;
    const QString params = QStringLiteral("SELECT %1, %2, %3, %4, %5, %6")
                               .arg(dialect.typed(QStringLiteral(":today"), Type::Date),
                                    dialect.typed(QStringLiteral(":location"), Type::Integer),
                                    dialect.typed(QStringLiteral(":domain"), Type::Integer),
                                    dialect.typed(QStringLiteral(":informed_before"), Type::Date),
                                    dialect.typed(QStringLiteral(":birthday_until"), Type::Date),
                                    dialect.typed(QStringLiteral(":born_after"), Type::Date));
    return AccessPolicy::scopeCte() + QStringLiteral(R"(,
        params(today, location, domain, informed_before, birthday_until, born_after) AS (%1),
        scoped_groups(id) AS (
            SELECT g.id FROM groups g WHERE g.archived = 0 AND g.id IN (SELECT id FROM visible_groups)
              AND ((SELECT location FROM params) IS NULL OR g.location_id = (SELECT location FROM params))),
        current_children(id, group_id, open_level) AS (
            SELECT c.id, c.group_id, c.open_need_level FROM children c WHERE c.group_id IN (SELECT id FROM scoped_groups)
              AND c.start_date <= (SELECT today FROM params)
              AND (c.end_date IS NULL OR c.end_date >= (SELECT today FROM params))),
        open_needs AS (
            SELECT n.* FROM support_needs n WHERE n.status <> 'closed'
              AND n.child_id IN (SELECT id FROM current_children WHERE open_level IS NOT NULL)
              AND ((SELECT domain FROM params) IS NULL OR n.domain_id = (SELECT domain FROM params)))
        )")
                                          .arg(params);
}

void bindParams(SqlQuery& q, const Actor& actor, const GroupNeedsFilter& f)
{
    q.bind(QStringLiteral(":actor"), actor.userId)
        .bind(QStringLiteral(":today"), sql::date(f.today))
        .bind(QStringLiteral(":location"), sql::id(f.locationId))
        .bind(QStringLiteral(":domain"), sql::id(f.domainId))
        .bind(QStringLiteral(":informed_before"), sql::date(f.today.addDays(-f.parentsInformedWithinDays)))
        .bind(QStringLiteral(":birthday_until"),
              sql::date(f.today.addMonths(f.turningFourWithinMonths).addYears(-4)))
        .bind(QStringLiteral(":born_after"), sql::date(f.today.addYears(-4)));
}

QString attentionSql(AttentionList list, bool withTotal);

// One attention list, sorted; `total` receives how many rows the whole list holds.
QList<AttentionItem> readAttention(const Database& db, const Actor& actor, const GroupNeedsFilter& filter,
                                   AttentionList list, bool withTotal, int offset, int limit,
                                   int* total = nullptr)
{
    SqlQuery q(db, scopedGroupsCte(db.dialect()) + attentionSql(list, withTotal) +
                       QStringLiteral(" LIMIT :limit OFFSET :offset"));
    bindParams(q, actor, filter);
    // A negative limit reads every row (a LIMIT every engine accepts).
    q.bind(QStringLiteral(":limit"), limit < 0 ? std::numeric_limits<int>::max() : limit)
        .bind(QStringLiteral(":offset"), std::max(0, offset));
    q.exec();
    QList<AttentionItem> items;
    if (total)
        *total = 0;
    while (q.next()) {
        AttentionItem item;
        item.childId = q.value(0).toLongLong();
        item.childName = q.value(1).toString();
        item.groupName = q.value(2).toString();
        item.needId = q.value(3).toLongLong();
        item.domainId = q.value(4).toLongLong();
        item.date = sql::toDate(q.value(5));
        if (list == AttentionList::TurningFour)
            item.date = item.date.addYears(4); // read as the birth date: dates differ per engine
        item.days = static_cast<int>(std::abs(item.date.daysTo(filter.today)));
        item.detail = q.value(6).toString();
        if (total)
            *total = q.value(7).toInt();
        items.append(item);
    }
    return items;
}

// The statement behind each attention list, ordered: the oldest first, then by child. Its last
// column is the length of the whole list when asked for, so one statement reads a page and the total;
// a page alone leaves it out, so the database sorts the list without counting every row first.
QString attentionSql(AttentionList list, bool withTotal)
{
    const QString total = withTotal ? QStringLiteral(", COUNT(*) OVER ()") : QString();
    const QString childColumns =
        QStringLiteral("SELECT ch.id, ch.given_name || ' ' || ch.family_name, g.name, n.id, n.domain_id, ");
    const QString needJoins = QStringLiteral(" FROM open_needs n JOIN children ch ON ch.id = n.child_id "
                                             "JOIN groups g ON g.id = ch.group_id ");
    switch (list) {
    case AttentionList::OverdueReviews:
        return childColumns + QStringLiteral("n.review_date, ''") + total + needJoins +
               QStringLiteral(
                   "WHERE n.review_date < (SELECT today FROM params) ORDER BY n.review_date, ch.id");
    case AttentionList::ParentsNotInformed:
        return childColumns + QStringLiteral("n.signalled_on, ''") + total + needJoins +
               QStringLiteral(
                   "WHERE n.parents_informed_on IS NULL AND n.signalled_on < (SELECT informed_before "
                   "FROM params) ORDER BY n.signalled_on, ch.id");
    case AttentionList::WaitingReferrals:
        return childColumns + QStringLiteral("r.referred_on, p.name") + total + needJoins +
               QStringLiteral("JOIN referrals r ON r.need_id = n.id JOIN partners p ON p.id = r.partner_id "
                              "WHERE r.status IN ('registered', 'waiting') ORDER BY r.referred_on, ch.id");
    case AttentionList::Escalations:
        return childColumns + QStringLiteral("n.signalled_on, n.description") + total + needJoins +
               QStringLiteral("WHERE n.level = 3 ORDER BY n.signalled_on, ch.id");
    case AttentionList::TurningFour:
        // Children who turn four soon: time for the overdracht to school. The detail is how far the
        // handover got: 'sent', or the furthest consent state ('' when nobody asked the parents yet).
        // The date read is the birth date; readAttention makes it the fourth birthday.
        return QStringLiteral("SELECT ch.id, ch.given_name || ' ' || ch.family_name, g.name, 0, 0, "
                              "ch.birth_date, "
                              "CASE WHEN EXISTS (SELECT 1 FROM handover_snapshots s WHERE s.child_id = "
                              "ch.id) THEN 'sent' "
                              "ELSE COALESCE((SELECT h.consent_state FROM handovers h WHERE h.child_id = "
                              "ch.id ORDER BY CASE "
                              "h.consent_state WHEN 'given' THEN 0 WHEN 'awaiting' THEN 1 WHEN 'denied' THEN "
                              "2 ELSE 3 END "
                              "LIMIT 1), '') END") +
               total +
               QStringLiteral(
                   " FROM current_children cc JOIN children ch ON ch.id = cc.id JOIN groups g ON g.id = "
                   "ch.group_id "
                   "WHERE ch.birth_date > (SELECT born_after FROM params) "
                   "AND ch.birth_date <= (SELECT birthday_until FROM params) ORDER BY ch.birth_date, ch.id");
    }
    return {};
}

} // namespace

GroupNeeds::GroupNeeds(const Database& db, const Actor& actor, const GroupNeedsFilter& filter)
{
    loadGroups(db, actor, filter);
    loadAttention(db, actor, filter);
    if (filter.trend)
        loadTrend(db, actor, filter);
}

QString GroupNeeds::suppressed(int count, int threshold)
{
    return count > 0 && count < threshold ? QStringLiteral("<%1").arg(threshold) : QString::number(count);
}

QString GroupNeeds::groupFiguresSql(const Dialect& dialect, bool oneDomain)
{
    // Set-based: one pass over the current children and their highest open level, counted per
    // group. Over every domain that level is the child's own column, read from the index that finds
    // the group's children (schema 16); for one domain it is looked up by key in the needs index.
    // A look-up is repeated by every use in an aggregate, so one sum carries both counts, a child at
    // level 2 or 3 adding 1 and a child at level 3 adding levelThreeWeight besides (see loadGroups).
    // The counts are made once (MATERIALIZED, read alike by SQLite and PostgreSQL): a server that
    // guesses few groups in scope would otherwise count every child again for each group.
    const QString level = oneDomain ? QStringLiteral("(SELECT MAX(n.level) FROM support_needs n WHERE "
                                                     "n.child_id = c.id AND n.status <> 'closed' AND "
                                                     "n.domain_id = (SELECT domain FROM params))")
                                    : QStringLiteral("c.open_level");
    return scopedGroupsCte(dialect) + QStringLiteral(R"(,
        per_group(group_id, children, levels) AS MATERIALIZED (
            SELECT c.group_id, COUNT(*), SUM(CASE %2 WHEN 3 THEN %1 WHEN 2 THEN 1 ELSE 0 END)
            FROM current_children c GROUP BY c.group_id)
        SELECT g.id, g.name, l.name, g.capacity, COALESCE(pg.children, 0), COALESCE(pg.levels, 0)
        FROM groups g JOIN locations l ON l.id = g.location_id
        LEFT JOIN per_group pg ON pg.group_id = g.id
        WHERE g.id IN (SELECT id FROM scoped_groups)
        ORDER BY l.name, g.name)")
                                          .arg(levelThreeWeight + 1)
                                          .arg(level);
}

void GroupNeeds::loadGroups(const Database& db, const Actor& actor, const GroupNeedsFilter& filter)
{
    SqlQuery q(db, groupFiguresSql(db.dialect(), filter.domainId.has_value()));
    bindParams(q, actor, filter);
    q.exec();
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        GroupFigures g;
        g.groupId = q.value(0).toLongLong();
        g.groupName = q.value(1).toString();
        g.locationName = q.value(2).toString();
        g.capacity = q.value(3).toInt();
        g.children = q.value(4).toInt();
        const qint64 levels = q.value(5).toLongLong();
        g.childrenLevel2Plus = static_cast<int>(levels % levelThreeWeight);
        g.escalations = static_cast<int>(levels / levelThreeWeight);
        index.insert(g.groupId, m_groups.size());
        m_groups.append(g);
    }
    SqlQuery cells(db, scopedGroupsCte(db.dialect()) + QStringLiteral(R"(
        SELECT c.group_id, n.domain_id, COUNT(DISTINCT n.child_id)
        FROM current_children c JOIN support_needs n ON n.child_id = c.id
        WHERE c.open_level >= 2 AND n.status <> 'closed' AND n.level >= 2
          AND ((SELECT domain FROM params) IS NULL OR n.domain_id = (SELECT domain FROM params))
        GROUP BY c.group_id, n.domain_id)"));
    bindParams(cells, actor, filter);
    cells.exec();
    while (cells.next()) {
        const auto it = index.constFind(cells.value(0).toLongLong());
        if (it != index.constEnd())
            m_groups[*it].perDomain.insert(cells.value(1).toLongLong(), cells.value(2).toInt());
    }
}

void GroupNeeds::loadAttention(const Database& db, const Actor& actor, const GroupNeedsFilter& filter)
{
    if (filter.attentionRows == 0) {
        loadAttentionCounts(db, actor, filter);
        return;
    }
    for (QList<AttentionItem>* items :
         {&m_overdueReviews, &m_parentsNotInformed, &m_waitingReferrals, &m_escalations, &m_turningFour}) {
        const auto list = static_cast<AttentionList>(m_attentionTotals.size());
        int total = 0;
        *items = readAttention(db, actor, filter, list, true, 0, filter.attentionRows, &total);
        m_attentionTotals.insert(int(list), total);
    }
    if (!m_waitingReferrals.isEmpty()) // the oldest first
        m_longestWaitDays = m_waitingReferrals.constFirst().days;
}

// How long each attention list is, counted by the database in one pass over the open needs without
// reading, joining or sorting rows: what a report of aggregates, and the overview's tabs, need. The
// conditions are attentionSql's. Only the columns counted are read (not open_needs' every column),
// from the needs index that holds them, joined from each current child rather than testing each
// need against a list of every child; waiting referrals start from the referrals, children turning
// four from the group and dates index.
void GroupNeeds::loadAttentionCounts(const Database& db, const Actor& actor, const GroupNeedsFilter& filter)
{
    SqlQuery q(db, scopedGroupsCte(db.dialect()) + QStringLiteral(R"(,
        waiting AS (SELECT r.referred_on FROM referrals r JOIN support_needs n ON n.id = r.need_id
                    JOIN children c ON c.id = n.child_id
                    WHERE r.status IN ('registered', 'waiting') AND n.status <> 'closed'
                      AND c.group_id IN (SELECT id FROM scoped_groups)
                      AND c.start_date <= (SELECT today FROM params)
                      AND (c.end_date IS NULL OR c.end_date >= (SELECT today FROM params))
                      AND ((SELECT domain FROM params) IS NULL OR n.domain_id = (SELECT domain FROM params)))
        SELECT COUNT(CASE WHEN n.review_date < (SELECT today FROM params) THEN 1 END),
               COUNT(CASE WHEN n.parents_informed_on IS NULL
                           AND n.signalled_on < (SELECT informed_before FROM params) THEN 1 END),
               (SELECT COUNT(*) FROM waiting),
               COUNT(CASE WHEN n.level = 3 THEN 1 END),
               (SELECT COUNT(*) FROM children c WHERE c.group_id IN (SELECT id FROM scoped_groups)
                   AND c.start_date <= (SELECT today FROM params)
                   AND (c.end_date IS NULL OR c.end_date >= (SELECT today FROM params))
                   AND c.birth_date > (SELECT born_after FROM params)
                   AND c.birth_date <= (SELECT birthday_until FROM params)),
               (SELECT MIN(referred_on) FROM waiting)
        FROM current_children cc JOIN support_needs n ON n.child_id = cc.id
        WHERE cc.open_level IS NOT NULL AND n.status <> 'closed'
          AND ((SELECT domain FROM params) IS NULL OR n.domain_id = (SELECT domain FROM params)))"));
    bindParams(q, actor, filter);
    q.exec();
    if (!q.next())
        return;
    for (int list = 0; list <= int(AttentionList::TurningFour); ++list)
        m_attentionTotals.insert(list, q.value(list).toInt());
    if (!q.value(5).isNull())
        m_longestWaitDays = static_cast<int>(std::abs(sql::toDate(q.value(5)).daysTo(filter.today)));
}

const QList<AttentionItem>& GroupNeeds::attention(AttentionList list) const
{
    switch (list) {
    case AttentionList::OverdueReviews:
        return m_overdueReviews;
    case AttentionList::ParentsNotInformed:
        return m_parentsNotInformed;
    case AttentionList::WaitingReferrals:
        return m_waitingReferrals;
    case AttentionList::Escalations:
        return m_escalations;
    case AttentionList::TurningFour:
        break;
    }
    return m_turningFour;
}

QList<AttentionItem> GroupNeeds::attentionPage(const Database& db, const Actor& actor,
                                               const GroupNeedsFilter& filter, AttentionList list, int offset,
                                               int limit)
{
    if (limit <= 0)
        return {};
    return readAttention(db, actor, filter, list, false, offset, limit);
}

void GroupNeeds::loadTrend(const Database& db, const Actor& actor, const GroupNeedsFilter& filter)
{
    // Counted per month and domain in SQL: a few hundred rows instead of every need of the period.
    const QDate firstMonth =
        QDate(filter.today.year(), filter.today.month(), 1).addMonths(1 - std::max(1, filter.trendMonths));
    SqlQuery q(db,
               scopedGroupsCte(db.dialect()) + QStringLiteral(R"(,
        period_needs AS (
            SELECT n.domain_id, n.signalled_on, n.closed_on FROM support_needs n JOIN children c ON c.id = n.child_id
            WHERE c.group_id IN (SELECT id FROM scoped_groups)
              AND ((SELECT domain FROM params) IS NULL OR n.domain_id = (SELECT domain FROM params))
              AND (n.signalled_on >= :first OR n.closed_on >= :first2))
        SELECT domain_id, %1, COUNT(*), 0 FROM period_needs
        WHERE signalled_on >= :first3 AND signalled_on <= (SELECT today FROM params) GROUP BY 1, 2
        UNION ALL
        SELECT domain_id, %2, 0, COUNT(*) FROM period_needs
        WHERE closed_on >= :first4 AND closed_on <= (SELECT today FROM params) GROUP BY 1, 2)")
                                                   .arg(db.dialect().monthOf(QStringLiteral("signalled_on")),
                                                        db.dialect().monthOf(QStringLiteral("closed_on"))));
    bindParams(q, actor, filter);
    const QString first = sql::date(firstMonth).toString();
    q.bind(QStringLiteral(":first"), first)
        .bind(QStringLiteral(":first2"), first)
        .bind(QStringLiteral(":first3"), first)
        .bind(QStringLiteral(":first4"), first);
    q.exec();
    QMap<QPair<QDate, qint64>, TrendPoint> points;
    while (q.next()) {
        const qint64 domain = q.value(0).toLongLong();
        const QDate month = QDate::fromString(q.value(1).toString() + QStringLiteral("-01"), Qt::ISODate);
        TrendPoint& p = points[{month, domain}];
        p.month = month;
        p.domainId = domain;
        p.opened += q.value(2).toInt();
        p.closed += q.value(3).toInt();
    }
    m_trend = points.values();
}

} // namespace kz
