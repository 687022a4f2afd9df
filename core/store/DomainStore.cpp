#include "DomainStore.h"

#include "Error.h"
#include "access/AccessPolicy.h"
#include "access/AuditLog.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"

#include <QRegularExpression>

namespace kz {

namespace {

const QString domainColumns =
    QStringLiteral("SELECT id, code, label_nl, label_en, sort_order, active FROM domains ");

DevelopmentDomain readDomain(const SqlQuery& q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(),   q.value(4).toInt(),    q.value(5).toBool()};
}

} // namespace

QList<DevelopmentDomain> DomainStore::all(bool includeInactive) const
{
    SqlQuery q(m_db, domainColumns + QStringLiteral("WHERE :all = 1 OR active = 1 ORDER BY sort_order, id"));
    q.bind(QStringLiteral(":all"), includeInactive ? 1 : 0).exec();
    QList<DevelopmentDomain> result;
    while (q.next())
        result.append(readDomain(q));
    return result;
}

std::optional<DevelopmentDomain> DomainStore::byCode(const QString& code) const
{
    SqlQuery q(m_db, domainColumns + QStringLiteral("WHERE code = :code"));
    q.bind(QStringLiteral(":code"), code).exec();
    return q.next() ? std::optional(readDomain(q)) : std::nullopt;
}

std::optional<DevelopmentDomain> DomainStore::byId(qint64 id) const
{
    SqlQuery q(m_db, domainColumns + QStringLiteral("WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id).exec();
    return q.next() ? std::optional(readDomain(q)) : std::nullopt;
}

qint64 DomainStore::add(const Actor& actor, const DevelopmentDomain& domain)
{
    static const QRegularExpression codePattern(QStringLiteral("^[a-z][a-z0-9_]{1,40}$"));
    if (!codePattern.match(domain.code).hasMatch())
        throw Error(Error::Kind::Validation,
                    tr("A domain code has 2 to 41 lower-case letters, digits or underscores."));
    if (domain.labelNl.trimmed().isEmpty() || domain.labelEn.trimmed().isEmpty())
        throw Error(Error::Kind::Validation, tr("A domain needs a Dutch and an English name."));
    Transaction transaction(m_db);
    AccessPolicy::requireAnyRole(m_db, actor, {Role::Admin});
    if (byCode(domain.code))
        throw Error(Error::Kind::Conflict,
                    tr("A domain with the code \"%1\" exists already.").arg(domain.code));
    SqlQuery q(m_db, QStringLiteral("INSERT INTO domains (code, label_nl, label_en, sort_order, active) "
                                    "VALUES (:code, :nl, :en, :sort, 1) RETURNING id"));
    q.bind(QStringLiteral(":code"), domain.code)
        .bind(QStringLiteral(":nl"), domain.labelNl.trimmed())
        .bind(QStringLiteral(":en"), domain.labelEn.trimmed())
        .bind(QStringLiteral(":sort"), domain.sortOrder)
        .exec();
    const qint64 id = q.insertedId();
    AuditLog::record(m_db, actor, QStringLiteral("create"), QStringLiteral("domain"), id);
    m_db.recordChange({Change::Subject::Organisation, 0});
    transaction.commit();
    return id;
}

} // namespace kz
