#include "SupportNeedStore.h"

#include "DomainStore.h"
#include "Error.h"
#include "ObservationStore.h"
#include "RowVersion.h"
#include "access/AccessPolicy.h"
#include "access/AuditLog.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/SqlValues.h"
#include "db/Transaction.h"
#include "domain/Validator.h"

namespace kz {

namespace {

const QString needColumns = QStringLiteral(
    "SELECT id, child_id, domain_id, level, description, strengths, agreed_actions, status, signalled_on, "
    "signalled_by, parents_informed_on, parents_response, review_date, closed_on, closed_reason, "
    "parents_informed_conversation_id, version FROM support_needs ");

const QString needTable = QStringLiteral("support_needs");

SupportNeed readNeed(const SqlQuery& q)
{
    SupportNeed n;
    n.id = q.value(0).toLongLong();
    n.childId = q.value(1).toLongLong();
    n.domainId = q.value(2).toLongLong();
    n.level = q.value(3).toInt();
    n.description = q.value(4).toString();
    n.strengths = q.value(5).toString();
    n.agreedActions = q.value(6).toString();
    n.status = needStatusFromCode(q.value(7).toString()).value_or(NeedStatus::Signalled);
    n.signalledOn = sql::toDate(q.value(8));
    n.signalledBy = q.value(9).toLongLong();
    n.parentsInformedOn = sql::toOptionalDate(q.value(10));
    n.parentsResponse = q.value(11).toString();
    n.reviewDate = sql::toOptionalDate(q.value(12));
    n.closedOn = sql::toOptionalDate(q.value(13));
    n.closedReason = q.value(14).toString();
    n.parentsInformedIn = sql::toOptionalId(q.value(15));
    n.version = q.value(16).toInt();
    return n;
}

QString dateText(const std::optional<QDate>& d)
{
    return d ? d->toString(Qt::ISODate) : QString();
}

} // namespace

qint64 SupportNeedStore::create(const Actor& actor, const SupportNeed& need)
{
    SupportNeed n = need;
    n.status = NeedStatus::Signalled;
    n.signalledBy = actor.userId;
    n.closedOn.reset();
    n.closedReason.clear();
    Validator::check(n);
    Transaction transaction(m_db);
    AccessPolicy::requireChild(m_db, actor, n.childId);
    const auto domain = DomainStore(m_db).byId(n.domainId);
    if (!domain || !domain->active)
        throw Error(Error::Kind::Validation, tr("The chosen development domain does not exist."));
    SqlQuery q(
        m_db,
        QStringLiteral(
            "INSERT INTO support_needs (child_id, domain_id, level, description, strengths, "
            "agreed_actions, status, signalled_on, signalled_by, parents_informed_on, parents_response, "
            "review_date, created_at, updated_at) VALUES (:child, :domain, :level, :description, "
            ":strengths, :actions, :status, :signalled_on, :by, :informed, :response, :review, :now, :now) "
            "RETURNING id"));
    q.bind(QStringLiteral(":child"), n.childId)
        .bind(QStringLiteral(":domain"), n.domainId)
        .bind(QStringLiteral(":level"), n.level)
        .bind(QStringLiteral(":description"), n.description)
        .bind(QStringLiteral(":strengths"), n.strengths)
        .bind(QStringLiteral(":actions"), n.agreedActions)
        .bind(QStringLiteral(":status"), toCode(n.status))
        .bind(QStringLiteral(":signalled_on"), sql::date(n.signalledOn))
        .bind(QStringLiteral(":by"), n.signalledBy)
        .bind(QStringLiteral(":informed"), sql::date(n.parentsInformedOn))
        .bind(QStringLiteral(":response"), n.parentsResponse)
        .bind(QStringLiteral(":review"), sql::date(n.reviewDate))
        .bind(QStringLiteral(":now"), sql::now())
        .exec();
    const qint64 id = q.insertedId();
    appendHistory(actor, id, QStringLiteral("created"), {},
                  QStringLiteral("%1, level %2").arg(toCode(n.status)).arg(n.level), {});
    AuditLog::record(m_db, actor, QStringLiteral("create"), QStringLiteral("support_need"), id, n.childId);
    m_db.recordChange({Change::Subject::Need, id, n.childId});
    transaction.commit();
    return id;
}

qint64 SupportNeedStore::createFromObservation(const Actor& actor, qint64 observationId, qint64 domainId,
                                               int level)
{
    Transaction transaction(m_db);
    const Observation observation = ObservationStore(m_db).get(actor, observationId);
    if (observation.hidden)
        throw Error(Error::Kind::AccessDenied, tr("You may not read this restricted note."));
    if (observation.needId)
        throw Error(Error::Kind::Conflict, tr("This observation belongs to a support need already."));
    SupportNeed need;
    need.childId = observation.childId;
    need.domainId = domainId;
    need.level = level;
    need.description = observation.body.left(2000);
    need.signalledOn = observation.observedAt.toLocalTime().date();
    const qint64 needId = create(actor, need);
    // A new version of the note: an edit of it opened before must not unlink it again.
    SqlQuery link(m_db, QStringLiteral("UPDATE observations SET need_id = :need, ") +
                            RowVersion::setClause() + QStringLiteral(" WHERE id = :id"));
    link.bind(QStringLiteral(":need"), needId).bind(QStringLiteral(":id"), observationId);
    RowVersion::bindChange(link, actor);
    link.exec();
    AuditLog::record(m_db, actor, QStringLiteral("link"), QStringLiteral("observation"), observationId,
                     observation.childId, QStringLiteral("support need %1").arg(needId));
    m_db.recordChange({Change::Subject::Observation, observationId, observation.childId});
    transaction.commit();
    return needId;
}

SupportNeed SupportNeedStore::openNeedForChange(const Actor& actor, qint64 needId, const EditBase& base) const
{
    SupportNeed need = get(actor, needId);
    RowVersion::require(m_db, needTable, needId, base.version);
    if (need.status == NeedStatus::Closed)
        throw Error(Error::Kind::Conflict, tr("This support need is closed and can no longer be changed."));
    return need;
}

void SupportNeedStore::store(const Actor& actor, const SupportNeed& before, const SupportNeed& after,
                             const QString& field, const QString& from, const QString& to,
                             const QString& note, const EditBase& base)
{
    Validator::check(after);
    const QString overwritten = RowVersion::overwriteDetail(m_db, needTable, before.id, base.overwrite);
    SqlQuery q(m_db,
               QStringLiteral("UPDATE support_needs SET level = :level, status = :status, "
                              "parents_informed_on = :informed, parents_response = :response, "
                              "parents_informed_conversation_id = :conversation, "
                              "review_date = :review, closed_on = :closed_on, closed_reason = :reason, ") +
                   RowVersion::setClause() + QStringLiteral(" WHERE id = :id") + RowVersion::whereClause());
    q.bind(QStringLiteral(":level"), after.level)
        .bind(QStringLiteral(":status"), toCode(after.status))
        .bind(QStringLiteral(":informed"), sql::date(after.parentsInformedOn))
        .bind(QStringLiteral(":response"), after.parentsResponse)
        .bind(QStringLiteral(":conversation"), sql::id(after.parentsInformedIn))
        .bind(QStringLiteral(":review"), sql::date(after.reviewDate))
        .bind(QStringLiteral(":closed_on"), sql::date(after.closedOn))
        .bind(QStringLiteral(":reason"), after.closedReason)
        .bind(QStringLiteral(":id"), before.id);
    RowVersion::bind(q, actor, base.version);
    q.exec();
    RowVersion::requireUpdated(m_db, q.numRowsAffected(), needTable, before.id, base.version);
    appendHistory(actor, before.id, field, from, to, note);
    AuditLog::record(m_db, actor, RowVersion::auditAction(base.overwrite), QStringLiteral("support_need"),
                     before.id, before.childId,
                     overwritten.isEmpty() ? field : field + QLatin1Char(' ') + overwritten);
}

void SupportNeedStore::changeStatus(const Actor& actor, qint64 needId, NeedStatus status, const QString& note,
                                    const EditBase& base)
{
    if (status == NeedStatus::Closed)
        throw Error(Error::Kind::Validation, tr("Close a support need with a reason, through Close."));
    Transaction transaction(m_db);
    const SupportNeed before = openNeedForChange(actor, needId, base);
    if (before.status == status)
        throw Error(Error::Kind::Conflict, tr("The support need has this status already."));
    SupportNeed after = before;
    after.status = status;
    store(actor, before, after, QStringLiteral("status"), toCode(before.status), toCode(status), note, base);
    m_db.recordChange({Change::Subject::Need, needId, before.childId});
    transaction.commit();
}

void SupportNeedStore::changeLevel(const Actor& actor, qint64 needId, int level, const QString& note,
                                   const EditBase& base)
{
    Transaction transaction(m_db);
    const SupportNeed before = openNeedForChange(actor, needId, base);
    SupportNeed after = before;
    after.level = level;
    if (before.level == level)
        throw Error(Error::Kind::Conflict, tr("The support need has this level already."));
    store(actor, before, after, QStringLiteral("level"), QString::number(before.level),
          QString::number(level), note, base);
    if (level == 3) {
        appendHistory(actor, needId, QStringLiteral("escalation"), QString::number(before.level),
                      QStringLiteral("3"), note);
        AuditLog::record(m_db, actor, QStringLiteral("escalate"), QStringLiteral("support_need"), needId,
                         before.childId);
    }
    m_db.recordChange({Change::Subject::Need, needId, before.childId});
    transaction.commit();
}

void SupportNeedStore::setReviewDate(const Actor& actor, qint64 needId, const QDate& reviewDate,
                                     const QString& note, const EditBase& base)
{
    Transaction transaction(m_db);
    const SupportNeed before = openNeedForChange(actor, needId, base);
    SupportNeed after = before;
    after.reviewDate = reviewDate;
    store(actor, before, after, QStringLiteral("review_date"), dateText(before.reviewDate),
          dateText(reviewDate), note, base);
    m_db.recordChange({Change::Subject::Need, needId, before.childId});
    transaction.commit();
}

void SupportNeedStore::recordParentsInformed(const Actor& actor, qint64 needId, const QDate& on,
                                             const QString& response, std::optional<qint64> conversationId,
                                             const EditBase& base)
{
    Transaction transaction(m_db);
    const SupportNeed before = openNeedForChange(actor, needId, base);
    if (conversationId) {
        SqlQuery q(m_db, QStringLiteral("SELECT child_id FROM parent_conversations WHERE id = :id"));
        q.bind(QStringLiteral(":id"), *conversationId);
        if (q.scalar().value_or(QVariant()).toLongLong() != before.childId)
            throw Error(Error::Kind::Validation,
                        tr("The parents can only be informed in a conversation about this child."));
    }
    SupportNeed after = before;
    after.parentsInformedOn = on;
    after.parentsResponse = response;
    after.parentsInformedIn = conversationId;
    store(actor, before, after, QStringLiteral("parents_informed"), dateText(before.parentsInformedOn),
          dateText(on), response, base);
    m_db.recordChange({Change::Subject::Need, needId, before.childId});
    transaction.commit();
}

void SupportNeedStore::close(const Actor& actor, qint64 needId, const QString& reason, const QDate& on,
                             const EditBase& base)
{
    Transaction transaction(m_db);
    const SupportNeed before = openNeedForChange(actor, needId, base);
    SupportNeed after = before;
    after.status = NeedStatus::Closed;
    after.closedOn = on;
    after.closedReason = reason.trimmed();
    if (on < before.signalledOn)
        throw Error(Error::Kind::Validation, tr("A support need cannot be closed before it was signalled."));
    store(actor, before, after, QStringLiteral("status"), toCode(before.status), toCode(NeedStatus::Closed),
          reason, base);
    m_db.recordChange({Change::Subject::Need, needId, before.childId});
    transaction.commit();
}

SupportNeed SupportNeedStore::get(const Actor& actor, qint64 needId) const
{
    SqlQuery q(m_db, needColumns + QStringLiteral("WHERE id = :id"));
    q.bind(QStringLiteral(":id"), needId).exec();
    if (!q.next())
        throw Error(Error::Kind::NotFound, tr("This support need was not found."));
    SupportNeed need = readNeed(q);
    AccessPolicy::requireChild(m_db, actor, need.childId);
    return need;
}

QList<SupportNeed> SupportNeedStore::forChild(const Actor& actor, qint64 childId) const
{
    AccessPolicy::requireChild(m_db, actor, childId);
    SqlQuery q(m_db,
               needColumns + QStringLiteral("WHERE child_id = :child ORDER BY signalled_on DESC, id DESC"));
    q.bind(QStringLiteral(":child"), childId).exec();
    QList<SupportNeed> result;
    while (q.next())
        result.append(readNeed(q));
    return result;
}

namespace {

const QString historyColumns = QStringLiteral(
    "SELECT h.id, h.need_id, h.changed_at, h.changed_by, u.display_name, h.field, h.from_value, h.to_value, "
    "h.note FROM support_need_history h JOIN users u ON u.id = h.changed_by ");

NeedHistoryEntry readHistory(const SqlQuery& q)
{
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), sql::toMoment(q.value(2)),
            q.value(3).toLongLong(), q.value(4).toString(),   q.value(5).toString(),
            q.value(6).toString(),   q.value(7).toString(),   q.value(8).toString()};
}

} // namespace

