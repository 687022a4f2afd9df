#include "HandoverComposer.h"

#include "VeParticipation.h"
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

#include <algorithm>

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
};

QString phrase(const char* key, const QString& language)
{
    return bilingual(phrases, key, language);
}

// Needs and observations about the family rather than the child are not offered to the school.
bool aboutTheFamily(const QString& domainCode)
{
    return domainCode == QLatin1String("family") || domainCode == QLatin1String("basic_needs") ||
           domainCode == QLatin1String("parent_communication");
}

// What the family domains hold stays at the location: the needs themselves, what works and what
// was agreed in them, the parents' response and the referrals they led to.
struct NeedsForSchool
{
    QList<SupportNeed> needs;
    QSet<qint64> leftOut; // needs
    QSet<qint64> familyDomains;

    bool aboutFamily(const Observation& o) const
    {
        return std::any_of(o.domainIds.begin(), o.domainIds.end(),
                           [this](qint64 id) { return familyDomains.contains(id); });
    }
};

NeedsForSchool needsForSchool(const QList<SupportNeed>& all, const QList<DevelopmentDomain>& domains)
{
    NeedsForSchool result;
    for (const DevelopmentDomain& d : domains)
        if (aboutTheFamily(d.code))
            result.familyDomains.insert(d.id);
    for (const SupportNeed& n : all) {
        if (result.familyDomains.contains(n.domainId))
            result.leftOut.insert(n.id);
        else
            result.needs.append(n);
    }
    return result;
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
    const QList<Observation> observations = ObservationStore(db).forChild(actor, childId);
    const QList<Referral> referrals = ReferralStore(db).forChild(actor, childId);
    const std::optional<Handover> handover = HandoverStore(db).find(actor, childId, schoolId);

    const QList<DevelopmentDomain> domains = DomainStore(db).all();
    const NeedsForSchool forSchool = needsForSchool(SupportNeedStore(db).forChild(actor, childId), domains);
    const QList<SupportNeed>& needs = forSchool.needs;

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
        if (!o.restricted && !o.hidden && o.kind == ObservationKind::Strength &&
            o.observedAt.toLocalTime().date() >= since)
            appendLine(c.strengths, QStringLiteral("- ") + o.body);

    for (const DevelopmentDomain& domain : domains) {
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
            if (o.restricted || o.hidden || !o.domainIds.contains(domain.id) || forSchool.aboutFamily(o) ||
                o.observedAt.toLocalTime().date() < since || used.contains(o.body.trimmed()))
                continue;
            appendLine(text, QStringLiteral("- %1: %2").arg(day(o.observedAt.toLocalTime().date()), o.body));
            used.append(o.body.trimmed());
        }
        if (!text.isEmpty())
            c.development.append({domain.id, domain.label(language), text});
    }

    for (const Referral& r : referrals)
        if (!forSchool.leftOut.contains(r.needId))
            appendLine(c.partners, QStringLiteral("%1 (%2)").arg(r.partnerName, referralState(r, language)));

    if (const auto ve = VeParticipation::of(db, child, today)) {
        c.veProgramme = ve->programme;
        c.veDuration = ve->duration(*child.veIndicationDate, language);
    }
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
