#pragma once

#include "domain/User.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <optional>

namespace kz {

class Database;

struct CopyResult
{
    bool merged = false;          // added beside the locations the target held already
    QHash<QString, qint64> added; // rows written per table
    qint64 partnersMatched = 0;   // partners the target knew already (merge)
};

// Everything one Kindzicht database holds into another, file or server either way round. The source
// is read in one consistent read (every table as it was at one moment, while others keep working)
// and written in one transaction, table by table in dependency order (CopyTables), then checked
// (rows per table, references) before it commits: a copy that fails leaves the target as it was.
// Into an empty target the database arrives as it is, ids and all; into one that holds other
// locations already its locations are added (DatabaseMerge).
class DatabaseCopy
{
    Q_DECLARE_TR_FUNCTIONS(kz::DatabaseCopy)

public:
    // `actor` is an administrator of `source`; where `target` holds data already, `targetActor` is
    // one of the target's. Audited in both. Throws kz::Error: AccessDenied, Conflict (an account
    // name or a child's number the target has already: nothing is written), Validation (the same
    // database, or schemas of different versions).
    // `targetName` is how the source's trail names the target (its path when empty; a file being
    // made in a private folder first is named where it will be).
    static CopyResult copy(const Database& source, const Actor& actor, const Database& target,
                           const std::optional<Actor>& targetActor, const QString& targetName = {});
    // The whole of `source` as a new database file at `file` (the snapshot of a server's backup).
    // Checks no access and audits nothing: the caller (Backup) does.
    static void snapshotInto(const Database& source, const QString& file);
    // The whole of `source` into the empty database `target`, as it is (a backup restored onto a
    // server). Refuses (Conflict) a target that holds data. Checks no access and audits nothing.
    static void restoreInto(const Database& source, const Database& target);
    // Whether `db` holds nothing but the rows every new database starts with.
    static bool isEmpty(const Database& db);
    // The columns both databases have for `table`, in the target's order.
    static QStringList sharedColumns(const Database& source, const Database& target, const QString& table);
    // Refuses a database with a table the copy does not know (it would be left behind).
    static void checkTablesKnown(const Database& db);
    // Throws (Database) unless every table holds `expected` rows and every reference holds.
    static void verify(const Database& target, const QHash<QString, qint64>& expected);

private:
    static CopyResult copyAsIs(const Database& source, const Database& target);
    static void checkCompatible(const Database& source, const Database& target);
};

} // namespace kz
