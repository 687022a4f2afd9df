#include "AccessRequest.h"

#include "AccessRequestPage.h"
#include "ConversationRecords.h"
#include "Error.h"
#include "access/AccessPolicy.h"
#include "access/AuditLog.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/SqlValues.h"
#include "domain/Labels.h"
#include "io/OutputFile.h"
#include "store/ChildStore.h"
#include "store/DomainStore.h"
#include "store/GuardianStore.h"
#include "store/HandoverStore.h"
#include "store/ObservationStore.h"
#include "store/ReferralStore.h"
#include "store/SupportNeedStore.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

namespace kz {

namespace {

QJsonValue date(const std::optional<QDate>& d)
{
    return d ? QJsonValue(d->toString(Qt::ISODate)) : QJsonValue();
}

void write(const QString& path, const QByteArray& content)
{
    OutputFile::write(path, content, OutputFile::Access::Private);
}

QJsonArray guardiansOf(const Database& db, const Actor& actor, qint64 childId)
{
    QJsonArray guardians;
    for (const Guardian& g : GuardianStore(db).list(actor, childId))
        guardians.append(QJsonObject{{QStringLiteral("name"), g.name},
                                     {QStringLiteral("relation"), g.relation},
                                     {QStringLiteral("preferred_language"), g.preferredLanguage},
                                     {QStringLiteral("interpreter_needed"), g.interpreterNeeded},
                                     {QStringLiteral("phone"), g.phone},
                                     {QStringLiteral("email"), g.email}});
    return guardians;
}

QJsonArray movesOf(const Database& db, const Actor& actor, qint64 childId)
{
    QJsonArray moves;
    for (const GroupMove& m : ChildStore(db).moves(actor, childId))
        moves.append(QJsonObject{{QStringLiteral("from_group"), m.fromGroupName},
                                 {QStringLiteral("to_group"), m.toGroupName},
                                 {QStringLiteral("moved_on"), m.movedOn.toString(Qt::ISODate)},
                                 {QStringLiteral("moved_by"), m.movedBy}});
    return moves;
}

QJsonObject childOf(const Child& child, qint64 childId)
{
    return QJsonObject{{QStringLiteral("id"), childId},
                       {QStringLiteral("given_name"), child.givenName},
                       {QStringLiteral("family_name"), child.familyName},
                       {QStringLiteral("birth_date"), child.birthDate.toString(Qt::ISODate)},
                       {QStringLiteral("start_date"), child.startDate.toString(Qt::ISODate)},
                       {QStringLiteral("end_date"), date(child.endDate)},
                       {QStringLiteral("neighbourhood"), child.neighbourhood},
                       {QStringLiteral("home_languages"), child.homeLanguages},
                       {QStringLiteral("ve_indication_date"), date(child.veIndicationDate)},
                       {QStringLiteral("leave_reason"),
                        child.leaveReason ? QJsonValue(toCode(*child.leaveReason)) : QJsonValue()},
                       {QStringLiteral("external_number"), child.externalNumber}};
}

QJsonArray needsOf(const Database& db, const Actor& actor, qint64 childId,
                   const QHash<qint64, QString>& domains)
{
    const SupportNeedStore needStore(db);
    QJsonArray needs;
    const QHash<qint64, QList<NeedHistoryEntry>> histories = needStore.historyForChild(actor, childId);
    for (const SupportNeed& n : needStore.forChild(actor, childId)) {
        QJsonArray history;
        for (const NeedHistoryEntry& h : histories.value(n.id))
            history.append(QJsonObject{{QStringLiteral("at"), h.changedAt.toString(Qt::ISODate)},
                                       {QStringLiteral("by"), h.changedByName},
                                       {QStringLiteral("what"), h.field},
                                       {QStringLiteral("from"), h.fromValue},
                                       {QStringLiteral("to"), h.toValue},
                                       {QStringLiteral("note"), h.note}});
        needs.append(QJsonObject{{QStringLiteral("id"), n.id},
                                 {QStringLiteral("domain"), domains.value(n.domainId)},
                                 {QStringLiteral("level"), n.level},
                                 {QStringLiteral("status"), toCode(n.status)},
                                 {QStringLiteral("description"), n.description},
                                 {QStringLiteral("strengths"), n.strengths},
                                 {QStringLiteral("agreed_actions"), n.agreedActions},
                                 {QStringLiteral("signalled_on"), n.signalledOn.toString(Qt::ISODate)},
                                 {QStringLiteral("parents_informed_on"), date(n.parentsInformedOn)},
                                 {QStringLiteral("parents_response"), n.parentsResponse},
                                 {QStringLiteral("review_date"), date(n.reviewDate)},
                                 {QStringLiteral("closed_on"), date(n.closedOn)},
                                 {QStringLiteral("closed_reason"), n.closedReason},
                                 {QStringLiteral("history"), history}});
    }
    return needs;
}

QJsonArray observationsOf(const Database& db, const Actor& actor, qint64 childId,
                          const QHash<qint64, QString>& domains)
{
    const ObservationStore observationStore(db);
    QJsonArray observations;
    const QHash<qint64, QList<ObservationRevision>> earlier =
        observationStore.revisionsForChild(actor, childId);
    for (const Observation& o : observationStore.forChild(actor, childId)) {
        QJsonArray revisions;
        for (const ObservationRevision& r : earlier.value(o.id))
            revisions.append(QJsonObject{{QStringLiteral("revision"), r.revision},
                                         {QStringLiteral("text"), r.body},
                                         {QStringLiteral("replaced_at"), r.replacedAt.toString(Qt::ISODate)},
                                         {QStringLiteral("replaced_by"), r.replacedByName}});
        QJsonArray domainNames;
        for (qint64 id : o.domainIds)
            domainNames.append(domains.value(id));
        observations.append(QJsonObject{{QStringLiteral("id"), o.id},
                                        {QStringLiteral("observed_at"), o.observedAt.toString(Qt::ISODate)},
                                        {QStringLiteral("author"), o.authorName},
                                        {QStringLiteral("text"), o.body},
                                        {QStringLiteral("kind"), toCode(o.kind)},
                                        {QStringLiteral("domains"), domainNames},
                                        {QStringLiteral("restricted"), o.restricted},
                                        {QStringLiteral("earlier_versions"), revisions}});
    }
    return observations;
}

QJsonArray referralsOf(const Database& db, const Actor& actor, qint64 childId)
{
    QJsonArray referrals;
    for (const Referral& r : ReferralStore(db).forChild(actor, childId))
        referrals.append(QJsonObject{{QStringLiteral("partner"), r.partnerName},
                                     {QStringLiteral("status"), toCode(r.status)},
                                     {QStringLiteral("referred_on"), r.referredOn.toString(Qt::ISODate)},
                                     {QStringLiteral("started_on"), date(r.startedOn)},
                                     {QStringLiteral("ended_on"), date(r.endedOn)},
                                     {QStringLiteral("note"), r.note}});
    return referrals;
}

QJsonArray handoversOf(const HandoverStore& handoverStore, const Actor& actor, qint64 childId)
{
    QJsonArray handovers;
    for (const Handover& h : handoverStore.forChild(actor, childId)) {
        handovers.append(
            QJsonObject{{QStringLiteral("school"), h.schoolName},
                        {QStringLiteral("consent"), toCode(h.consent.state)},
                        {QStringLiteral("consent_date"), date(h.consent.date)},
                        {QStringLiteral("given_by"), h.consent.givenBy},
                        {QStringLiteral("recorded_by"), h.consent.recordedByName},
                        {QStringLiteral("sections"), QJsonArray::fromStringList(toCodes(h.consent.sections))},
                        {QStringLiteral("notes"), h.consent.notes},
                        {QStringLiteral("draft"),
                         h.draft ? QJsonDocument::fromJson(h.draft->toJson()).object() : QJsonValue()}});
    }
    return handovers;
}

QJsonArray handoversSentOf(const HandoverStore& handoverStore, const Actor& actor, qint64 childId)
{
    QJsonArray sent;
    for (const HandoverSnapshot& s : handoverStore.snapshots(actor, childId))
        sent.append(
            QJsonObject{{QStringLiteral("school"), s.schoolName},
                        {QStringLiteral("version"), s.version},
                        {QStringLiteral("language"), s.language},
                        {QStringLiteral("exported_at"), s.exportedAt.toString(Qt::ISODate)},
                        {QStringLiteral("exported_by"), s.exportedByName},
                        {QStringLiteral("sha256"), s.sha256},
                        {QStringLiteral("received_on"), date(s.receivedOn)},
                        {QStringLiteral("received_by"), s.receivedBy},
                        {QStringLiteral("content"), QJsonDocument::fromJson(s.content.toJson()).object()}});
    return sent;
}

// Who saw or changed the file, and when.
QJsonArray accessLogOf(const Database& db, qint64 childId)
{
    SqlQuery audit(
        db, QStringLiteral("SELECT a.at, COALESCE(u.display_name, ''), a.action, a.entity FROM audit_log a "
                           "LEFT JOIN users u ON u.id = a.user_id WHERE a.child_id = :child ORDER BY a.id"));
    audit.bind(QStringLiteral(":child"), childId).exec();
    QJsonArray trail;
    while (audit.next())
        trail.append(QJsonObject{{QStringLiteral("at"), audit.value(0).toString()},
                                 {QStringLiteral("who"), audit.value(1).toString()},
                                 {QStringLiteral("action"), audit.value(2).toString()},
                                 {QStringLiteral("what"), audit.value(3).toString()}});
    return trail;
}

} // namespace

QJsonObject AccessRequest::collect(const Database& db, const Actor& actor, qint64 childId)
{
    const Child child = ChildStore(db).get(actor, childId);
    // Everything includes restricted notes: only the location's managers may answer the request.
    if (!AccessPolicy::canReadRestricted(db, actor, childId, -1)) {
        AuditLog::recordRefusal(db, actor, QStringLiteral("inzage"), childId,
                                QStringLiteral("not a manager"));
        throw Error(Error::Kind::AccessDenied,
                    tr("Only a manager of the child's location can answer an access request."));
    }

    QHash<qint64, QString> domains;
    for (const DevelopmentDomain& d : DomainStore(db).all(true))
        domains.insert(d.id, Labels::domain(d)); // in the language of the request

    QJsonObject result;
    result.insert(QStringLiteral("child"), childOf(child, childId));
    result.insert(QStringLiteral("guardians"), guardiansOf(db, actor, childId));
    result.insert(QStringLiteral("group_moves"), movesOf(db, actor, childId));
    result.insert(QStringLiteral("support_needs"), needsOf(db, actor, childId, domains));
    result.insert(QStringLiteral("observations"), observationsOf(db, actor, childId, domains));
    result.insert(QStringLiteral("referrals"), referralsOf(db, actor, childId));
    const HandoverStore handoverStore(db);
    result.insert(QStringLiteral("handovers"), handoversOf(handoverStore, actor, childId));
    result.insert(QStringLiteral("handovers_sent"), handoversSentOf(handoverStore, actor, childId));
    ConversationRecords::addTo(result, db, actor, childId);
    result.insert(QStringLiteral("access_log"), accessLogOf(db, childId));
    result.insert(QStringLiteral("exported_at"), sql::now());
    result.insert(QStringLiteral("exported_by"), actor.displayName);
    return result;
}

QString AccessRequest::html(const QJsonObject& everything)
{
    return AccessRequestPage(everything).html();
}

QString AccessRequest::exportTo(const Database& db, const Actor& actor, qint64 childId, const QString& folder)
{
    const QJsonObject everything = collect(db, actor, childId);
    if (!QDir().mkpath(folder))
        throw Error(Error::Kind::Io, tr("The folder %1 could not be created.").arg(folder));
    const QString base = QDir(folder).filePath(QStringLiteral("inzage-%1").arg(childId));
    write(base + QStringLiteral(".json"), QJsonDocument(everything).toJson(QJsonDocument::Indented));
    write(base + QStringLiteral(".html"), html(everything).toUtf8());
    AuditLog::record(db, actor, QStringLiteral("export"), QStringLiteral("inzage"), childId, childId);
    return base + QStringLiteral(".json");
}

} // namespace kz
