#include "CaseStory.h"

#include "IdentifyingTerms.h"
#include "RelativeTime.h"
#include "db/SqlQuery.h"
#include "domain/Age.h"
#include "domain/Labels.h"
#include "store/DomainStore.h"
#include "store/ObservationStore.h"
#include "store/ReferralStore.h"
#include "store/SupportNeedStore.h"

#include <algorithm>

namespace kz {

namespace {

using Style = CaseLine::Style;

QString observationKind(ObservationKind kind)
{
    switch (kind) {
    case ObservationKind::Strength:
        return CaseStory::tr("goes well");
    case ObservationKind::Concern:
        return CaseStory::tr("concern");
    case ObservationKind::Neutral:
        return CaseStory::tr("noted");
    }
    return {};
}

QString groupKindAndCity(const Database& db, qint64 groupId, QString& city)
{
    SqlQuery q(db,
               QStringLiteral("SELECT g.kind, l.city FROM groups g JOIN locations l ON l.id = g.location_id "
                              "WHERE g.id = :group"));
    q.bind(QStringLiteral(":group"), groupId).exec();
    if (!q.next())
        return {};
    city = q.value(1).toString();
    const auto kind = groupKindFromCode(q.value(0).toString());
    return kind ? Labels::groupKind(*kind) : QString();
}

} // namespace

CaseStory::CaseStory(const Database& db, const Actor& actor, const Child& child, const QDate& today)
    : m_db(db), m_actor(actor), m_child(child), m_today(today)
{}

QString CaseStory::domainNames(const QList<qint64>& ids) const
{
    QStringList names;
    for (const DevelopmentDomain& d : DomainStore(m_db).all(true))
        if (ids.contains(d.id))
            names.append(Labels::domain(d));
    return names.join(QStringLiteral(", "));
}

QList<CaseLine> CaseStory::lines(const QString& question, const QList<Guardian>& guardians) const
{
    QList<CaseLine> lines;
    lines.append({Style::Heading, tr("The question"), {}});
    if (question.trimmed().isEmpty())
        lines.append({Style::Paragraph, tr("(No question written yet.)"), {}});
    else
        lines.append({Style::Paragraph, {}, question.trimmed()});
    aboutTheChild(lines, guardians);
    needs(lines);
    observations(lines);
    lines.append({Style::Note,
                  tr("Made anonymous with Kindzicht: names, places and dates were left out or made general. "
                     "Read it once more before you share it, and share it only within the intervisie."),
                  {}});
    return lines;
}

void CaseStory::aboutTheChild(QList<CaseLine>& lines, const QList<Guardian>& guardians) const
{
    lines.append({Style::Heading, tr("The child"), {}});
    const int years = Age::between(m_child.birthDate, m_today).years;
    lines.append({Style::Item, tr("Age: %n year(s)", nullptr, years), {}});
    QString city;
    const QString kind = groupKindAndCity(m_db, m_child.groupId, city);
    if (!kind.isEmpty())
        lines.append({Style::Item, tr("Kind of group: %1").arg(kind), {}});
    lines.append(
        {Style::Item, tr("Came to the location: %1").arg(RelativeTime::of(m_child.startDate, m_today)), {}});
    if (!m_child.neighbourhood.trimmed().isEmpty())
        lines.append({Style::Item, tr("Lives in %1").arg(IdentifyingTerms::neighbourhoodOf(city)), {}});
    if (!m_child.homeLanguages.trimmed().isEmpty())
        lines.append({Style::Item,
                      tr("Home languages: %1").arg(IdentifyingTerms::homeLanguages(m_child.homeLanguages)),
                      {}});
    if (m_child.veIndicationDate)
        lines.append({Style::Item,
                      tr("VE indication: since %1").arg(RelativeTime::of(*m_child.veIndicationDate, m_today)),
                      {}});
    if (std::any_of(guardians.begin(), guardians.end(),
                    [](const Guardian& g) { return g.interpreterNeeded; }))
        lines.append({Style::Item, tr("Conversations with the parents need an interpreter."), {}});
}

void CaseStory::needs(QList<CaseLine>& lines) const
{
    const SupportNeedStore store(m_db);
    QList<SupportNeed> needs = store.forChild(m_actor, m_child.id);
    std::sort(needs.begin(), needs.end(),
              [](const SupportNeed& a, const SupportNeed& b) { return a.signalledOn < b.signalledOn; });
    const QHash<qint64, QList<NeedHistoryEntry>> histories = store.historyForChild(m_actor, m_child.id);
    const QList<Referral> referrals = ReferralStore(m_db).forChild(m_actor, m_child.id);
    lines.append({Style::Heading, tr("Support needs"), {}});
    if (needs.isEmpty())
        lines.append({Style::Paragraph, tr("None recorded."), {}});
    for (const SupportNeed& n : needs) {
        lines.append({Style::Item,
                      tr("%1, %2: signalled %3, now %4")
                          .arg(domainNames({n.domainId}), Labels::level(n.level).toLower(),
                               RelativeTime::of(n.signalledOn, m_today), Labels::needStatusInText(n.status)),
                      {}});
        lines.append({Style::Detail, tr("What we see: "), n.description});
        lines.append({Style::Detail, tr("What works: "), n.strengths});
        lines.append({Style::Detail, tr("What was agreed and tried: "), n.agreedActions});
        if (n.parentsInformedOn)
            lines.append(
                {Style::Detail,
                 tr("The parents, informed %1: ").arg(RelativeTime::of(*n.parentsInformedOn, m_today)),
                 n.parentsResponse});
        for (const NeedHistoryEntry& h : histories.value(n.id)) {
            if (h.field != QLatin1String("status") || h.toValue == QLatin1String("closed"))
                continue; // closing is told below, with its reason
            const auto to = needStatusFromCode(h.toValue);
            lines.append({Style::Detail,
                          tr("%1: %2. ")
                              .arg(RelativeTime::of(h.changedAt.toLocalTime().date(), m_today),
                                   to ? Labels::needStatusInText(*to) : QString()),
                          h.note});
        }
        for (const Referral& r : referrals) {
            if (r.needId != n.id)
                continue;
            const QString waited = RelativeTime::span(r.referredOn, r.startedOn.value_or(m_today));
            const QString state = r.status == ReferralStatus::Started
                                      ? tr("help started after %1").arg(waited)
                                  : r.status == ReferralStatus::Completed ? tr("help completed")
                                  : r.status == ReferralStatus::Declined  ? tr("declined")
                                                                          : tr("waiting for %1").arg(waited);
            lines.append({Style::Detail,
                          tr("Referred %1 (%2) to: ").arg(RelativeTime::of(r.referredOn, m_today), state),
                          r.partnerName + (r.note.isEmpty() ? QString() : QStringLiteral(". ") + r.note)});
        }
        if (n.closedOn)
            lines.append({Style::Detail, tr("Closed %1: ").arg(RelativeTime::of(*n.closedOn, m_today)),
                          n.closedReason});
    }
}

void CaseStory::observations(QList<CaseLine>& lines) const
{
    QList<Observation> chosen;
    for (const Observation& o : ObservationStore(m_db).forChild(m_actor, m_child.id)) { // newest first
        if (o.restricted || o.hidden ||
            o.observedAt.toLocalTime().date() < m_today.addMonths(-observationMonths))
            continue;
        chosen.append(o);
        if (chosen.size() == maxObservations)
            break;
    }
    std::reverse(chosen.begin(), chosen.end());
    lines.append({Style::Heading, tr("Observations over time"), {}});
    if (chosen.isEmpty())
        lines.append({Style::Paragraph, tr("None in the last %n month(s).", nullptr, observationMonths), {}});
    for (const Observation& o : chosen)
        lines.append({Style::Item,
                      tr("%1, %2 (%3): ")
                          .arg(RelativeTime::of(o.observedAt.toLocalTime().date(), m_today),
                               observationKind(o.kind), domainNames(o.domainIds)),
                      o.body});
}

} // namespace kz
