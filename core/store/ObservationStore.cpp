#include "ObservationStore.h"

#include "Error.h"
#include "RowVersion.h"
#include "access/AccessPolicy.h"
#include "access/AuditLog.h"
#include "db/Database.h"
#include "db/Dialect.h"
#include "db/SqlQuery.h"
#include "db/SqlValues.h"
#include "db/Transaction.h"
#include "domain/Validator.h"

#include <QRegularExpression>
#include <algorithm>

namespace kz {

namespace {

const QString observationColumns = QStringLiteral(
    "SELECT o.id, o.child_id, o.observed_at, o.created_at, o.author_id, u.display_name, "
    "o.body, o.kind, o.need_id, "
    "o.restricted, o.revision, o.version FROM observations o JOIN users u ON u.id = o.author_id ");

Observation readObservation(const SqlQuery& q)
{
    Observation o;
    o.id = q.value(0).toLongLong();
    o.childId = q.value(1).toLongLong();
    o.observedAt = sql::toMoment(q.value(2));
    o.createdAt = sql::toMoment(q.value(3));
    o.authorId = q.value(4).toLongLong();
    o.authorName = q.value(5).toString();
    o.body = q.value(6).toString();
    o.kind = observationKindFromCode(q.value(7).toString()).value_or(ObservationKind::Neutral);
    o.needId = sql::toOptionalId(q.value(8));
    o.restricted = q.value(9).toBool();
    o.revision = q.value(10).toInt();
    o.version = q.value(11).toInt();
    return o;
}

// The words a person typed, folded; FTS operators typed by the user become plain words.
QStringList searchTerms(const QString& text)
{
    static const QRegularExpression wordPattern(QStringLiteral("[\\p{L}\\p{N}]+"));
    QStringList terms;
    auto it = wordPattern.globalMatch(ObservationStore::foldForSearch(text));
    while (it.hasNext())
        terms.append(it.next().captured(0));
    terms.removeDuplicates();
    return terms;
}

} // namespace

void ObservationStore::checkNeedBelongsToChild(const Observation& observation) const
{
    if (!observation.needId)
        return;
    SqlQuery q(m_db, QStringLiteral("SELECT child_id FROM support_needs WHERE id = :id"));
    q.bind(QStringLiteral(":id"), *observation.needId);
    const auto child = q.scalar();
    if (!child || child->toLongLong() != observation.childId)
        throw Error(Error::Kind::Validation, tr("The support need belongs to another child."));
}

void ObservationStore::writeDomains(qint64 observationId, const QList<qint64>& domainIds) const
{
    SqlQuery clear(m_db, QStringLiteral("DELETE FROM observation_domains WHERE observation_id = :id"));
    clear.bind(QStringLiteral(":id"), observationId).exec();
    for (qint64 domainId : domainIds) {
        SqlQuery exists(m_db, QStringLiteral("SELECT 1 FROM domains WHERE id = :id AND active = 1"));
        exists.bind(QStringLiteral(":id"), domainId);
        if (!exists.scalar())
            throw Error(Error::Kind::Validation, tr("The chosen development domain does not exist."));
        SqlQuery q(m_db, QStringLiteral("INSERT INTO observation_domains (observation_id, domain_id) "
                                        "VALUES (:o, :d) ON CONFLICT DO NOTHING"));
        q.bind(QStringLiteral(":o"), observationId).bind(QStringLiteral(":d"), domainId).exec();
    }
}

qint64 ObservationStore::create(const Actor& actor, const Observation& observation)
{
    Validator::check(observation);
    Transaction transaction(m_db);
    AccessPolicy::requireChild(m_db, actor, observation.childId);
    checkNeedBelongsToChild(observation);
    const QString now = sql::now();
    SqlQuery q(
        m_db,
        QStringLiteral("INSERT INTO observations (child_id, observed_at, created_at, updated_at, "
                       "author_id, body, kind, need_id, restricted, revision) VALUES (:child, "
                       ":observed, :now, :now, :author, :body, :kind, :need, :restricted, 1) RETURNING id"));
    q.bind(QStringLiteral(":child"), observation.childId)
        .bind(QStringLiteral(":observed"), sql::moment(observation.observedAt))
        .bind(QStringLiteral(":now"), now)
        .bind(QStringLiteral(":author"), actor.userId)
        .bind(QStringLiteral(":body"), observation.body)
        .bind(QStringLiteral(":kind"), toCode(observation.kind))
        .bind(QStringLiteral(":need"), sql::id(observation.needId))
        .bind(QStringLiteral(":restricted"), observation.restricted ? 1 : 0)
        .exec();
    const qint64 id = q.insertedId();
    writeDomains(id, observation.domainIds);
    AuditLog::record(m_db, actor, QStringLiteral("create"), QStringLiteral("observation"), id,
                     observation.childId);
    m_db.recordChange({Change::Subject::Observation, id, observation.childId});
    transaction.commit();
    return id;
}

void ObservationStore::edit(const Actor& actor, const Observation& observation, Overwrite overwrite)
{
    Validator::check(observation);
    Transaction transaction(m_db);
    const Observation current = get(actor, observation.id);
    const QString table = QStringLiteral("observations");
    RowVersion::require(m_db, table, current.id, observation.version);
    const QString overwritten = RowVersion::overwriteDetail(m_db, table, current.id, overwrite);
    if (current.hidden)
        throw Error(Error::Kind::AccessDenied, tr("You may not change a restricted note of someone else."));
    if (current.authorId != actor.userId &&
        !AccessPolicy::canReadRestricted(m_db, actor, current.childId, -1))
        throw Error(Error::Kind::AccessDenied,
                    tr("Only the author or a manager of the location may change an observation."));
    Observation updated = observation;
    updated.childId = current.childId;
    checkNeedBelongsToChild(updated);

    SqlQuery keep(
        m_db,
        QStringLiteral("INSERT INTO observation_revisions (observation_id, revision, observed_at, "
                       "body, kind, restricted, replaced_at, replaced_by) SELECT id, revision, "
                       "observed_at, body, kind, restricted, :now, :by FROM observations WHERE id = :id"));
    keep.bind(QStringLiteral(":now"), sql::now())
        .bind(QStringLiteral(":by"), actor.userId)
        .bind(QStringLiteral(":id"), current.id)
        .exec();
    SqlQuery q(m_db,
               QStringLiteral("UPDATE observations SET observed_at = :observed, body = :body, kind = :kind, "
                              "need_id = :need, restricted = :restricted, revision = revision + 1, ") +
                   RowVersion::setClause() + QStringLiteral(" WHERE id = :id") + RowVersion::whereClause());
    q.bind(QStringLiteral(":observed"), sql::moment(updated.observedAt))
        .bind(QStringLiteral(":body"), updated.body)
        .bind(QStringLiteral(":kind"), toCode(updated.kind))
        .bind(QStringLiteral(":need"), sql::id(updated.needId))
        .bind(QStringLiteral(":restricted"), updated.restricted ? 1 : 0)
        .bind(QStringLiteral(":id"), current.id);
    RowVersion::bind(q, actor, observation.version);
    q.exec();
    RowVersion::requireUpdated(m_db, q.numRowsAffected(), table, current.id, observation.version);
    writeDomains(current.id, updated.domainIds);
    AuditLog::record(m_db, actor, RowVersion::auditAction(overwrite), QStringLiteral("observation"),
                     current.id, current.childId,
                     QStringLiteral("revision %1 %2").arg(current.revision + 1).arg(overwritten).trimmed());
    m_db.recordChange({Change::Subject::Observation, current.id, current.childId});
    transaction.commit();
}

void ObservationStore::fillDomainsAndVisibility(const Actor& actor, Observation& observation) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT domain_id FROM observation_domains WHERE observation_id = :id "
                                    "ORDER BY domain_id"));
    q.bind(QStringLiteral(":id"), observation.id).exec();
    while (q.next())
        observation.domainIds.append(q.value(0).toLongLong());
    if (observation.restricted &&
        !AccessPolicy::canReadRestricted(m_db, actor, observation.childId, observation.authorId)) {
        observation.hidden = true;
        observation.body.clear();
    }
}

