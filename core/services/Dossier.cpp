#include "Dossier.h"

#include "access/AuditLog.h"
#include "access/CheckedChild.h"
#include "domain/Labels.h"
#include "domain/NeedLevel.h"
#include "store/ChildStore.h"
#include "store/ConversationStore.h"
#include "store/HandoverStore.h"
#include "store/ObservationStore.h"
#include "store/ReferralStore.h"
#include "store/SupportNeedStore.h"

#include <QLocale>
#include <algorithm>

namespace kz {

namespace {

// History keeps ISO dates; people read them in their own format.
QString localDate(const QString& iso)
{
    const QDate date = QDate::fromString(iso, Qt::ISODate);
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : iso;
}

QString describe(const NeedHistoryEntry& h)
{
    const auto status = [](const QString& code) {
        const auto s = needStatusFromCode(code);
        if (!s)
            return code;
        switch (*s) {
        case NeedStatus::Signalled:
            return Dossier::tr("signalled");
        case NeedStatus::DiscussedWithParents:
            return Dossier::tr("discussed with parents");
        case NeedStatus::SupportInPlace:
            return Dossier::tr("support in place");
        case NeedStatus::Evaluated:
            return Dossier::tr("evaluated");
        case NeedStatus::Closed:
            return Dossier::tr("closed");
        }
        return code;
    };
    QString text;
    if (h.field == QLatin1String("created"))
        text = Dossier::tr("Support need signalled");
    else if (h.field == QLatin1String("status"))
        text = Dossier::tr("Status: %1 → %2").arg(status(h.fromValue), status(h.toValue));
    else if (h.field == QLatin1String("level"))
        text = Dossier::tr("Level: %1 → %2")
                   .arg(Labels::level(h.fromValue.toInt()), Labels::level(h.toValue.toInt()));
    else if (h.field == QLatin1String("escalation"))
        text = Dossier::tr("Escalated to level 3 (specialised support)");
    else if (h.field == QLatin1String("review_date"))
        text = Dossier::tr("Review date set to %1").arg(localDate(h.toValue));
    else if (h.field == QLatin1String("parents_informed"))
        text = Dossier::tr("Parents informed on %1").arg(localDate(h.toValue));
    else
        text = h.field;
    if (!h.note.isEmpty())
        text += QStringLiteral(": ") + h.note;
    return text;
}

TimelineEntry conversationEntry(const ParentConversation& c)
{
    TimelineEntry e;
    e.kind = TimelineEntry::Kind::Conversation;
    e.at = QDateTime(c.heldOn, QTime(12, 0));
    e.author = c.createdByName;
    e.conversationId = c.id;
    const QString language = c.interpreterUsed
                                 ? Dossier::tr("%1, interpreter %2").arg(c.language, c.interpreterLanguage)
                                 : c.language;
    QStringList lines{Dossier::tr("Conversation with parents (%1), with %2").arg(language, c.participants),
                      Dossier::tr("Discussed: %1").arg(c.discussed)};
    if (!c.agreed.isEmpty())
        lines.append(Dossier::tr("Agreed: %1").arg(c.agreed));
    if (c.nextOn)
        lines.append(
            Dossier::tr("Next conversation: %1").arg(QLocale().toString(*c.nextOn, QLocale::ShortFormat)));
    e.text = lines.join(QLatin1Char('\n'));
    return e;
}

} // namespace

Dossier::Dossier(const Database& db, const Actor& actor, qint64 childId)
    : Dossier(db, actor, childId, CheckedChild(db, actor, childId))
{}

Dossier::Dossier(const Database& db, const Actor& actor, qint64 childId, const CheckedChild& /*checked*/)
    : m_child(ChildStore(db).get(actor, childId)), m_needs(SupportNeedStore(db).forChild(actor, childId)),
      m_referrals(ReferralStore(db).forChild(actor, childId))
{
    for (const Observation& o : ObservationStore(db).forChild(actor, childId)) {
        TimelineEntry e;
        e.kind = TimelineEntry::Kind::Observation;
        e.at = o.observedAt;
        e.domainIds = o.domainIds;
        e.author = o.authorName;
        e.text = o.body;
        e.observationId = o.id;
        e.needId = o.needId.value_or(0);
        e.observationKind = o.kind;
        e.restricted = o.restricted;
        e.hidden = o.hidden;
        e.revision = o.revision;
        m_timeline.append(e);
    }
    const QHash<qint64, QList<NeedHistoryEntry>> histories =
        SupportNeedStore(db).historyForChild(actor, childId);
    for (const SupportNeed& n : m_needs) {
        for (const NeedHistoryEntry& h : histories.value(n.id)) {
            TimelineEntry e;
            e.kind = TimelineEntry::Kind::NeedEvent;
            e.at = h.changedAt;
            e.domainIds = {n.domainId};
            e.author = h.changedByName;
            e.text = describe(h);
            e.needId = n.id;
            m_timeline.append(e);
        }
    }
    // What went to a school, and when the school confirmed it, belongs to the child's story.
    for (const HandoverSnapshot& s : HandoverStore(db).snapshots(actor, childId)) {
        TimelineEntry e;
        e.kind = TimelineEntry::Kind::Handover;
        e.at = s.exportedAt;
        e.author = s.exportedByName;
        e.text = tr("Handover to %1 exported (version %2, %3); SHA-256 %4")
                     .arg(s.schoolName)
                     .arg(s.version)
                     .arg(s.language == QLatin1String("en") ? tr("English") : tr("Dutch"), s.sha256);
        m_timeline.append(e);
        if (s.receivedOn) {
            e.at = QDateTime(*s.receivedOn, QTime(12, 0));
            e.author = s.receivedBy;
            e.text = tr("Handover version %1 received by %2").arg(s.version).arg(s.schoolName);
            m_timeline.append(e);
        }
    }
    for (const ParentConversation& c : ConversationStore(db).forChild(actor, childId))
        m_timeline.append(conversationEntry(c));
    // Opening a dossier is a read of special-category data: it goes into the audit trail.
    AuditLog::record(db, actor, QStringLiteral("view"), QStringLiteral("child"), childId, childId);
    // Newest first; events recorded in the same instant keep their recorded order, latest on top.
    std::reverse(m_timeline.begin(), m_timeline.end());
    std::stable_sort(m_timeline.begin(), m_timeline.end(),
                     [](const TimelineEntry& a, const TimelineEntry& b) { return a.at > b.at; });
}

QList<Referral> Dossier::referralsOf(qint64 needId) const
{
    QList<Referral> result;
    for (const Referral& r : m_referrals)
        if (r.needId == needId)
            result.append(r);
    return result;
}

QList<TimelineEntry> Dossier::timeline(const TimelineFilter& filter) const
{
    QList<TimelineEntry> result;
    for (const TimelineEntry& e : m_timeline) {
        const QDate day = e.at.toLocalTime().date();
        if (filter.domainId && !e.domainIds.contains(*filter.domainId))
            continue;
        if ((filter.from && day < *filter.from) || (filter.until && day > *filter.until))
            continue;
        result.append(e);
    }
    return result;
}

int Dossier::restrictedHiddenCount() const
{
    return static_cast<int>(
        std::count_if(m_timeline.begin(), m_timeline.end(), [](const TimelineEntry& e) { return e.hidden; }));
}

} // namespace kz
