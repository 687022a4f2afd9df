#include "ServerSetup.h"

#include "Error.h"
#include "db/Database.h"
#include "db/Migrations.h"
#include "db/Transaction.h"
#include "db/postgres/PostgresDatabaseSetup.h"
#include "db/postgres/PostgresRoles.h"
#include "domain/Validator.h"
#include "store/UserStore.h"

namespace kz {

namespace {

void requireEmpty(const Database& db)
{
    if (const int version = PostgresDatabaseSetup::kindzichtSchema(db))
        throw Error(Error::Kind::Conflict,
                    ServerSetup::tr("%1 holds a Kindzicht database already (schema version %2); nothing was "
                                    "changed. To bring it to this version of Kindzicht: kindzicht-cli server "
                                    "upgrade %1")
                        .arg(db.path())
                        .arg(version));
    if (!PostgresDatabaseSetup::isEmpty(db))
        throw Error(
            Error::Kind::Conflict,
            ServerSetup::tr("The database %1 is not empty: server init prepares an empty database only "
                            "(make one with createdb). Nothing was changed.")
                .arg(db.path()));
}

} // namespace

ServerSetupResult ServerSetup::init(const QString& address, const QString& adminName, const QString& password)
{
    Validator::checkUsername(adminName); // also the login role's name
    const Database db = Database::openServerAsItIs(address);
    if (!PostgresRoles::mayPrepare(db))
        throw Error(
            Error::Kind::AccessDenied,
            tr("Preparing %1 needs the server's superuser (postgres) or the database's owner with the "
               "right to create roles (CREATEROLE). Nothing was changed.")
                .arg(db.path()));
    requireEmpty(db);
    ServerSetupResult result;
    Transaction transaction(db);
    PostgresDatabaseSetup::createExtensions(db);
    PostgresRoles::createGroupRoles(db);
    result.logSettingsLeft = PostgresDatabaseSetup::quietLogs(db);
    result.loginCreated = PostgresRoles::addLogin(db, adminName);
    PostgresRoles::becomeOwner(db); // what the steps create belongs to kindzicht_owner
    Migrations::upgrade(db);
    // Last: a password the rules refuse takes everything above back with it.
    UserStore(db).createFirstAdmin(adminName, adminName, password);
    transaction.commit();
    result.schemaVersion = db.schemaVersion();
    return result;
}

ServerUpgradeResult ServerSetup::upgrade(const QString& address)
{
    const Database db = Database::openServerAsItIs(address);
    ServerUpgradeResult result;
    result.before = PostgresDatabaseSetup::kindzichtSchema(db);
    if (result.before == 0)
        throw Error(Error::Kind::NotFound,
                    tr("%1 holds no Kindzicht database yet; prepare it with kindzicht-cli server init.")
                        .arg(db.path()));
    Migrations::upgrade(db);
    result.after = db.schemaVersion();
    return result;
}

} // namespace kz