Observation ObservationStore::get(const Actor& actor, qint64 observationId) const
{
    SqlQuery q(m_db, observationColumns + QStringLiteral("WHERE o.id = :id"));
    q.bind(QStringLiteral(":id"), observationId).exec();
    if (!q.next())
        throw Error(Error::Kind::NotFound, tr("This observation was not found."));
    Observation o = readObservation(q);
    AccessPolicy::requireChild(m_db, actor, o.childId);
    fillDomainsAndVisibility(actor, o);
    return o;
}

QList<Observation> ObservationStore::forChild(const Actor& actor, qint64 childId) const
{
    AccessPolicy::requireChild(m_db, actor, childId);
    SqlQuery q(m_db, observationColumns +
                         QStringLiteral("WHERE o.child_id = :child ORDER BY o.observed_at DESC, o.id DESC"));
    q.bind(QStringLiteral(":child"), childId).exec();
    QList<Observation> result;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        index.insert(q.value(0).toLongLong(), result.size());
        result.append(readObservation(q));
    }
    SqlQuery domains(
        m_db, QStringLiteral("SELECT d.observation_id, d.domain_id FROM observation_domains d "
                             "JOIN observations o ON o.id = d.observation_id WHERE o.child_id = :child "
                             "ORDER BY d.observation_id, d.domain_id"));
    domains.bind(QStringLiteral(":child"), childId).exec();
    while (domains.next())
        if (const auto it = index.constFind(domains.value(0).toLongLong()); it != index.constEnd())
            result[*it].domainIds.append(domains.value(1).toLongLong());
    // Asked once for the child: the managers of her location read every restricted note.
    const bool readsAllRestricted = AccessPolicy::canReadRestricted(m_db, actor, childId, -1);
    for (Observation& o : result) {
        if (o.restricted && o.authorId != actor.userId && !readsAllRestricted) {
            o.hidden = true;
            o.body.clear();
        }
    }
    return result;
}

