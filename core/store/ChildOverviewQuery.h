#pragma once

#include "domain/Child.h"
#include "domain/User.h"

#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace kz {

class Database;

// Which children the overview shows. Every filter narrows the children the actor may see.
struct ChildOverviewFilter
{
    std::optional<qint64> groupId = std::nullopt;
    bool includeLeft = false;                      // children whose end date has passed
    QString name = {};                             // part of the full name, case-insensitive (ASCII letters)
    std::optional<qint64> domainId = std::nullopt; // only children with an open need in this domain
    int minimumLevel = 0;                          // 0: any child; 1-3: an open need of at least this level
};

// The columns the overview sorts by; ties go by name, then id.
enum class ChildOverviewSort
{
    Name,
    Age,
    Group,
    OpenNeeds,
    Waiting,
    LastObservation,
    Neighbourhood
};

// The children overview (badges per domain, days waiting, last observation, group) one page at a
// time, filtered and sorted by the database, so a list of 100,000 children costs what one screen
// costs. The access scope is part of every statement: the same children as ChildStore::list.
class ChildOverviewQuery
{
public:
    ChildOverviewQuery(const Database& db, const Actor& actor, ChildOverviewFilter filter = {},
                       ChildOverviewSort sort = ChildOverviewSort::Name, bool descending = false);

    // How many children match, in all pages.
    int count() const;
    // Rows offset .. offset + limit - 1 of the sorted list.
    QList<ChildSummary> page(int offset, int limit) const;
    // Every matching row in order, one at a time, without holding the list in memory.
    void forEach(const std::function<void(const ChildSummary&)>& visit) const;
    // The same, leaving the application (CSV, a file): recorded in the audit trail first.
    void exportEach(const std::function<void(const ChildSummary&)>& visit) const;

private:
    QString matchingChildrenSql(const QString& select) const;
    QString sortKey() const;
    void run(int offset, int limit, const std::function<void(const ChildSummary&)>& visit) const;

    const Database& m_db;
    Actor m_actor;
    ChildOverviewFilter m_filter;
    ChildOverviewSort m_sort;
    bool m_descending;
};

} // namespace kz
