#pragma once

#include <QString>
#include <QStringList>

namespace kz {

class Database;

// What `server init` does to the database itself, beside the roles (PostgresRoles): whether it is
// empty, the extension the search needs, and the log settings that keep children's data out of
// the server's log.
class PostgresDatabaseSetup
{
public:
    // No table, view, sequence, function or extension of anyone's (plpgsql aside).
    static bool isEmpty(const Database& db);
    // The schema version of a Kindzicht database already there, or 0.
    static int kindzichtSchema(const Database& db);
    static void createExtensions(const Database& db);

    // The settings, as postgresql.conf would spell them, that the database gets.
    static QStringList quietLogSettings();
    // Sets them on the database (ALTER DATABASE … SET); returns those this login may not set
    // (they need the superuser, or the lines in postgresql.conf).
    static QStringList quietLogs(const Database& db);
};

} // namespace kz
