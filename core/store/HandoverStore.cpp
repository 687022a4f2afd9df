#include "HandoverStore.h"

#include "Clock.h"
#include "Error.h"
#include "HandoverRows.h"
#include "HandoverRules.h"
#include "access/AccessPolicy.h"
#include "access/AuditLog.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/SqlValues.h"
#include "db/Transaction.h"

#include <QCryptographicHash>

namespace kz {

namespace {

// The candidates of HandoverStore::candidates as a CTE, so their handovers and snapshots are
// read with one statement each.
QString candidatesCte()
{
    return AccessPolicy::scopeCte() + QStringLiteral(", candidates(id) AS (SELECT c.id FROM children c WHERE "
                                                     "c.group_id IN (SELECT id FROM visible_groups) "
                                                     "AND c.birth_date BETWEEN :from AND :until AND "
                                                     "(c.end_date IS NULL OR c.end_date >= :today)) ");
}

void bindCandidates(SqlQuery& q, const Actor& actor, const QDate& from, const QDate& until)
{
    // Birth dates four years before the window; children who have left are not handed over.
    q.bind(QStringLiteral(":actor"), actor.userId)
        .bind(QStringLiteral(":from"), sql::date(from.addYears(-4)))
        .bind(QStringLiteral(":until"), sql::date(until.addYears(-4)))
        .bind(QStringLiteral(":today"), sql::date(Clock::today()));
}

} // namespace

QList<SchoolRef> HandoverStore::schools() const
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT p.id, p.name, p.city FROM partners p JOIN partner_categories c "
                              "ON c.id = p.category_id WHERE c.code = 'school' AND p.status <> 'defunct' "
                              "ORDER BY lower(p.name)"));
    q.exec();
    QList<SchoolRef> result;
    while (q.next())
        result.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    return result;
}

SchoolRef HandoverStore::school(qint64 schoolId) const
{
    requireSchool(schoolId);
    SqlQuery q(m_db, QStringLiteral("SELECT id, name, city FROM partners WHERE id = :id"));
    q.bind(QStringLiteral(":id"), schoolId).exec();
    q.next();
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
}

void HandoverStore::requireSchool(qint64 schoolId) const
{
    SqlQuery q(m_db, QStringLiteral(
                         "SELECT c.code FROM partners p JOIN partner_categories c ON c.id = p.category_id "
                         "WHERE p.id = :id"));
    q.bind(QStringLiteral(":id"), schoolId);
    const auto category = q.scalar();
    if (!category)
        throw Error(Error::Kind::NotFound, tr("This school is not in the sociale kaart."));
    if (category->toString() != QLatin1String("school"))
        throw Error(Error::Kind::Validation,
                    tr("A handover goes to a school: this partner is not of the category school."));
}

QList<Handover> HandoverStore::read(const QString& where, qint64 childId, qint64 schoolId) const
{
    SqlQuery q(m_db, handoverColumnsSql() + QStringLiteral("WHERE ") + where +
                         QStringLiteral(" ORDER BY lower(p.name)"));
    q.bind(QStringLiteral(":child"), childId);
    if (where.contains(QLatin1String(":school")))
        q.bind(QStringLiteral(":school"), schoolId);
    q.exec();
    QList<Handover> result;
    while (q.next())
        result.append(readHandoverColumns(q, true));
    return result;
}

std::optional<Handover> HandoverStore::find(const Actor& actor, qint64 childId, qint64 schoolId) const
{
    AccessPolicy::requireChild(m_db, actor, childId);
    const QList<Handover> found =
        read(QStringLiteral("h.child_id = :child AND h.school_id = :school"), childId, schoolId);
    return found.isEmpty() ? std::nullopt : std::optional<Handover>(found.constFirst());
}

QList<Handover> HandoverStore::forChild(const Actor& actor, qint64 childId) const
{
    AccessPolicy::requireChild(m_db, actor, childId);
    return read(QStringLiteral("h.child_id = :child"), childId, 0);
}