namespace {

const QString revisionColumns = QStringLiteral(
    "SELECT r.revision, r.observed_at, r.body, r.kind, r.restricted, r.replaced_at, u.display_name, "
    "r.observation_id FROM observation_revisions r JOIN users u ON u.id = r.replaced_by ");

ObservationRevision readRevision(const SqlQuery& q)
{
    return {q.value(0).toInt(),
            sql::toMoment(q.value(1)),
            q.value(2).toString(),
            observationKindFromCode(q.value(3).toString()).value_or(ObservationKind::Neutral),
            q.value(4).toBool(),
            sql::toMoment(q.value(5)),
            q.value(6).toString()};
}

} // namespace

QList<ObservationRevision> ObservationStore::revisions(const Actor& actor, qint64 observationId) const
{
    const Observation current = get(actor, observationId);
    if (current.hidden)
        return {};
    SqlQuery q(m_db, revisionColumns + QStringLiteral("WHERE r.observation_id = :id ORDER BY r.revision"));
    q.bind(QStringLiteral(":id"), observationId).exec();
    QList<ObservationRevision> result;
    while (q.next())
        result.append(readRevision(q));
    return result;
}

QHash<qint64, QList<ObservationRevision>> ObservationStore::revisionsForChild(const Actor& actor,
                                                                              qint64 childId) const
{
    AccessPolicy::requireChild(m_db, actor, childId);
    const bool readsAllRestricted = AccessPolicy::canReadRestricted(m_db, actor, childId, -1);
    SqlQuery q(m_db, revisionColumns + QStringLiteral("JOIN observations o ON o.id = r.observation_id "
                                                      "WHERE o.child_id = :child AND (o.restricted = 0 OR "
                                                      "o.author_id = :actor OR :all = 1) "
                                                      "ORDER BY r.observation_id, r.revision"));
    q.bind(QStringLiteral(":child"), childId)
        .bind(QStringLiteral(":actor"), actor.userId)
        .bind(QStringLiteral(":all"), readsAllRestricted ? 1 : 0)
        .exec();
    QHash<qint64, QList<ObservationRevision>> result;
    while (q.next())
        result[q.value(7).toLongLong()].append(readRevision(q));
    return result;
}

QString ObservationStore::foldForSearch(const QString& text)
{
    // Most words are plain ASCII: lower-casing is all they need, and it is much cheaper.
    if (std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 128; }))
        return text.toLower();
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed)
        if (c.category() != QChar::Mark_NonSpacing)
            folded.append(c);
    return folded.toCaseFolded();
}

QList<ObservationSearchHit> ObservationStore::search(const Actor& actor, const QString& text, int limit,
                                                     SearchStrategy strategy) const
{
    const QStringList terms = searchTerms(text);
    if (terms.isEmpty() || limit <= 0)
        return {};
    if (strategy == SearchStrategy::Automatic) {
        SqlQuery count(m_db, AccessPolicy::scopeCte() +
                                 QStringLiteral("SELECT COUNT(*) FROM children c "
                                                "WHERE c.group_id IN (SELECT id FROM visible_groups)"));
        count.bind(QStringLiteral(":actor"), actor.userId);
        strategy = count.scalar().value_or(0).toInt() <= scanChildLimit ? SearchStrategy::Scan
                                                                        : SearchStrategy::Index;
    }
    return strategy == SearchStrategy::Scan ? searchScan(actor, terms, limit)
                                            : searchIndex(actor, terms, limit);
}

