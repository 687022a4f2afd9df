#include "GuardianStore.h"

#include "Error.h"
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

void bindGuardian(SqlQuery& q, const Guardian& g)
{
    q.bind(QStringLiteral(":name"), g.name.simplified())
        .bind(QStringLiteral(":relation"), g.relation.simplified())
        .bind(QStringLiteral(":language"), g.preferredLanguage.simplified())
        .bind(QStringLiteral(":interpreter"), g.interpreterNeeded ? 1 : 0)
        .bind(QStringLiteral(":phone"), g.phone.trimmed())
        .bind(QStringLiteral(":email"), g.email.trimmed());
}

} // namespace

QList<Guardian> GuardianStore::list(const Actor& actor, qint64 childId) const
{
    AccessPolicy::requireChild(m_db, actor, childId);
    SqlQuery q(m_db,
               QStringLiteral("SELECT id, child_id, name, relation, preferred_language, interpreter_needed, "
                              "phone, email, version FROM guardians WHERE child_id = :child ORDER BY id"));
    q.bind(QStringLiteral(":child"), childId).exec();
    QList<Guardian> result;
    while (q.next()) {
        Guardian g;
        g.id = q.value(0).toLongLong();
        g.childId = q.value(1).toLongLong();
        g.name = q.value(2).toString();
        g.relation = q.value(3).toString();
        g.preferredLanguage = q.value(4).toString();
        g.interpreterNeeded = q.value(5).toBool();
        g.phone = q.value(6).toString();
        g.email = q.value(7).toString();
        g.version = q.value(8).toInt();
        result.append(g);
    }
    return result;
}

qint64 GuardianStore::add(const Actor& actor, const Guardian& guardian)
{
    Validator::check(guardian);
    Transaction transaction(m_db);
    // Practitioners see only the children of their groups, managers those of their locations:
    // exactly the people who talk with this child's parents.
    AccessPolicy::requireChild(m_db, actor, guardian.childId);
    SqlQuery q(m_db,
               QStringLiteral(
                   "INSERT INTO guardians (child_id, name, relation, preferred_language, "
                   "interpreter_needed, phone, email, created_at, updated_at) VALUES (:child, "
                   ":name, :relation, :language, :interpreter, :phone, :email, :now, :now) RETURNING id"));
    bindGuardian(q, guardian);
    q.bind(QStringLiteral(":child"), guardian.childId).bind(QStringLiteral(":now"), sql::now()).exec();
    const qint64 id = q.insertedId();
    AuditLog::record(m_db, actor, QStringLiteral("create"), QStringLiteral("guardian"), id, guardian.childId);
    m_db.recordChange({Change::Subject::Child, guardian.childId, guardian.childId});
    transaction.commit();
    return id;
}

qint64 GuardianStore::childOf(const Actor& actor, qint64 guardianId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT child_id FROM guardians WHERE id = :id"));
    q.bind(QStringLiteral(":id"), guardianId);
    const auto child = q.scalar();
    if (!child)
        throw Error(Error::Kind::NotFound, tr("This parent or guardian was not found."));
    AccessPolicy::requireChild(m_db, actor, child->toLongLong());
    return child->toLongLong();
}

void GuardianStore::update(const Actor& actor, const Guardian& guardian, Overwrite overwrite)
{
    Validator::check(guardian);
    Transaction transaction(m_db);
    const qint64 childId = childOf(actor, guardian.id);
    const QString table = QStringLiteral("guardians");
    RowVersion::require(m_db, table, guardian.id, guardian.version);
    const QString overwritten = RowVersion::overwriteDetail(m_db, table, guardian.id, overwrite);
    SqlQuery q(m_db, QStringLiteral("UPDATE guardians SET name = :name, relation = :relation, "
                                    "preferred_language = :language, interpreter_needed = :interpreter, "
                                    "phone = :phone, email = :email, ") +
                         RowVersion::setClause() + QStringLiteral(" WHERE id = :id") +
                         RowVersion::whereClause());
    bindGuardian(q, guardian);
    q.bind(QStringLiteral(":id"), guardian.id);
    RowVersion::bind(q, actor, guardian.version);
    q.exec();
    RowVersion::requireUpdated(m_db, q.numRowsAffected(), table, guardian.id, guardian.version);
    AuditLog::record(m_db, actor, RowVersion::auditAction(overwrite), QStringLiteral("guardian"), guardian.id,
                     childId, overwritten);
    m_db.recordChange({Change::Subject::Child, childId, childId});
    transaction.commit();
}

void GuardianStore::remove(const Actor& actor, qint64 guardianId)
{
    Transaction transaction(m_db);
    const qint64 childId = childOf(actor, guardianId);
    SqlQuery q(m_db, QStringLiteral("DELETE FROM guardians WHERE id = :id"));
    q.bind(QStringLiteral(":id"), guardianId).exec();
    AuditLog::record(m_db, actor, QStringLiteral("delete"), QStringLiteral("guardian"), guardianId, childId);
    m_db.recordChange({Change::Subject::Child, childId, childId});
    transaction.commit();
}

} // namespace kz