QList<NeedHistoryEntry> SupportNeedStore::history(const Actor& actor, qint64 needId) const
{
    get(actor, needId); // scope check
    SqlQuery q(m_db, historyColumns + QStringLiteral("WHERE h.need_id = :id ORDER BY h.id"));
    q.bind(QStringLiteral(":id"), needId).exec();
    QList<NeedHistoryEntry> result;
    while (q.next())
        result.append(readHistory(q));
    return result;
}

QHash<qint64, QList<NeedHistoryEntry>> SupportNeedStore::historyForChild(const Actor& actor,
                                                                         qint64 childId) const
{
    AccessPolicy::requireChild(m_db, actor, childId);
    SqlQuery q(m_db, historyColumns + QStringLiteral("JOIN support_needs n ON n.id = h.need_id "
                                                     "WHERE n.child_id = :child ORDER BY h.need_id, h.id"));
    q.bind(QStringLiteral(":child"), childId).exec();
    QHash<qint64, QList<NeedHistoryEntry>> result;
    while (q.next()) {
        NeedHistoryEntry entry = readHistory(q);
        result[entry.needId].append(std::move(entry));
    }
    return result;
}

void SupportNeedStore::appendHistory(const Actor& actor, qint64 needId, const QString& field,
                                     const QString& from, const QString& to, const QString& note)
{
    SqlQuery q(m_db, QStringLiteral(
                         "INSERT INTO support_need_history (need_id, changed_at, changed_by, field, "
                         "from_value, to_value, note) VALUES (:need, :at, :by, :field, :from, :to, :note)"));
    q.bind(QStringLiteral(":need"), needId)
        .bind(QStringLiteral(":at"), sql::now())
        .bind(QStringLiteral(":by"), actor.userId)
        .bind(QStringLiteral(":field"), field)
        .bind(QStringLiteral(":from"), from.isEmpty() ? QVariant() : QVariant(from))
        .bind(QStringLiteral(":to"), to.isEmpty() ? QVariant() : QVariant(to))
        .bind(QStringLiteral(":note"), note)
        .exec();
}

} // namespace kz