QList<HandoverCandidate> HandoverStore::candidates(const Actor& actor, const QDate& from,
                                                   const QDate& until) const
{
    SqlQuery q(
        m_db,
        candidatesCte() +
            QStringLiteral(
                "SELECT c.id, c.given_name || ' ' || c.family_name, g.name, c.birth_date, "
                "(SELECT COUNT(*) FROM handover_snapshots s WHERE s.child_id = c.id) "
                "FROM candidates JOIN children c ON c.id = candidates.id JOIN groups g ON g.id = c.group_id "
                "ORDER BY c.birth_date, c.family_name"));
    bindCandidates(q, actor, from, until);
    q.exec();
    QList<HandoverCandidate> result;
    while (q.next()) {
        HandoverCandidate c;
        c.childId = q.value(0).toLongLong();
        c.childName = q.value(1).toString();
        c.groupName = q.value(2).toString();
        c.birthDate = sql::toDate(q.value(3));
        c.exportedCount = q.value(4).toInt();
        result.append(c);
    }
    if (!result.isEmpty())
        addHandoversAndSent(actor, from, until, result);
    return result;
}

void HandoverStore::addHandoversAndSent(const Actor& actor, const QDate& from, const QDate& until,
                                        QList<HandoverCandidate>& candidates) const
{
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < candidates.size(); ++i)
        index.insert(candidates.at(i).childId, i);
    SqlQuery handovers(m_db, candidatesCte() + handoverColumnsSql() +
                                 QStringLiteral("WHERE h.child_id IN (SELECT id FROM candidates) "
                                                "ORDER BY h.child_id, lower(p.name)"));
    bindCandidates(handovers, actor, from, until);
    handovers.exec();
    while (handovers.next()) {
        Handover h = readHandoverColumns(handovers, false);
        if (const auto it = index.constFind(h.childId); it != index.constEnd())
            candidates[*it].handovers.append(std::move(h));
    }
    SqlQuery sent(m_db, candidatesCte() + snapshotColumnsSql() +
                            QStringLiteral("WHERE s.child_id IN (SELECT id FROM candidates) "
                                           "ORDER BY s.child_id, s.exported_at DESC, s.id DESC"));
    bindCandidates(sent, actor, from, until);
    sent.exec();
    while (sent.next()) {
        HandoverSnapshot s = readSnapshotColumns(sent, false);
        if (const auto it = index.constFind(s.childId); it != index.constEnd())
            candidates[*it].sent.append(std::move(s));
    }
}

void HandoverStore::recordConsent(const Actor& actor, qint64 childId, qint64 schoolId,
                                  const HandoverConsent& consent)
{
    if (consent.state == ConsentState::Given || consent.state == ConsentState::Denied) {
        if (!consent.date)
            throw Error(Error::Kind::Validation, tr("Enter the date on which the parents answered."));
        if (consent.givenBy.trimmed().isEmpty())
            throw Error(Error::Kind::Validation, tr("Enter who answered for the parents (a parent's name)."));
    }
    if (consent.date && *consent.date > Clock::today())
        throw Error(Error::Kind::Validation, tr("The date of the parents' answer cannot lie in the future."));
    if (consent.state == ConsentState::Given && consent.sections.isEmpty())
        throw Error(Error::Kind::Validation, tr("Choose the sections the parents agreed to share."));

    Transaction transaction(m_db);
    AccessPolicy::requireChild(m_db, actor, childId);
    requireSchool(schoolId);
    const std::optional<Handover> before = find(actor, childId, schoolId);
    SqlQuery q(
        m_db,
        QStringLiteral(
            "INSERT INTO handovers (child_id, school_id, consent_state, consent_date, consent_given_by, "
            "consent_recorded_by, consent_sections, consent_notes, updated_at) VALUES (:child, :school, "
            ":state, :date, :given_by, :by, :sections, :notes, :now) ON CONFLICT (child_id, school_id) DO "
            "UPDATE SET consent_state = excluded.consent_state, consent_date = excluded.consent_date, "
            "consent_given_by = excluded.consent_given_by, consent_recorded_by = "
            "excluded.consent_recorded_by, "
            "consent_sections = excluded.consent_sections, consent_notes = excluded.consent_notes, "
            "updated_at = excluded.updated_at"));
    q.bind(QStringLiteral(":child"), childId)
        .bind(QStringLiteral(":school"), schoolId)
        .bind(QStringLiteral(":state"), toCode(consent.state))
        .bind(QStringLiteral(":date"), sql::date(consent.date))
        .bind(QStringLiteral(":given_by"), consent.givenBy.trimmed())
        .bind(QStringLiteral(":by"), actor.userId)
        .bind(QStringLiteral(":sections"), handoverSectionCodes(consent.sections))
        .bind(QStringLiteral(":notes"), consent.notes.trimmed())
        .bind(QStringLiteral(":now"), sql::now())
        .exec();
    const qint64 id = find(actor, childId, schoolId)->id;
    AuditLog::record(m_db, actor, QStringLiteral("consent"), QStringLiteral("handover"), id, childId,
                     toCode(consent.state) + QLatin1Char(' ') + handoverSectionCodes(consent.sections));
    if (consent.state == ConsentState::Denied && before && before->draft) {
        SqlQuery(m_db, QStringLiteral("UPDATE handovers SET draft = NULL WHERE id = :id"))
            .bind(QStringLiteral(":id"), id)
            .exec();
        AuditLog::record(m_db, actor, QStringLiteral("delete"), QStringLiteral("handover_draft"), id, childId,
                         QStringLiteral("consent denied"));
    }
    m_db.recordChange({Change::Subject::Handover, childId, childId});
    transaction.commit();
}

