#include "HandoverComposer.h"

#include "db/Database.h"
#include "db/SqlQuery.h"
#include "domain/Bilingual.h"
#include "store/ChildStore.h"
#include "store/DomainStore.h"
#include "store/HandoverRules.h"
#include "store/HandoverStore.h"
#include "store/ObservationStore.h"
#include "store/ReferralStore.h"
#include "store/SupportNeedStore.h"

namespace kz {

namespace {

// The prefill is written in the language of the document being prepared, not of the interface.
constexpr BilingualText phrases[] = {
    {"personal", "%1 is geboren op %2 en komt sinds %4 bij %3.",
     "%1 was born on %2 and has come to %3 since %4."},
    {"languages", "Thuistalen: %1.", "Languages at home: %1."},
    {"closed", "%1 (afgesloten op %2: %3)", "%1 (closed on %2: %3)"},
    {"waiting", "aangemeld op %1, wacht nog op hulp", "referred on %1, waiting"},
    {"started", "hulp gestart op %1", "help started on %1"},
    {"completed", "hulp afgerond op %1", "help completed on %1"},
    {"declined", "aangemeld op %1, niet doorgegaan", "referred on %1, declined"},
    {"ve_since", "VE-indicatie sinds %1", "VE indication since %1"},
};

QString phrase(const char* key, const QString& language)
{
    return bilingual(phrases, key, language);
}

// Observations about the family rather than the child are not offered to the school by default.
bool aboutTheFamily(const QString& domainCode)
{
    return domainCode == QLatin1String("family") || domainCode == QLatin1String("basic_needs") ||
           domainCode == QLatin1String("parent_communication");
}

QString day(const QDate& d)
{
    return d.toString(QStringLiteral("dd-MM-yyyy"));
}

void appendLine(QString& text, const QString& line)
{
    if (line.trimmed().isEmpty() || text.split(QLatin1Char('\n')).contains(line.trimmed()))
        return;
    if (!text.isEmpty())
        text += QLatin1Char('\n');
    text += line.trimmed();
}

QString referralState(const Referral& r, const QString& language)
{
    switch (r.status) {
    case ReferralStatus::Registered:
    case ReferralStatus::Waiting:
        return phrase("waiting", language).arg(day(r.referredOn));
    case ReferralStatus::Started:
        return phrase("started", language).arg(day(r.startedOn.value_or(r.referredOn)));
    case ReferralStatus::Completed:
        return phrase("completed", language).arg(day(r.endedOn.value_or(r.referredOn)));
    case ReferralStatus::Declined:
        return phrase("declined", language).arg(day(r.referredOn));
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
                                          qint64 schoolId, const QString& language, const QDate& today)
{
    const Child child = ChildStore(db).get(actor, childId);
    const QList<SupportNeed> needs = SupportNeedStore(db).forChild(actor, childId);
    const QList<Observation> observations = ObservationStore(db).forChild(actor, childId);
    const QList<Referral> referrals = ReferralStore(db).forChild(actor, childId);
    const std::optional<Handover> handover = HandoverStore(db).find(actor, childId, schoolId);

    HandoverContent c;
    const QDate since = today.addMonths(-observationMonths);
    const QString location = locationName(db, childId);

    c.personal = phrase("personal", language)
                     .arg(child.givenName, day(child.birthDate), location, day(child.startDate));
    if (!child.homeLanguages.isEmpty())
        c.personal += QLatin1Char(' ') + phrase("languages", language).arg(child.homeLanguages);

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
                                 ? phrase("closed", language)
                                       .arg(n.description, day(n.closedOn.value_or(today)), n.closedReason)
                                 : n.description);
            appendLine(c.supportThatWorked, n.agreedActions);
            appendLine(c.parentsView, n.parentsResponse);
        }
        QStringList used;
        for (const Observation& o : observations) { // newest first
            if (used.size() == observationsPerDomain)
                break;
            if (o.restricted || o.hidden || !o.domainIds.contains(domain.id) || aboutTheFamily(domain.code) ||
                o.observedAt.toLocalTime().date() < since || used.contains(o.body.trimmed()))
                continue;
            appendLine(text, QStringLiteral("- %1: %2").arg(day(o.observedAt.toLocalTime().date()), o.body));
            used.append(o.body.trimmed());
        }
        if (!text.isEmpty())
            c.development.append({domain.id, domain.label(language), text});
    }

    for (const Referral& r : referrals)
        appendLine(c.partners, QStringLiteral("%1 (%2)").arg(r.partnerName, referralState(r, language)));

    if (child.veIndicationDate)
        c.veDuration = phrase("ve_since", language).arg(day(*child.veIndicationDate));
    c.contactPerson =
        location.isEmpty() ? actor.displayName : QStringLiteral("%1, %2").arg(actor.displayName, location);

    const bool given = handover && handover->consent.state == ConsentState::Given;
    c.sections = given ? handover->consent.sections : everyHandoverSection();
    if (!child.veIndicationDate && c.veProgramme.isEmpty())
        c.sections.remove(HandoverSection::Ve);
    return c;
}

QSet<HandoverSection> HandoverComposer::dropEmptySections(HandoverContent& content)
{
    QSet<HandoverSection> empty;
    for (HandoverSection s : allHandoverSections())
        if (s != HandoverSection::Ve && content.sections.contains(s) && HandoverRules::isEmpty(content, s))
            empty.insert(s);
    content.sections -= empty;
    return empty;
}

HandoverContent HandoverComposer::draftOrPrefill(const Database& db, const Actor& actor, qint64 childId,
                                                 qint64 schoolId, const QString& language)
{
    const std::optional<Handover> handover = HandoverStore(db).find(actor, childId, schoolId);
    if (handover && handover->draft)
        return *handover->draft;
    return prefill(db, actor, childId, schoolId, language);
}

} // namespace kz
