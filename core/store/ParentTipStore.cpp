#include "ParentTipStore.h"

#include "Error.h"
#include "access/AccessPolicy.h"
#include "access/AuditLog.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/SqlValues.h"
#include "db/Transaction.h"

namespace kz {

std::optional<QStringList> ParentTipStore::tips(qint64 locationId, qint64 domainId,
                                                const QString& language) const
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT tips FROM parent_tips WHERE location_id = :location AND domain_id = "
                              ":domain AND language = :language"));
    q.bind(QStringLiteral(":location"), locationId)
        .bind(QStringLiteral(":domain"), domainId)
        .bind(QStringLiteral(":language"), language);
    const auto text = q.scalar();
    if (!text)
        return std::nullopt;
    return text->toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void ParentTipStore::setTips(const Actor& actor, qint64 locationId, qint64 domainId, const QString& language,
                             const QStringList& tips)
{
    if (language != QLatin1String("nl") && language != QLatin1String("en"))
        throw Error(Error::Kind::Validation, tr("Tips are written in Dutch (nl) or English (en)."));
    QStringList lines;
    for (const QString& tip : tips)
        if (!tip.trimmed().isEmpty())
            lines.append(tip.simplified());
    Transaction transaction(m_db);
    AccessPolicy::requireManagerOfLocation(m_db, actor, locationId);
    SqlQuery(m_db,
             QStringLiteral("DELETE FROM parent_tips WHERE location_id = :location AND domain_id = :domain "
                            "AND language = :language"))
        .bind(QStringLiteral(":location"), locationId)
        .bind(QStringLiteral(":domain"), domainId)
        .bind(QStringLiteral(":language"), language)
        .exec();
    if (!lines.isEmpty())
        SqlQuery(m_db, QStringLiteral(
                           "INSERT INTO parent_tips (location_id, domain_id, language, tips, updated_by, "
                           "updated_at) VALUES (:location, :domain, :language, :tips, :by, :now)"))
            .bind(QStringLiteral(":location"), locationId)
            .bind(QStringLiteral(":domain"), domainId)
            .bind(QStringLiteral(":language"), language)
            .bind(QStringLiteral(":tips"), lines.join(QLatin1Char('\n')))
            .bind(QStringLiteral(":by"), actor.userId)
            .bind(QStringLiteral(":now"), sql::now())
            .exec();
    AuditLog::record(m_db, actor, QStringLiteral("update"), QStringLiteral("parent_tips"), domainId,
                     std::nullopt, QStringLiteral("location %1, %2").arg(locationId).arg(language));
    m_db.recordChange({Change::Subject::Organisation, locationId, 0});
    transaction.commit();
}

} // namespace kz
