#pragma once

#include "domain/User.h"

#include <QCoreApplication>
#include <QString>
#include <initializer_list>

namespace kz {

class Database;

// Who may see and change what. Roles and scopes are read from the database on every check, so
// a deactivated account or a withdrawn group takes effect at once.
//   practitioner: the children of the groups she works in
//   manager:      the children of every group at her locations
//   admin:        accounts, locations, groups, settings; no child data unless also a manager
class AccessPolicy
{
    Q_DECLARE_TR_FUNCTIONS(kz::AccessPolicy)

public:
    // A WITH clause defining `visible_groups(id)` and `managed_locations(id)` for the user bound
    // to :actor. Queries over children start with it and filter on visible_groups.
    static QString scopeCte();

    // Refusals are audited: `request` names what was asked (purge, import, backup, ...).
    static void requireAnyRole(const Database& db, const Actor& actor, std::initializer_list<Role> roles,
                               const QString& request = QStringLiteral("role"));
    static bool hasRole(const Database& db, const Actor& actor, Role role);

    // Throws NotFound (same message whether the child is missing or out of scope, so ids do not
    // reveal who exists) unless the actor may see the child.
    static void requireChild(const Database& db, const Actor& actor, qint64 childId);
    // May the actor see the children of this group?
    static bool canSeeGroup(const Database& db, const Actor& actor, qint64 groupId);
    // Managers enrol and move children in the groups of their locations.
    static void requireManagerOfGroup(const Database& db, const Actor& actor, qint64 groupId);
    static void requireManagerOfLocation(const Database& db, const Actor& actor, qint64 locationId);
    // What reads or writes every child's rows at once (a backup, a copy, a retention purge): on a
    // server only a login with the owner's rights sees them all, so anyone else is refused rather
    // than given part of the organisation. A file: always allowed.
    static void requireEveryRow(const Database& db, const Actor& actor, const QString& request);
    // Restricted observation text: its author and the managers of the child's location.
    static bool canReadRestricted(const Database& db, const Actor& actor, qint64 childId, qint64 authorId);
};

} // namespace kz