// Notes the actor may read: her children's, minus restricted notes of others (unless she manages
// the location). A restricted note is never found through its words by someone who may not read it.
static const QString readableNotes = QStringLiteral(R"(
          c.group_id IN (SELECT id FROM visible_groups)
          AND (o.restricted = 0 OR o.author_id = (SELECT uid FROM me)
               OR c.group_id IN (SELECT g.id FROM groups g WHERE g.location_id IN (SELECT id FROM managed_locations))))");

QList<ObservationSearchHit> ObservationStore::searchIndex(const Actor& actor, const QStringList& terms,
                                                          int limit) const
{
    // Every term must occur, as a prefix, so "caf" finds "café"; the engine's index says how.
    const Dialect::TextSearch index = m_db.dialect().observationSearch();
    SqlQuery q(m_db, AccessPolicy::scopeCte() +
                         QStringLiteral("SELECT o.id, o.child_id, c.given_name || ' ' || c.family_name, "
                                        "o.observed_at, %1 FROM %2 JOIN children c ON c.id = o.child_id "
                                        "WHERE %3 AND ")
                             .arg(index.excerpt, index.from, index.condition) +
                         readableNotes + QStringLiteral(" ORDER BY %1 LIMIT :limit").arg(index.order));
    q.bind(QStringLiteral(":actor"), actor.userId)
        .bind(QStringLiteral(":query"), m_db.dialect().searchQuery(terms))
        .bind(QStringLiteral(":limit"), limit)
        .exec();
    QList<ObservationSearchHit> result;
    while (q.next()) {
        result.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                       sql::toMoment(q.value(3)), q.value(4).toString()});
    }
    return result;
}

QList<ObservationSearchHit> ObservationStore::searchScan(const Actor& actor, const QStringList& terms,
                                                         int limit) const
{
    SqlQuery q(m_db, AccessPolicy::scopeCte() + QStringLiteral(R"(
        SELECT o.id, o.child_id, c.given_name || ' ' || c.family_name, o.observed_at, o.body
        FROM observations o JOIN children c ON c.id = o.child_id
        WHERE )") + readableNotes);
    q.bind(QStringLiteral(":actor"), actor.userId);
    q.setForwardOnly(true);
    q.exec();
    struct Scored
    {
        int score;
        ObservationSearchHit hit;
    };
    QList<Scored> found;
    while (q.next()) {
        const QString body = q.value(4).toString();
        // Match word by word on the folded text; the snippet marks the original words.
        QList<QPair<qsizetype, qsizetype>> marks;
        QList<bool> seen(terms.size(), false);
        for (qsizetype i = 0; i < body.size();) {
            if (!body[i].isLetterOrNumber()) {
                ++i;
                continue;
            }
            qsizetype end = i;
            while (end < body.size() &&
                   (body[end].isLetterOrNumber() || body[end].category() == QChar::Mark_NonSpacing))
                ++end;
            const QString folded = foldForSearch(body.mid(i, end - i));
            for (qsizetype t = 0; t < terms.size(); ++t) {
                if (folded.startsWith(terms[t])) {
                    seen[t] = true;
                    marks.append({i, end - i});
                    break;
                }
            }
            i = end;
        }
        if (!std::all_of(seen.begin(), seen.end(), [](bool b) { return b; }))
            continue;
        QString snippet = body;
        for (auto m = marks.crbegin(); m != marks.crend(); ++m) {
            snippet.insert(m->first + m->second, QLatin1Char(']'));
            snippet.insert(m->first, QLatin1Char('['));
        }
        // A window of about a line around the first match, as the search index's excerpt gives.
        if (snippet.size() > 220) {
            const qsizetype first = std::max<qsizetype>(0, snippet.indexOf(QLatin1Char('[')) - 60);
            snippet =
                (first > 0 ? QStringLiteral("…") : QString()) + snippet.mid(first, 200) + QStringLiteral("…");
        }
        found.append({static_cast<int>(marks.size()),
                      {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                       sql::toMoment(q.value(3)), snippet}});
    }
    std::stable_sort(found.begin(), found.end(), [](const Scored& a, const Scored& b) {
        return a.score != b.score ? a.score > b.score : a.hit.observedAt > b.hit.observedAt;
    });
    QList<ObservationSearchHit> result;
    for (qsizetype i = 0; i < found.size() && i < limit; ++i)
        result.append(found[i].hit);
    return result;
}

} // namespace kz
