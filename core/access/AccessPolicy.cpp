#include "AccessPolicy.h"

#include "AuditLog.h"
#include "Error.h"
#include "db/Database.h"
#include "db/Dialect.h"
#include "db/SqlQuery.h"

namespace kz {

namespace {

// The scope of scopeCte() for one child, asked by key: a practitioner of the child's group or a
// manager of its location, with an active account. No set of visible groups is built, and each
// EXISTS goes from the child by its key, so both engines look up a few rows by index whatever
// plan they keep for the prepared statement (PostgreSQL's generic plan otherwise joins the user
// with every group).
const QString childInScope = QStringLiteral(
    "SELECT 1 FROM users u WHERE u.id = :actor AND u.active = 1 AND ("
    "(EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role = 'practitioner') "
    "AND EXISTS (SELECT 1 FROM children c JOIN user_groups ug ON ug.group_id = c.group_id "
    "WHERE c.id = :child AND ug.user_id = u.id)) "
    "OR (EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role = 'manager') "
    "AND EXISTS (SELECT 1 FROM children c JOIN groups g ON g.id = c.group_id JOIN user_locations ul "
    "ON ul.location_id = g.location_id WHERE c.id = :child AND ul.user_id = u.id)))");

const QString childManaged = QStringLiteral(
    "SELECT 1 FROM users u WHERE u.id = :actor AND u.active = 1 "
    "AND EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role = 'manager') "
    "AND EXISTS (SELECT 1 FROM children c JOIN groups g ON g.id = c.group_id JOIN user_locations ul "
    "ON ul.location_id = g.location_id WHERE c.id = :child AND ul.user_id = u.id)");

} // namespace

QString AccessPolicy::scopeCte()
{
    // The user's id as a value (one row at most), so each table is searched by its key for this
    // one user instead of scanned; roles are looked up by (user_id, role) directly.
    return QStringLiteral(R"(WITH me(uid) AS (SELECT id FROM users WHERE id = :actor AND active = 1),
        managed_locations(id) AS (
            SELECT ul.location_id FROM user_locations ul WHERE ul.user_id = (SELECT uid FROM me)
            AND EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = ul.user_id AND r.role = 'manager')),
        visible_groups(id) AS (
            SELECT ug.group_id FROM user_groups ug WHERE ug.user_id = (SELECT uid FROM me)
            AND EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = ug.user_id AND r.role = 'practitioner')
            UNION
            SELECT g.id FROM groups g WHERE g.location_id IN (SELECT id FROM managed_locations))
        )");
}

bool AccessPolicy::hasRole(const Database& db, const Actor& actor, Role role)
{
    SqlQuery q(db, QStringLiteral("SELECT 1 FROM user_roles r JOIN users u ON u.id = r.user_id "
                                  "WHERE u.id = :actor AND u.active = 1 AND r.role = :role"));
    q.bind(QStringLiteral(":actor"), actor.userId).bind(QStringLiteral(":role"), toCode(role));
    return q.scalar().has_value();
}

void AccessPolicy::requireAnyRole(const Database& db, const Actor& actor, std::initializer_list<Role> roles,
                                  const QString& request)
{
    QStringList needed;
    for (Role role : roles) {
        if (hasRole(db, actor, role))
            return;
        needed.append(toCode(role));
    }
    AuditLog::recordRefusal(db, actor, request, std::nullopt,
                            QStringLiteral("needs %1").arg(needed.join(QStringLiteral(" or "))));
    throw Error(Error::Kind::AccessDenied, tr("Your role does not allow this."),
                QStringLiteral("user %1").arg(actor.userId));
}

void AccessPolicy::requireChild(const Database& db, const Actor& actor, qint64 childId)
{
    if (db.childChecked(actor.userId, childId))
        return; // checked by the action under way (CheckedChild)
    SqlQuery q(db, childInScope);
    q.bind(QStringLiteral(":actor"), actor.userId).bind(QStringLiteral(":child"), childId);
    if (!q.scalar()) {
        AuditLog::recordRefusal(db, actor, QStringLiteral("child"), childId, QStringLiteral("not in scope"));
        throw Error(Error::Kind::NotFound, tr("This child was not found among the children you may see."),
                    QStringLiteral("child %1, user %2").arg(childId).arg(actor.userId));
    }
}

bool AccessPolicy::canSeeGroup(const Database& db, const Actor& actor, qint64 groupId)
{
    SqlQuery q(db, scopeCte() + QStringLiteral("SELECT 1 FROM visible_groups WHERE id = :group"));
    q.bind(QStringLiteral(":actor"), actor.userId).bind(QStringLiteral(":group"), groupId);
    return q.scalar().has_value();
}

void AccessPolicy::requireManagerOfGroup(const Database& db, const Actor& actor, qint64 groupId)
{
    SqlQuery q(db, scopeCte() + QStringLiteral("SELECT 1 FROM groups g WHERE g.id = :group "
                                               "AND g.location_id IN (SELECT id FROM managed_locations)"));
    q.bind(QStringLiteral(":actor"), actor.userId).bind(QStringLiteral(":group"), groupId);
    if (!q.scalar()) {
        AuditLog::recordRefusal(db, actor, QStringLiteral("group"), std::nullopt,
                                QStringLiteral("group %1").arg(groupId));
        throw Error(Error::Kind::AccessDenied,
                    tr("Only a manager of this group's location may enrol or move children here."),
                    QStringLiteral("group %1, user %2").arg(groupId).arg(actor.userId));
    }
}

void AccessPolicy::requireManagerOfLocation(const Database& db, const Actor& actor, qint64 locationId)
{
    SqlQuery q(db, scopeCte() + QStringLiteral("SELECT 1 FROM managed_locations WHERE id = :location"));
    q.bind(QStringLiteral(":actor"), actor.userId).bind(QStringLiteral(":location"), locationId);
    if (!q.scalar()) {
        AuditLog::recordRefusal(db, actor, QStringLiteral("location"), std::nullopt,
                                QStringLiteral("location %1").arg(locationId));
        throw Error(Error::Kind::AccessDenied, tr("Only a manager of this location may do this."),
                    QStringLiteral("location %1, user %2").arg(locationId).arg(actor.userId));
    }
}

bool AccessPolicy::canReadRestricted(const Database& db, const Actor& actor, qint64 childId, qint64 authorId)
{
    if (actor.userId == authorId)
        return true;
    SqlQuery q(db, childManaged);
    q.bind(QStringLiteral(":actor"), actor.userId).bind(QStringLiteral(":child"), childId);
    return q.scalar().has_value();
}

void AccessPolicy::requireEveryRow(const Database& db, const Actor& actor, const QString& request)
{
    if (db.dialect().actsAsOwner(db))
        return;
    AuditLog::recordRefusal(db, actor, request, std::nullopt, QStringLiteral("needs the owner's rights"));
    throw Error(Error::Kind::AccessDenied,
                tr("On the organisation's server this needs the rights of its owner (kindzicht_owner): "
                   "your login sees only the children of your own groups and locations, so the result "
                   "would be incomplete. Ask whoever looks after the server; nothing was done."),
                QStringLiteral("%1 by user %2 without the owner's rights").arg(request).arg(actor.userId));
}

} // namespace kz
