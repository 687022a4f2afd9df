#pragma once

#include "domain/Child.h"
#include "domain/Observation.h"
#include "domain/Referral.h"
#include "domain/SupportNeed.h"
#include "domain/User.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <optional>

namespace kz {

class CheckedChild;

class Database;

struct TimelineEntry
{
    enum class Kind
    {
        Observation,
        NeedEvent,
        Handover,
        Conversation // with the parents
    };
    Kind kind = Kind::Observation;
    QDateTime at;
    QList<qint64> domainIds;
    QString author;
    QString text; // the observation, or what happened to the need
    qint64 observationId = 0;
    qint64 needId = 0;
    qint64 conversationId = 0;
    ObservationKind observationKind = ObservationKind::Neutral;
    bool restricted = false;
    bool hidden = false; // restricted and not readable by this user
    int revision = 1;
};

struct TimelineFilter
{
    std::optional<qint64> domainId;
    std::optional<QDate> from;
    std::optional<QDate> until;
};

// Everything a practitioner needs about one child, in one read: the child, open needs with their
// referrals, and a timeline of observations and need events, newest first.
class Dossier
{
    Q_DECLARE_TR_FUNCTIONS(kz::Dossier)

public:
    Dossier(const Database& db, const Actor& actor, qint64 childId);

    const Child& child() const { return m_child; }
    const QList<SupportNeed>& needs() const { return m_needs; }
    const QList<Referral>& referrals() const { return m_referrals; }
    QList<Referral> referralsOf(qint64 needId) const;
    QList<TimelineEntry> timeline(const TimelineFilter& filter = {}) const;
    int restrictedHiddenCount() const;

private:
    // The child's scope is checked once for everything the dossier reads.
    Dossier(const Database& db, const Actor& actor, qint64 childId, const CheckedChild& checked);

    Child m_child;
    QList<SupportNeed> m_needs;
    QList<Referral> m_referrals;
    QList<TimelineEntry> m_timeline;
};

} // namespace kz
