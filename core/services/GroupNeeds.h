#pragma once

#include "Clock.h"
#include "domain/User.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace kz {

class Database;
class Dialect;

struct GroupNeedsFilter
{
    std::optional<qint64> locationId;
    std::optional<qint64> domainId;
    QDate today = Clock::today();
    int parentsInformedWithinDays = 14;
    int turningFourWithinMonths = 6;
    int trendMonths = 12;   // the period of the trend, ending with the current month
    int attentionRows = -1; // the first rows read of each attention list; -1: all of them; 0: counts only
    bool trend = true;      // false: the trend is not read (a report that does not show it)
};

// The lists of children who need attention, in the order the overview shows them.
enum class AttentionList
{
    OverdueReviews,
    ParentsNotInformed,
    WaitingReferrals,
    Escalations,
    TurningFour
};

struct GroupFigures
{
    qint64 groupId = 0;
    QString groupName;
    QString locationName;
    int capacity = 0;
    int children = 0;             // enrolled today
    int childrenLevel2Plus = 0;   // with at least one open need of level 2 or 3
    int escalations = 0;          // children with an open level-3 need
    QHash<qint64, int> perDomain; // domain id -> children with an open need of level >= 2 there

    double shareLevel2Plus() const { return children > 0 ? double(childrenLevel2Plus) / children : 0.0; }
};

struct AttentionItem
{
    qint64 childId = 0;
    QString childName;
    QString groupName;
    qint64 needId = 0;
    qint64 domainId = 0;
    QDate date;   // review date, signal date, referral date or fourth birthday
    int days = 0; // overdue, waiting or until the birthday
    QString detail;
};

struct TrendPoint
{
    QDate month; // first day of the month
    qint64 domainId = 0;
    int opened = 0;
    int closed = 0;
};

// The locatiemanager's view of every group: who needs what, where attention is due, and how it
// changes. Figures cover only the groups the actor may see; an admin without a manager role sees none.
class GroupNeeds
{
    Q_DECLARE_TR_FUNCTIONS(kz::GroupNeeds)

public:
    GroupNeeds(const Database& db, const Actor& actor, const GroupNeedsFilter& filter = {});

    const QList<GroupFigures>& groups() const { return m_groups; }
    const QList<AttentionItem>& overdueReviews() const { return m_overdueReviews; }
    const QList<AttentionItem>& parentsNotInformed() const { return m_parentsNotInformed; }
    const QList<AttentionItem>& waitingReferrals() const { return m_waitingReferrals; }
    const QList<AttentionItem>& escalations() const { return m_escalations; }
    const QList<AttentionItem>& turningFour() const { return m_turningFour; }
    const QList<TrendPoint>& trend() const { return m_trend; }
    // The rows read of one attention list (all, or the first filter.attentionRows).
    const QList<AttentionItem>& attention(AttentionList list) const;
    // How many children the whole list holds, also those not read.
    int attentionTotal(AttentionList list) const { return m_attentionTotals.value(int(list)); }
    // Days the oldest referral still waiting has waited (0: none waiting), also with counts only.
    int longestWaitDays() const { return m_longestWaitDays; }
    // More of one list ("show more"): rows offset .. offset + limit - 1, in the same order.
    static QList<AttentionItem> attentionPage(const Database& db, const Actor& actor,
                                              const GroupNeedsFilter& filter, AttentionList list, int offset,
                                              int limit);

    // Small-cell suppression for reports that leave the location: below the threshold a count
    // is shown as "<threshold", so no child can be recognised.
    static QString suppressed(int count, int threshold = 3);
    // The SQL of the per-group figures, with its named parameters (:actor, :today, :location,
    // :domain, :informed_before, :birthday_until); for benchmarks against the sqlite3 shell.
    // `oneDomain`: the figures of the domain in :domain, else of every domain.
    static QString groupFiguresSql(const Dialect& dialect, bool oneDomain = false);

private:
    // A group never holds this many children, so one sum can carry two counts (groupFiguresSql).
    static constexpr qint64 levelThreeWeight = 1 << 20;

    void loadGroups(const Database& db, const Actor& actor, const GroupNeedsFilter& filter);
    void loadAttention(const Database& db, const Actor& actor, const GroupNeedsFilter& filter);
    void loadAttentionCounts(const Database& db, const Actor& actor, const GroupNeedsFilter& filter);
    void loadTrend(const Database& db, const Actor& actor, const GroupNeedsFilter& filter);

    QList<GroupFigures> m_groups;
    QList<AttentionItem> m_overdueReviews;
    QList<AttentionItem> m_parentsNotInformed;
    QList<AttentionItem> m_waitingReferrals;
    QList<AttentionItem> m_escalations;
    QList<AttentionItem> m_turningFour;
    QHash<int, int> m_attentionTotals;
    int m_longestWaitDays = 0;
    QList<TrendPoint> m_trend;
};

} // namespace kz
