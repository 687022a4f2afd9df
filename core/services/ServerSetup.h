#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace kz {

struct ServerSetupResult
{
    int schemaVersion = 0;
    // The administrator's login role was made now (false: it existed and joined kindzicht_user).
    bool loginCreated = false;
    // The log settings this login could not give the database, as postgresql.conf spells them.
    QStringList logSettingsLeft;
};

struct ServerUpgradeResult
{
    int before = 0;
    int after = 0;
};

// The organisation's server, prepared by whoever looks after it: one empty PostgreSQL database
// becomes a Kindzicht database in one transaction (all or nothing): the unaccent extension, the
// roles kindzicht_owner (owns the schema) and kindzicht_user (everyday rights; audit and snapshots
// only grow), the schema through the numbered migrations, the administrator's login role and her
// Kindzicht account, and log settings that keep children's data out of the server's log.
class ServerSetup
{
    Q_DECLARE_TR_FUNCTIONS(kz::ServerSetup)

public:
    // Refuses (Conflict) a database that is not empty and (AccessDenied) a login that is neither
    // the superuser nor the database's owner with CREATEROLE; nothing is changed then.
    static ServerSetupResult init(const QString& address, const QString& adminName, const QString& password);
    // Brings an older Kindzicht database on the server to this version's schema, as its owner
    // (AccessDenied for anyone else, NotFound for an empty database).
    static ServerUpgradeResult upgrade(const QString& address);
};

} // namespace kz
