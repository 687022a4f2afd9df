#pragma once

#include "Enums.h"

#include <QList>
#include <QString>

namespace kz {

struct User
{
    qint64 id = 0;
    QString username;
    QString displayName;
    QList<Role> roles;
    QList<qint64> groupIds;    // practitioner scope
    QList<qint64> locationIds; // manager scope
    bool active = true;

    bool hasRole(Role role) const { return roles.contains(role); }
};

// Who performs an operation. Core takes it on every call; stores check its scope against the
// database, so a stale copy cannot widen what the person may see.
struct Actor
{
    qint64 userId = 0;
    QString username;
    QString displayName;
    QList<Role> roles;

    bool hasRole(Role role) const { return roles.contains(role); }
};

} // namespace kz
