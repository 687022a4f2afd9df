#pragma once

#include "domain/Organisation.h"
#include "domain/Partner.h"
#include "domain/User.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace kz {

class Database;

using AreaDefinition = Area; // a wijk or stadsdeel and the area it lies in

// What the first start without the demo asks for.
struct OrganisationSetupRequest
{
    QString organisationName;
    Location location; // the first location; its district (stadsdeel) and neighbourhood (wijk) are remembered
    QList<Group> groups; // of that location (locationId is filled in)
    QString adminUsername;
    QString adminDisplayName;
    QString adminPassword;
    bool adminIsManager = true; // the administrator also manages the first location (sees its children)
};

// The first start of an empty database for a real organisation: the organisation's name, its
// first location and groups and the first administrator, all in one transaction, so a refusal
// leaves the file as empty as it was.
class OrganisationSetup
{
    Q_DECLARE_TR_FUNCTIONS(kz::OrganisationSetup)

public:
    // Refuses (AccessDenied) a database that has accounts already. Returns the administrator,
    // logged in.
    // A location starts with at least one group, each valid; the wizard asks this page by page.
    static void checkGroups(const QList<Group>& groups);
    static Actor run(const Database& db, const OrganisationSetupRequest& request);
    // The stadsdelen and wijken Kindzicht knows (Den Haag), for the location's choice.
    static QList<AreaDefinition> knownAreas();
};

} // namespace kz
