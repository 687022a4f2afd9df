#pragma once

#include "domain/Organisation.h"
#include "domain/User.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace kz {

class Database;

// Locations and their groups. Admins create locations; admins and the location's managers
// create and change its groups. Everyone sees the locations and groups of their own scope.
// Nothing is deleted: a location or group is archived once no child is left in it, and then
// disappears from lists and choices.
class OrganisationStore
{
    Q_DECLARE_TR_FUNCTIONS(kz::OrganisationStore)

public:
    explicit OrganisationStore(const Database& db) : m_db(db) {}

    qint64 createLocation(const Actor& actor, const Location& location);
    void updateLocation(const Actor& actor, const Location& location);
    qint64 createGroup(const Actor& actor, const Group& group);
    void updateGroup(const Actor& actor, const Group& group);

    // Admin only; refused while a group of the location has children who have not left.
    // Archives the location's groups too.
    void archiveLocation(const Actor& actor, qint64 locationId);
    // Admin or the location's manager; refused while the group has children who have not left.
    void archiveGroup(const Actor& actor, qint64 groupId);

    QList<Location> locations(const Actor& actor, bool includeArchived = false) const;
    // The groups the actor may see (admins: all), current ones unless includeArchived.
    QList<Group> groups(const Actor& actor, bool includeArchived = false) const;
    Location location(const Actor& actor, qint64 locationId) const;
    Group group(const Actor& actor, qint64 groupId) const;

    // The organisation's name, as set at the first start (meta table); empty when never set.
    QString organisationName() const;
    void setOrganisationName(const Actor& actor, const QString& name);

private:
    void requireGroupAdmin(const Actor& actor, qint64 locationId) const;
    void requireCurrentLocation(qint64 locationId) const;
    int childrenStaying(std::optional<qint64> groupId, std::optional<qint64> locationId) const;

    const Database& m_db;
};

} // namespace kz