void HandoverStore::saveDraft(const Actor& actor, qint64 childId, qint64 schoolId,
                              const HandoverContent& content)
{
    Transaction transaction(m_db);
    AccessPolicy::requireChild(m_db, actor, childId);
    requireSchool(schoolId);
    const std::optional<Handover> current = find(actor, childId, schoolId);
    if (current && current->consent.state == ConsentState::Denied)
        throw Error(
            Error::Kind::Conflict,
            tr("The parents denied consent for this handover: a draft is not kept. Record a new answer "
               "from the parents first."));
    SqlQuery q(
        m_db, QStringLiteral("INSERT INTO handovers (child_id, school_id, draft, updated_at) VALUES (:child, "
                             ":school, :draft, :now) ON CONFLICT (child_id, school_id) DO UPDATE SET "
                             "draft = excluded.draft, updated_at = excluded.updated_at"));
    q.bind(QStringLiteral(":child"), childId)
        .bind(QStringLiteral(":school"), schoolId)
        .bind(QStringLiteral(":draft"), QString::fromUtf8(content.toJson()))
        .bind(QStringLiteral(":now"), sql::now())
        .exec();
    AuditLog::record(m_db, actor, QStringLiteral("update"), QStringLiteral("handover_draft"),
                     find(actor, childId, schoolId)->id, childId);
    m_db.recordChange({Change::Subject::Handover, childId, childId});
    transaction.commit();
}

void HandoverStore::checkExportable(const Actor& actor, qint64 childId, qint64 schoolId,
                                    const HandoverContent& content) const
{
    AccessPolicy::requireChild(m_db, actor, childId);
    try {
        requireSchool(schoolId);
        HandoverRules::check(m_db, childId, find(actor, childId, schoolId), content);
    } catch (const Error& refused) {
        // No consent, a section not consented to, not a school: a refused export is on the record.
        if (refused.kind() == Error::Kind::Validation || refused.kind() == Error::Kind::AccessDenied ||
            refused.kind() == Error::Kind::NotFound)
            AuditLog::recordRefusal(
                m_db, actor, QStringLiteral("handover_export"), childId,
                QStringLiteral("school %1: %2").arg(schoolId).arg(refused.userMessage().left(200)));
        throw;
    }
}

