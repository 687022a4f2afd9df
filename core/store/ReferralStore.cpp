#include "ReferralStore.h"

#include "Error.h"
#include "access/AccessPolicy.h"
#include "access/AuditLog.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/SqlValues.h"
#include "db/Transaction.h"
#include "domain/Validator.h"

namespace kz {

qint64 ReferralStore::childOfNeed(qint64 needId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT child_id FROM support_needs WHERE id = :id"));
    q.bind(QStringLiteral(":id"), needId);
    const auto child = q.scalar();
    if (!child)
        throw Error(Error::Kind::NotFound, tr("This support need was not found."));
    return child->toLongLong();
}

qint64 ReferralStore::create(const Actor& actor, const Referral& referral)
{
    Validator::check(referral);
    Transaction transaction(m_db);
    const qint64 childId = childOfNeed(referral.needId);
    AccessPolicy::requireChild(m_db, actor, childId);
    SqlQuery partner(m_db, QStringLiteral("SELECT status FROM partners WHERE id = :id"));
    partner.bind(QStringLiteral(":id"), referral.partnerId);
    const auto status = partner.scalar();
    if (!status)
        throw Error(Error::Kind::Validation, tr("The chosen partner does not exist."));
    if (status->toString() == toCode(PartnerStatus::Defunct))
        throw Error(Error::Kind::Validation, tr("The chosen partner no longer exists; choose another."));
    SqlQuery q(m_db,
               QStringLiteral("INSERT INTO referrals (need_id, partner_id, status, referred_on, started_on, "
                              "ended_on, note, created_by, created_at, updated_at) VALUES (:need, :partner, "
                              ":status, :referred, :started, :ended, :note, :by, :now, :now) RETURNING id"));
    q.bind(QStringLiteral(":need"), referral.needId)
        .bind(QStringLiteral(":partner"), referral.partnerId)
        .bind(QStringLiteral(":status"), toCode(referral.status))
        .bind(QStringLiteral(":referred"), sql::date(referral.referredOn))
        .bind(QStringLiteral(":started"), sql::date(referral.startedOn))
        .bind(QStringLiteral(":ended"), sql::date(referral.endedOn))
        .bind(QStringLiteral(":note"), referral.note)
        .bind(QStringLiteral(":by"), actor.userId)
        .bind(QStringLiteral(":now"), sql::now())
        .exec();
    const qint64 id = q.insertedId();
    AuditLog::record(m_db, actor, QStringLiteral("create"), QStringLiteral("referral"), id, childId);
    m_db.recordChange({Change::Subject::Need, referral.needId, childId});
    transaction.commit();
    return id;
}

void ReferralStore::changeStatus(const Actor& actor, qint64 referralId, ReferralStatus status,
                                 const QDate& on, const QString& note)
{
    Transaction transaction(m_db);
    SqlQuery find(m_db, QStringLiteral("SELECT need_id FROM referrals WHERE id = :id"));
    find.bind(QStringLiteral(":id"), referralId);
    const auto needId = find.scalar();
    if (!needId)
        throw Error(Error::Kind::NotFound, tr("This referral was not found."));
    const qint64 childId = childOfNeed(needId->toLongLong());
    AccessPolicy::requireChild(m_db, actor, childId);
    Referral current = read(QStringLiteral("r.id = :id"), referralId).constFirst();
    current.status = status;
    if (status == ReferralStatus::Started)
        current.startedOn = on;
    if (status == ReferralStatus::Completed || status == ReferralStatus::Declined)
        current.endedOn = on;
    if (!note.isEmpty())
        current.note = note;
    Validator::check(current);
    SqlQuery q(m_db, QStringLiteral(
                         "UPDATE referrals SET status = :status, started_on = :started, ended_on = :ended, "
                         "note = :note, updated_at = :now WHERE id = :id"));
    q.bind(QStringLiteral(":status"), toCode(status))
        .bind(QStringLiteral(":started"), sql::date(current.startedOn))
        .bind(QStringLiteral(":ended"), sql::date(current.endedOn))
        .bind(QStringLiteral(":note"), current.note)
        .bind(QStringLiteral(":now"), sql::now())
        .bind(QStringLiteral(":id"), referralId)
        .exec();
    AuditLog::record(m_db, actor, QStringLiteral("status"), QStringLiteral("referral"), referralId, childId,
                     toCode(status));
    m_db.recordChange({Change::Subject::Need, needId->toLongLong(), childId});
    transaction.commit();
}

QList<Referral> ReferralStore::read(const QString& where, qint64 id) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT r.id, r.need_id, r.partner_id, p.name, r.status, r.referred_on, "
                                    "r.started_on, r.ended_on, r.note FROM referrals r "
                                    "JOIN partners p ON p.id = r.partner_id "
                                    "JOIN support_needs n ON n.id = r.need_id WHERE ") +
                         where + QStringLiteral(" ORDER BY r.referred_on, r.id"));
    q.bind(QStringLiteral(":id"), id).exec();
    QList<Referral> result;
    while (q.next()) {
        Referral r;
        r.id = q.value(0).toLongLong();
        r.needId = q.value(1).toLongLong();
        r.partnerId = q.value(2).toLongLong();
        r.partnerName = q.value(3).toString();
        r.status = referralStatusFromCode(q.value(4).toString()).value_or(ReferralStatus::Registered);
        r.referredOn = sql::toDate(q.value(5));
        r.startedOn = sql::toOptionalDate(q.value(6));
        r.endedOn = sql::toOptionalDate(q.value(7));
        r.note = q.value(8).toString();
        result.append(r);
    }
    return result;
}

QList<Referral> ReferralStore::forNeed(const Actor& actor, qint64 needId) const
{
    AccessPolicy::requireChild(m_db, actor, childOfNeed(needId));
    return read(QStringLiteral("r.need_id = :id"), needId);
}

QList<Referral> ReferralStore::forChild(const Actor& actor, qint64 childId) const
{
    AccessPolicy::requireChild(m_db, actor, childId);
    return read(QStringLiteral("n.child_id = :id"), childId);
}

} // namespace kz
