#pragma once

#include "domain/Organisation.h"
#include "domain/User.h"

#include <QCoreApplication>
#include <QList>

namespace kz {

class Database;

// Locations and their groups. Admins create locations; admins and the location's managers
// create and change its groups. Everyone sees the locations and groups of their own scope.
class OrganisationStore
{
    Q_DECLARE_TR_FUNCTIONS(kz::OrganisationStore)

public:
    explicit OrganisationStore(const Database& db)
        : m_db(db)
    {
    }

    qint64 createLocation(const Actor& actor, const Location& location);
    void updateLocation(const Actor& actor, const Location& location);
    qint64 createGroup(const Actor& actor, const Group& group);
    void updateGroup(const Actor& actor, const Group& group);

    QList<Location> locations(const Actor& actor) const;
    QList<Group> groups(const Actor& actor) const; // active groups the actor may see (admins: all)
    Group group(const Actor& actor, qint64 groupId) const;

private:
    void requireGroupAdmin(const Actor& actor, qint64 locationId) const;

    const Database& m_db;
};

} // namespace kz
