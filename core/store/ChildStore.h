#pragma once

#include "domain/Child.h"
#include "domain/User.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace kz {

class Database;

struct ChildFilter
{
    std::optional<qint64> groupId;
    bool includeLeft = false; // children whose end date has passed
};

// Children. Managers enrol and change children at their locations; practitioners read the
// children of their groups; admins without a manager role see none.
class ChildStore
{
    Q_DECLARE_TR_FUNCTIONS(kz::ChildStore)

public:
    explicit ChildStore(const Database& db)
        : m_db(db)
    {
    }

    qint64 create(const Actor& actor, const Child& child);
    void update(const Actor& actor, const Child& child);
    Child get(const Actor& actor, qint64 childId) const;
    QList<ChildSummary> list(const Actor& actor, const ChildFilter& filter = {}) const;
    // The same list, leaving the application (CSV, a file): recorded in the audit trail.
    QList<ChildSummary> exportList(const Actor& actor, const ChildFilter& filter = {}) const;

private:
    void requireGroupFitsChild(qint64 groupId) const;
    void rememberArea(const Child& child) const;

    const Database& m_db;
};

} // namespace kz