HandoverSnapshot HandoverStore::recordExport(const Actor& actor, qint64 childId, qint64 schoolId,
                                             const HandoverContent& content, const QString& language,
                                             int version, const QByteArray& pdf,
                                             const std::function<void()>& writeFile)
{
    if (language != QLatin1String("nl") && language != QLatin1String("en"))
        throw Error(Error::Kind::Validation, tr("A handover is written in Dutch (nl) or English (en)."));
    Transaction transaction(m_db);
    checkExportable(actor, childId, schoolId, content);
    if (version != nextVersion(childId, schoolId))
        throw Error(Error::Kind::Conflict,
                    tr("Meanwhile another version of this handover was exported. Open the "
                       "handover again to export a new version."));
    HandoverSnapshot snapshot;
    snapshot.childId = childId;
    snapshot.schoolId = schoolId;
    snapshot.version = version;
    snapshot.language = language;
    snapshot.content = content;
    snapshot.sha256 = QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());
    snapshot.exportedBy = actor.userId;
    snapshot.exportedByName = actor.displayName;
    snapshot.exportedAt = Clock::nowUtc();
    SqlQuery q(m_db, QStringLiteral(
                         "INSERT INTO handover_snapshots (child_id, school_id, version, language, content, "
                         "sha256, exported_by, exported_at) VALUES (:child, :school, :version, :language, "
                         ":content, :sha, :by, :at) RETURNING id"));
    q.bind(QStringLiteral(":child"), childId)
        .bind(QStringLiteral(":school"), schoolId)
        .bind(QStringLiteral(":version"), snapshot.version)
        .bind(QStringLiteral(":language"), language)
        .bind(QStringLiteral(":content"), QString::fromUtf8(content.toJson()))
        .bind(QStringLiteral(":sha"), snapshot.sha256)
        .bind(QStringLiteral(":by"), actor.userId)
        .bind(QStringLiteral(":at"), sql::moment(snapshot.exportedAt))
        .exec();
    snapshot.id = q.insertedId();
    snapshot.schoolName = school(schoolId).name;
    // The next handover to this school starts from what was sent.
    SqlQuery(m_db,
             QStringLiteral("UPDATE handovers SET draft = :draft, updated_at = :now WHERE child_id = :child "
                            "AND school_id = :school"))
        .bind(QStringLiteral(":draft"), QString::fromUtf8(content.toJson()))
        .bind(QStringLiteral(":now"), sql::now())
        .bind(QStringLiteral(":child"), childId)
        .bind(QStringLiteral(":school"), schoolId)
        .exec();
    AuditLog::record(m_db, actor, QStringLiteral("export"), QStringLiteral("handover"), snapshot.id, childId,
                     QStringLiteral("school %1, version %2, %3, sha256 %4")
                         .arg(schoolId)
                         .arg(snapshot.version)
                         .arg(language, snapshot.sha256));
    writeFile();
    m_db.recordChange({Change::Subject::Handover, childId, childId});
    transaction.commit();
    return snapshot;
}

int HandoverStore::nextVersion(qint64 childId, qint64 schoolId) const
{
    SqlQuery last(m_db,
                  QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM handover_snapshots WHERE child_id = "
                                 ":child AND school_id = :school"));
    last.bind(QStringLiteral(":child"), childId).bind(QStringLiteral(":school"), schoolId);
    return last.scalar().value_or(0).toInt() + 1;
}

QList<HandoverSnapshot> HandoverStore::snapshots(const Actor& actor, qint64 childId) const
{
    AccessPolicy::requireChild(m_db, actor, childId);
    SqlQuery q(m_db, snapshotColumnsSql() +
                         QStringLiteral("WHERE s.child_id = :child ORDER BY s.exported_at DESC, s.id DESC"));
    q.bind(QStringLiteral(":child"), childId).exec();
    QList<HandoverSnapshot> result;
    while (q.next())
        result.append(readSnapshotColumns(q, true));
    return result;
}

void HandoverStore::recordReceipt(const Actor& actor, qint64 snapshotId, const QDate& receivedOn,
                                  const QString& receivedBy)
{
    Transaction transaction(m_db);
    SqlQuery q(m_db, QStringLiteral(
                         "SELECT child_id, exported_at, received_on FROM handover_snapshots WHERE id = :id"));
    q.bind(QStringLiteral(":id"), snapshotId).exec();
    if (!q.next())
        throw Error(Error::Kind::NotFound, tr("This handover was not found."));
    const qint64 childId = q.value(0).toLongLong();
    AccessPolicy::requireChild(m_db, actor, childId);
    if (!q.value(2).isNull())
        throw Error(Error::Kind::Conflict, tr("The school's receipt of this handover is already recorded."));
    if (receivedBy.trimmed().isEmpty())
        throw Error(Error::Kind::Validation, tr("Enter who received the handover at the school."));
    if (!receivedOn.isValid() || receivedOn > Clock::today() ||
        receivedOn < sql::toMoment(q.value(1)).toLocalTime().date())
        throw Error(Error::Kind::Validation,
                    tr("The date of receipt must lie between the export and today."));
    SqlQuery(m_db, QStringLiteral(
                       "UPDATE handover_snapshots SET received_on = :on, received_by = :by WHERE id = :id"))
        .bind(QStringLiteral(":on"), sql::date(receivedOn))
        .bind(QStringLiteral(":by"), receivedBy.trimmed())
        .bind(QStringLiteral(":id"), snapshotId)
        .exec();
    AuditLog::record(m_db, actor, QStringLiteral("receipt"), QStringLiteral("handover"), snapshotId, childId);
    m_db.recordChange({Change::Subject::Handover, childId, childId});
    transaction.commit();
}

} // namespace kz
