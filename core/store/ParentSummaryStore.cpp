#include "ParentSummaryStore.h"

#include "Clock.h"
#include "Error.h"
#include "access/AccessPolicy.h"
#include "access/AuditLog.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/SqlValues.h"
#include "db/Transaction.h"

#include <QCryptographicHash>

namespace kz {

ParentSummarySnapshot ParentSummaryStore::recordGiven(const Actor& actor, qint64 childId,
                                                      const ParentSummaryContent& content,
                                                      const QByteArray& document,
                                                      const std::function<void()>& writeFile)
{
    if (content.language != QLatin1String("nl") && content.language != QLatin1String("en"))
        throw Error(Error::Kind::Validation,
                    tr("A summary for parents is written in Dutch (nl) or English (en)."));
    if (content.strengths.trimmed().isEmpty())
        throw Error(Error::Kind::Validation,
                    tr("Write what goes well first: a summary for parents starts with it."));
    Transaction transaction(m_db);
    AccessPolicy::requireChild(m_db, actor, childId);
    ParentSummarySnapshot snapshot;
    snapshot.childId = childId;
    snapshot.content = content;
    snapshot.sha256 =
        QString::fromLatin1(QCryptographicHash::hash(document, QCryptographicHash::Sha256).toHex());
    snapshot.givenBy = actor.userId;
    snapshot.givenByName = actor.displayName;
    snapshot.givenAt = Clock::nowUtc();
    SqlQuery q(m_db,
               QStringLiteral("INSERT INTO parent_summary_snapshots (child_id, language, content, sha256, "
                              "given_by, given_at) VALUES (:child, :language, :content, :sha, :by, :at) "
                              "RETURNING id"));
    q.bind(QStringLiteral(":child"), childId)
        .bind(QStringLiteral(":language"), content.language)
        .bind(QStringLiteral(":content"), QString::fromUtf8(content.toJson()))
        .bind(QStringLiteral(":sha"), snapshot.sha256)
        .bind(QStringLiteral(":by"), actor.userId)
        .bind(QStringLiteral(":at"), sql::moment(snapshot.givenAt))
        .exec();
    snapshot.id = q.insertedId();
    AuditLog::record(m_db, actor, QStringLiteral("export"), QStringLiteral("parent_summary"), snapshot.id,
                     childId, QStringLiteral("%1, sha256 %2").arg(content.language, snapshot.sha256));
    writeFile();
    m_db.recordChange({Change::Subject::Child, childId, childId});
    transaction.commit();
    return snapshot;
}

QList<ParentSummarySnapshot> ParentSummaryStore::forChild(const Actor& actor, qint64 childId) const
{
    AccessPolicy::requireChild(m_db, actor, childId);
    SqlQuery q(m_db,
               QStringLiteral("SELECT s.id, s.content, s.sha256, s.given_by, COALESCE(u.display_name, ''), "
                              "s.given_at FROM parent_summary_snapshots s LEFT JOIN users u ON u.id = "
                              "s.given_by WHERE s.child_id = :child ORDER BY s.given_at DESC, s.id DESC"));
    q.bind(QStringLiteral(":child"), childId).exec();
    QList<ParentSummarySnapshot> result;
    while (q.next()) {
        ParentSummarySnapshot s;
        s.id = q.value(0).toLongLong();
        s.childId = childId;
        s.content = ParentSummaryContent::fromJson(q.value(1).toString().toUtf8());
        s.sha256 = q.value(2).toString();
        s.givenBy = q.value(3).toLongLong();
        s.givenByName = q.value(4).toString();
        s.givenAt = sql::toMoment(q.value(5));
        result.append(s);
    }
    return result;
}

} // namespace kz
