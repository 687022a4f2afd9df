#pragma once

#include <QString>
#include <QStringList>

namespace kz {

class Database;

// The roles of a Kindzicht database on the organisation's server (made by `server init`):
//   kindzicht_owner  NOLOGIN, owns the schema: upgrades it and rewrites tables after a purge
//   kindzicht_user   NOLOGIN group of every person's login: reads and writes what Kindzicht needs,
//                    but the audit and the snapshots only grow (no UPDATE, DELETE or TRUNCATE)
// A database made without them (a test's scratch database) keeps its creator as the owner, and
// every check here then asks about that creator instead.
class PostgresRoles
{
public:
    static const QString owner;
    static const QString user;

    // Whether this login has the rights of the schema's owner (a superuser has them all). In an
    // empty database: whether it may create the schema.
    static bool actsAsOwner(const Database& db);
    // Whether the schema belongs to kindzicht_owner, i.e. the database was made by `server init`.
    static bool schemaHasOwnerRole(const Database& db);

    // Inside a schema step's transaction: what it creates belongs to kindzicht_owner (when the
    // schema does already; becomeOwner: always, for the first step).
    static void actAsOwner(const Database& db);
    static void becomeOwner(const Database& db);
    // The rights of kindzicht_user on every table, again after each schema step (a new table
    // gets them too; the insert-only tables lose what they must not have).
    static void grantEverydayRights(const Database& db);

    // For `server init`, as the server's superuser or the database's owner: both roles when the
    // server lacks them, the schema open to the owner, the database closed to other logins.
    static void createGroupRoles(const Database& db);
    // The person's login in kindzicht_user; false when the login existed already (then it only
    // joins the group). Its password is set by whoever looks after the server (psql \password).
    static bool addLogin(const Database& db, const QString& name);
    // Whether this login may prepare the database: a superuser, or the database's owner with the
    // right to create roles.
    static bool mayPrepare(const Database& db);
};

} // namespace kz
