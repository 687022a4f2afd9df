#include "HandoverComposer.h"

#include "db/Database.h"
#include "db/SqlQuery.h"
#include "store/ChildStore.h"
#include "store/DomainStore.h"
#include "store/HandoverStore.h"
#include "store/ObservationStore.h"
#include "store/ReferralStore.h"
#include "store/SupportNeedStore.h"

namespace kz {

namespace {

QString day(const QDate& d)
{
    return d.toString(QStringLiteral("dd-MM-yyyy"));
}

void appendLine(QString& text, const QString& line)
{
    if (line.trimmed().isEmpty())
        return;
    if (!text.isEmpty())
        text += QLatin1Char('\n');
    text += line.trimmed();
}

QString referralState(const Referral& r)
{
    switch (r.status) {
    case ReferralStatus::Registered:
    case ReferralStatus::Waiting:
        return HandoverComposer::tr("referred on %1, waiting").arg(day(r.referredOn));
    case ReferralStatus::Started:
        return HandoverComposer::tr("help started on %1").arg(day(r.startedOn.value_or(r.referredOn)));
    case ReferralStatus::Completed:
        return HandoverComposer::tr("help completed on %1").arg(day(r.endedOn.value_or(r.referredOn)));
    case ReferralStatus::Declined:
        return HandoverComposer::tr("referred on %1, declined").arg(day(r.referredOn));
    }
    return {};
}

} // namespace

QString HandoverComposer::locationName(const Database& db, qint64 childId)
{
    SqlQuery q(db, QStringLiteral("SELECT l.name FROM children c JOIN groups g ON g.id = c.group_id "
                                  "JOIN locations l ON l.id = g.location_id WHERE c.id = :id"));
    q.bind(QStringLiteral(":id"), childId);
    return q.scalar().value_or(QVariant()).toString();
}

HandoverContent HandoverComposer::prefill(const Database& db, const Actor& actor, qint64 childId,
                                          qint64 schoolId, const QDate& today)
{
    const Child child = ChildStore(db).get(actor, childId);
    const QList<SupportNeed> needs = SupportNeedStore(db).forChild(actor, childId);
    const QList<Observation> observations = ObservationStore(db).forChild(actor, childId);
    const QList<Referral> referrals = ReferralStore(db).forChild(actor, childId);
    const std::optional<Handover> handover = HandoverStore(db).find(actor, childId, schoolId);

    HandoverContent c;
    const QDate since = today.addMonths(-observationMonths);
    const QString location = locationName(db, childId);

    c.personal = tr("%1 was born on %2 and has come to %3 since %4.")
                     .arg(child.givenName, day(child.birthDate), location, day(child.startDate));
    if (!child.homeLanguages.isEmpty())
        c.personal += QLatin1Char(' ') + tr("Languages at home: %1.").arg(child.homeLanguages);

    for (const SupportNeed& n : needs)
        appendLine(c.strengths, n.strengths);
    for (const Observation& o : observations)
        if (!o.restricted && o.kind == ObservationKind::Strength &&
            o.observedAt.toLocalTime().date() >= since)
            appendLine(c.strengths, QStringLiteral("- ") + o.body);

    for (const DevelopmentDomain& domain : DomainStore(db).all()) {
        QString text;
        for (const SupportNeed& n : needs) {
            if (n.domainId != domain.id)
                continue;
            if (n.status == NeedStatus::Closed && n.closedOn && *n.closedOn < today.addYears(-1))
                continue;
            appendLine(text, n.status == NeedStatus::Closed
                                 ? tr("%1 (closed on %2: %3)")
                                       .arg(n.description, day(n.closedOn.value_or(today)), n.closedReason)
                                 : n.description);
            appendLine(c.supportThatWorked, n.agreedActions);
            appendLine(c.parentsView, n.parentsResponse);
        }
        int used = 0;
        for (const Observation& o : observations) { // newest first
            if (used == observationsPerDomain)
                break;
            if (o.restricted || o.hidden || !o.domainIds.contains(domain.id) ||
                o.observedAt.toLocalTime().date() < since)
                continue;
            appendLine(text, QStringLiteral("- %1: %2").arg(day(o.observedAt.toLocalTime().date()), o.body));
            ++used;
        }
        if (!text.isEmpty())
            c.development.append({domain.id, domain.labelNl, text});
    }

    for (const Referral& r : referrals)
        appendLine(c.partners, QStringLiteral("%1 (%2)").arg(r.partnerName, referralState(r)));

    if (child.veIndicationDate)
        c.veDuration = tr("VE indication since %1").arg(day(*child.veIndicationDate));
    c.contactPerson =
        location.isEmpty() ? actor.displayName : QStringLiteral("%1, %2").arg(actor.displayName, location);

    if (handover && handover->consent.state == ConsentState::Given) {
        c.sections = handover->consent.sections;
    } else {
        for (HandoverSection s : allHandoverSections())
            c.sections.insert(s);
    }
    if (!child.veIndicationDate && c.veProgramme.isEmpty())
        c.sections.remove(HandoverSection::Ve);
    return c;
}

HandoverContent HandoverComposer::draftOrPrefill(const Database& db, const Actor& actor, qint64 childId,
                                                 qint64 schoolId)
{
    const std::optional<Handover> handover = HandoverStore(db).find(actor, childId, schoolId);
    if (handover && handover->draft)
        return *handover->draft;
    return prefill(db, actor, childId, schoolId);
}

} // namespace kz
