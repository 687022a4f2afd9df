#include "OrganisationSetup.h"

#include "Error.h"
#include "KnownAreas.h"
#include "db/Database.h"
#include "db/Transaction.h"
#include "domain/Validator.h"
#include "store/OrganisationStore.h"
#include "store/PartnerStore.h"
#include "store/UserStore.h"

#include <QHash>

namespace kz {

namespace {

// The location's wijk and stadsdeel, with what they lie in when Kindzicht knows it.
QList<Area> chosenAreas(const Location& location)
{
    QHash<QString, QString> parents;
    for (const Area& a : denHaagAreas())
        parents.insert(a.name.toCaseFolded(), a.parent);
    QList<Area> areas;
    const QString district = location.district.trimmed();
    const QString neighbourhood = location.neighbourhood.trimmed();
    if (!district.isEmpty())
        areas.append({district, parents.value(district.toCaseFolded(), location.city.trimmed())});
    if (!neighbourhood.isEmpty())
        areas.append(
            {neighbourhood, district.isEmpty() ? parents.value(neighbourhood.toCaseFolded()) : district});
    return areas;
}

} // namespace

QList<AreaDefinition> OrganisationSetup::knownAreas()
{
    return denHaagAreas();
}

void OrganisationSetup::checkGroups(const QList<Group>& groups)
{
    if (groups.isEmpty())
        throw Error(Error::Kind::Validation, tr("Give the location at least one group."));
    for (const Group& group : groups)
        Validator::check(group);
}

Actor OrganisationSetup::run(const Database& db, const OrganisationSetupRequest& request)
{
    if (request.organisationName.trimmed().isEmpty())
        throw Error(Error::Kind::Validation, tr("Give the name of your organisation."));
    Location location = request.location;
    location.organisation = request.organisationName.simplified();
    Validator::check(location);
    checkGroups(request.groups);
    Validator::checkUsername(request.adminUsername);
    if (request.adminPassword.isEmpty())
        throw Error(Error::Kind::Validation, tr("The administrator needs a password."));
    Validator::checkPassword(request.adminPassword, request.adminUsername);

    Transaction transaction(db);
    UserStore users(db);
    if (users.hasUsers())
        throw Error(Error::Kind::AccessDenied,
                    tr("This database has accounts already; the organisation was set up before."));
    Actor admin =
        users.createFirstAdmin(request.adminUsername, request.adminDisplayName, request.adminPassword);
    OrganisationStore organisation(db);
    organisation.setOrganisationName(admin, request.organisationName);
    const qint64 locationId = organisation.createLocation(admin, location);
    const QList<Area> areas = chosenAreas(location);
    if (!areas.isEmpty())
        PartnerStore(db).defineAreas(admin, areas);
    for (Group group : request.groups) {
        group.locationId = locationId;
        group.archived = false;
        organisation.createGroup(admin, group);
    }
    if (request.adminIsManager) {
        User account = users.get(admin, admin.userId);
        account.roles = {Role::Admin, Role::Manager};
        account.locationIds = {locationId};
        users.update(admin, account);
        admin.roles = account.roles;
    }
    transaction.commit();
    return admin;
}

} // namespace kz
