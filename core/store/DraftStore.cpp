#include "DraftStore.h"

#include "Error.h"
#include "access/AccessPolicy.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/SqlValues.h"
#include "db/Transaction.h"

#include <QStringList>

namespace kz {

void DraftStore::save(const Actor& actor, const Observation& draft)
{
    if (draft.body.size() > 1'000'000)
        throw Error(Error::Kind::Validation, tr("The draft is too long to keep."));
    Transaction transaction(m_db);
    // A draft about a child must stay within the actor's scope, like everything else.
    if (draft.childId > 0)
        AccessPolicy::requireChild(m_db, actor, draft.childId);
    QStringList domains;
    for (qint64 id : draft.domainIds)
        domains.append(QString::number(id));
    SqlQuery q(
        m_db,
        QStringLiteral(
            "INSERT INTO observation_drafts (user_id, child_id, observed_at, body, kind, domain_ids, "
            "restricted, need_id, updated_at) VALUES (:user, :child, :observed, :body, :kind, :domains, "
            ":restricted, :need, :now) ON CONFLICT(user_id) DO UPDATE SET child_id = excluded.child_id, "
            "observed_at = excluded.observed_at, body = excluded.body, kind = excluded.kind, "
            "domain_ids = excluded.domain_ids, restricted = excluded.restricted, "
            "need_id = excluded.need_id, updated_at = excluded.updated_at"));
    q.bind(QStringLiteral(":user"), actor.userId)
        .bind(QStringLiteral(":child"), draft.childId > 0 ? QVariant(draft.childId) : QVariant())
        .bind(QStringLiteral(":observed"), sql::moment(draft.observedAt))
        .bind(QStringLiteral(":body"), draft.body)
        .bind(QStringLiteral(":kind"), toCode(draft.kind))
        .bind(QStringLiteral(":domains"), domains.join(QLatin1Char(',')))
        .bind(QStringLiteral(":restricted"), draft.restricted ? 1 : 0)
        .bind(QStringLiteral(":need"), sql::id(draft.needId))
        .bind(QStringLiteral(":now"), sql::now())
        .exec();
    transaction.commit();
}

std::optional<Observation> DraftStore::load(const Actor& actor) const
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT child_id, observed_at, body, kind, domain_ids, restricted, need_id "
                              "FROM observation_drafts WHERE user_id = :user"));
    q.bind(QStringLiteral(":user"), actor.userId).exec();
    if (!q.next())
        return std::nullopt;
    Observation o;
    o.childId = q.value(0).toLongLong();
    if (!q.value(1).isNull())
        o.observedAt = sql::toMoment(q.value(1));
    o.body = q.value(2).toString();
    o.kind = observationKindFromCode(q.value(3).toString()).value_or(ObservationKind::Neutral);
    for (const QString& id : q.value(4).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
        o.domainIds.append(id.toLongLong());
    o.restricted = q.value(5).toBool();
    o.needId = sql::toOptionalId(q.value(6));
    o.authorId = actor.userId;
    // The child may have moved out of the actor's groups since; then the text stays, the child goes.
    if (o.childId > 0) {
        try {
            AccessPolicy::requireChild(m_db, actor, o.childId);
        } catch (const Error&) {
            o.childId = 0;
            o.needId.reset();
        }
    }
    return o;
}

void DraftStore::discard(const Actor& actor)
{
    SqlQuery q(m_db, QStringLiteral("DELETE FROM observation_drafts WHERE user_id = :user"));
    q.bind(QStringLiteral(":user"), actor.userId).exec();
}

} // namespace kz
