#include "Retention.h"

#include "Error.h"
#include "access/AccessPolicy.h"
#include "access/AuditLog.h"
#include "db/Database.h"
#include "db/Dialect.h"
#include "db/SqlQuery.h"
#include "db/SqlValues.h"
#include "db/Transaction.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace kz {

int Retention::months(const Database& db)
{
    SqlQuery q(db, QStringLiteral("SELECT value FROM meta WHERE key = 'retention_months'"));
    const auto value = q.scalar();
    return value ? value->toInt() : defaultMonths;
}

void Retention::setMonths(const Database& db, const Actor& actor, int monthsToKeep)
{
    if (monthsToKeep < 1 || monthsToKeep > 240)
        throw Error(Error::Kind::Validation, tr("The retention period must be between 1 and 240 months."));
    Transaction transaction(db);
    AccessPolicy::requireAnyRole(db, actor, {Role::Admin}, QStringLiteral("purge"));
    SqlQuery q(db, QStringLiteral("INSERT INTO meta (key, value) VALUES ('retention_months', :months) "
                                  "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.bind(QStringLiteral(":months"), QString::number(monthsToKeep)).exec();
    AuditLog::record(db, actor, QStringLiteral("settings"), QStringLiteral("retention"), std::nullopt,
                     std::nullopt, QStringLiteral("%1 months").arg(monthsToKeep));
    db.recordChange({Change::Subject::Organisation, 0});
    transaction.commit();
}

RetentionResult Retention::preview(const Database& db, const Actor& actor, const QDate& today)
{
    AccessPolicy::requireAnyRole(db, actor, {Role::Admin}, QStringLiteral("purge"));
    AccessPolicy::requireEveryRow(db, actor, QStringLiteral("purge"));
    SqlQuery q(db, QStringLiteral(R"(
        SELECT c.id, c.end_date,
               (SELECT COUNT(*) FROM support_needs n WHERE n.child_id = c.id),
               (SELECT COUNT(*) FROM observations o WHERE o.child_id = c.id),
               (SELECT COUNT(*) FROM referrals r JOIN support_needs n ON n.id = r.need_id WHERE n.child_id = c.id)
        FROM children c WHERE c.end_date IS NOT NULL AND c.end_date < :cutoff ORDER BY c.end_date, c.id)"));
    q.bind(QStringLiteral(":cutoff"), sql::date(today.addMonths(-months(db)))).exec();
    RetentionResult result;
    while (q.next()) {
        const RetentionCandidate c{q.value(0).toLongLong(), sql::toDate(q.value(1)), q.value(2).toInt(),
                                   q.value(3).toInt(), q.value(4).toInt()};
        result.supportNeeds += c.supportNeeds;
        result.observations += c.observations;
        result.referrals += c.referrals;
        result.children.append(c);
    }
    return result;
}

namespace {

// Every row that names or describes the child, dependants first: table, and which of its rows.
struct ChildRows
{
    QString table;
    QString where;
};

const QList<ChildRows>& childRows()
{
    static const QList<ChildRows> rows = {
        {QStringLiteral("handover_snapshots"), QStringLiteral("child_id = :child")},
        {QStringLiteral("handovers"), QStringLiteral("child_id = :child")},
        {QStringLiteral("observation_drafts"), QStringLiteral("child_id = :child")},
        {QStringLiteral("observation_domains"),
         QStringLiteral("observation_id IN (SELECT id FROM observations WHERE child_id = :child)")},
        {QStringLiteral("observation_revisions"),
         QStringLiteral("observation_id IN (SELECT id FROM observations WHERE child_id = :child)")},
        {QStringLiteral("observations"), QStringLiteral("child_id = :child")},
        {QStringLiteral("referrals"),
         QStringLiteral("need_id IN (SELECT id FROM support_needs WHERE child_id = :child)")},
        {QStringLiteral("support_need_history"),
         QStringLiteral("need_id IN (SELECT id FROM support_needs WHERE child_id = :child)")},
        {QStringLiteral("support_needs"), QStringLiteral("child_id = :child")},
        {QStringLiteral("parent_summary_snapshots"), QStringLiteral("child_id = :child")},
        {QStringLiteral("parent_conversations"), QStringLiteral("child_id = :child")},
        {QStringLiteral("guardians"), QStringLiteral("child_id = :child")},
        {QStringLiteral("child_group_moves"), QStringLiteral("child_id = :child")},
        {QStringLiteral("children"), QStringLiteral("id = :child")},
    };
    return rows;
}

void removeChild(const Database& db, qint64 childId)
{
    for (const ChildRows& rows : childRows()) {
        SqlQuery q(db, QStringLiteral("DELETE FROM %1 WHERE %2").arg(rows.table, rows.where));
        q.bind(QStringLiteral(":child"), childId).exec();
    }
    db.recordChange({Change::Subject::Child, childId, childId});
}

} // namespace

RetentionResult Retention::purge(const Database& db, const Actor& actor, const QDate& today)
{
    RetentionResult result;
    {
        Transaction transaction(db);
        // On a server the snapshots only grow for everyday logins, and only the owner may rewrite
        // the tables afterwards: say so before anything is removed.
        if (!db.dialect().actsAsOwner(db))
            throw Error(Error::Kind::AccessDenied,
                        tr("Removing children's files from the organisation's server needs the rights of "
                           "its owner (kindzicht_owner). Ask whoever looks after the server to run the "
                           "purge; nothing was removed."));
        result = preview(db, actor, today);
        for (const RetentionCandidate& c : result.children)
            removeChild(db, c.childId);
        SqlQuery log(
            db,
            QStringLiteral("INSERT INTO retention_log (purged_at, purged_by, retention_months, children, "
                           "support_needs, observations, referrals, left_from, left_until) VALUES (:at, :by, "
                           ":months, :children, :needs, :observations, :referrals, :from, :until)"));
        log.bind(QStringLiteral(":at"), sql::now())
            .bind(QStringLiteral(":by"), actor.userId)
            .bind(QStringLiteral(":months"), months(db))
            .bind(QStringLiteral(":children"), static_cast<int>(result.children.size()))
            .bind(QStringLiteral(":needs"), result.supportNeeds)
            .bind(QStringLiteral(":observations"), result.observations)
            .bind(QStringLiteral(":referrals"), result.referrals)
            .bind(QStringLiteral(":from"),
                  result.children.isEmpty() ? QVariant() : sql::date(result.children.first().leftOn))
            .bind(QStringLiteral(":until"),
                  result.children.isEmpty() ? QVariant() : sql::date(result.children.last().leftOn))
            .exec();
        AuditLog::record(db, actor, QStringLiteral("purge"), QStringLiteral("retention"), std::nullopt,
                         std::nullopt, QStringLiteral("%1 children").arg(result.children.size()));
        // The search index keeps deleted words until it is tidied.
        db.dialect().tidySearchIndex(db);
        transaction.commit();
    }
    // Outside the transaction: rewrite the file (on a server: the tables the purge touched) without
    // free pages and empty the journal, so that neither the database nor its WAL holds a readable
    // trace (secure_delete zeroes freed pages too).
    QStringList touched;
    for (const ChildRows& rows : childRows())
        touched.append(rows.table);
    try {
        result.wipePending = !db.finishWipe(touched);
    } catch (const Error& e) {
        result.wipePending = true;
        result.wipeProblem = e.userMessage();
    }
    return result;
}

} // namespace kz
