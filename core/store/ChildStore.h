#pragma once

#include "domain/Child.h"
#include "domain/EditConflict.h"
#include "domain/User.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <optional>

namespace kz {

class Database;

struct ChildFilter
{
    std::optional<qint64> groupId;
    bool includeLeft = false; // children whose end date has passed
};

// Children. Managers enrol, correct, move and record the leaving of children at their
// locations; practitioners read the children of their groups; admins without a manager role
// see none. Access follows the child's current group, so a move takes effect at once.
class ChildStore
{
    Q_DECLARE_TR_FUNCTIONS(kz::ChildStore)

public:
    explicit ChildStore(const Database& db) : m_db(db) {}

    qint64 create(const Actor& actor, const Child& child);
    // Corrects the child's details; refuses a group change (that is a move, kept as history), and
    // (EditConflictError) a correction based on an older `child.version` than the stored one.
    void update(const Actor& actor, const Child& child, Overwrite overwrite = Overwrite::No);
    // Moves the child to another current group as of `on` (not in the future); the manager
    // must manage both groups' locations.
    void move(const Actor& actor, qint64 childId, qint64 toGroupId, const QDate& on);
    // Records that the child left: the end date starts the retention period.
    void leave(const Actor& actor, qint64 childId, const QDate& endDate, LeaveReason reason);
    // The child's moves, oldest first; for anyone who may see the child.
    QList<GroupMove> moves(const Actor& actor, qint64 childId) const;
    Child get(const Actor& actor, qint64 childId) const;
    QList<ChildSummary> list(const Actor& actor, const ChildFilter& filter = {}) const;
    // The same list, leaving the application (CSV, a file): recorded in the audit trail.
    QList<ChildSummary> exportList(const Actor& actor, const ChildFilter& filter = {}) const;
    // Which of `numbers` are the child numbers of children other than `except`, wherever they are
    // enrolled (also where the user may not look): a number is the organisation's, once.
    QSet<QString> numbersTaken(const QStringList& numbers, std::optional<qint64> except = std::nullopt) const;

private:
    void requireGroupFitsChild(qint64 groupId) const;
    void requireUniqueExternalNumber(const Child& child) const;
    void rememberArea(const Child& child) const;

    const Database& m_db;
};

} // namespace kz
