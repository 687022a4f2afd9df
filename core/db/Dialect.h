#pragma once

#include "Migrations.h"

#include <QList>
#include <QSqlError>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>
#include <vector>

namespace kz {

class Database;

// A bulk insert fills the search index once at the end instead of per row; finish() indexes what
// was inserted since the fill began. Destroyed without finish(), it rolls back with the insert.
class SearchIndexFill
{
public:
    virtual ~SearchIndexFill() = default;
    virtual void finish() = 0;
};

// Everything one database engine spells its own way, behind one seam (the idea of KMyMoney's
// MyMoneyDbDriver): how a connection is set up, how a write transaction takes its lock, the
// numbered migrations, snapshots and compaction, and the search index of observation notes.
// Database::open chooses it from the Qt driver; all other SQL in the core is written so that
// every engine understands it. Engine code lives under core/db/<engine>/ and nowhere else (a test
// fails when an engine's construct appears outside it).
class Dialect
{
public:
    virtual ~Dialect() = default;

    // What went wrong when a statement failed, as the user is told it (SqlQuery's message).
    enum class Failure
    {
        Other,
        Busy,            // another connection holds the lock
        Clash,           // two writers at the same moment; one must try again
        Full,            // no room on the disk
        ReadOnly,        // the database or transaction may not be written here
        NotAllowed,      // the server account lacks the right
        Disk,            // reading or writing the storage failed
        Damaged,         // the stored data is corrupt
        Duplicate,       // a unique key holds the value already
        BrokenReference, // a reference to a row that is not there (any more)
        BrokenRule,      // a check, NOT NULL or a trigger that refuses the change
        ConnectionLost,  // the server went away (restart, network); nothing of the statement stayed
    };
    // Sorts the engine's own error code (SQLite's result code, PostgreSQL's SQLSTATE).
    virtual Failure failureOf(const QSqlError& error) const = 0;

    // The Qt driver for a database location: a file (SQLite) or a server's address (PostgreSQL).
    static QString driverFor(const QString& location);
    // The dialect of a Qt driver (QSqlDatabase::driverName()); Database when Kindzicht has none.
    static std::shared_ptr<const Dialect> forDriver(const QString& driverName);

    virtual QString driverName() const = 0;
    // The engine's name and version, for the About box and error reports.
    virtual QString engineVersion(const Database& db) const = 0;

    // Settings every connection needs before the schema is read (references enforced, waiting
    // for a lock, freed pages overwritten).
    virtual void prepareConnection(const Database& db) const = 0;
    // Settings applied once the schema is current (cache, journal); a refused newer file stays
    // as it was because these come after the version check.
    virtual void tuneConnection(const Database& db) const = 0;
    // The statement that starts a write transaction and takes the write lock up front.
    virtual QString beginWrite() const = 0;
    // The statement that starts a read-only transaction in which every statement sees the database
    // as it was at its first read, while others keep writing (a copy or a server's backup).
    virtual QString beginConsistentRead() const = 0;
    // Whether the database lives on a server rather than in a file of its own.
    virtual bool isServer() const = 0;

    // Kindzicht's own tables (not the engine's, not the search index's), by name.
    virtual QStringList tableNames(const Database& db) const = 0;
    // The columns of `table` a copy writes, in the table's order (a generated column is left out).
    virtual QStringList writableColumns(const Database& db, const QString& table) const = 0;
    // After rows were inserted with their ids given, the next id the engine gives follows them.
    virtual void continueIdsAfter(const Database& db, const QString& table) const = 0;

    // The numbered migrations of this engine, the same numbers as every other engine's.
    virtual const std::vector<Migration>& migrations() const = 0;
    // The schema version a database kept before it had one in `meta` (0 when none).
    virtual int versionBeforeMeta(const Database& db) const = 0;
    // Also marks the version where a Kindzicht older than the `meta` version looks for it, so an
    // old build still refuses a newer database.
    virtual void markVersionForOlderBuilds(const Database& db, int version) const = 0;
    // A migration that rebuilds a table others refer to runs with reference checks suspended;
    // brokenReference() then names a row whose reference no longer holds, before the commit.
    virtual void suspendReferenceChecks(const Database& db) const = 0;
    virtual void resumeReferenceChecks(const Database& db) const = 0;
    virtual std::optional<QString> brokenReference(const Database& db) const = 0;

    // An aggregate that joins `expression` over the group's rows with commas, in their order.
    virtual QString joinedText(const QString& expression) const = 0;

    // Questions core asks across every user's scope, answered without showing a row (a server
    // holds each login to her own children's rows). How many children a group (:group) or a
    // location (:location; the other one null) still has on :today, as one number:
    virtual QString childrenStayingCount() const = 0;
    // Which of :numbers (a JSON array of text) are the child numbers of children other than
    // :except (null for none), one a row:
    virtual QString childNumbersTaken() const = 0;
    // The password hash of account :id. A server gives a login only her own account's (the
    // owner's login any), so nobody can take colleagues' hashes home to guess at.
    virtual QString passwordHashOf() const = 0;

    // The server login this connection uses (a file has none: empty). On a server a person is her
    // login: the server's rules and its audit know her by it.
    virtual QString loginName(const Database& /*db*/) const { return {}; }
    // The server login of an account follows the account (PostgresLogins): made or given a new
    // password (an empty one: unchanged) when an administrator adds or resets it, closed when the
    // account is deactivated. A file has no logins.
    virtual void keepLogin(const Database& /*db*/, const QString& /*name*/, const QString& /*password*/) const
    {}
    virtual void endLogin(const Database& /*db*/, const QString& /*name*/) const {}
    // Whether this connection may change the schema and rewrite tables: always for a file; on a
    // server, only a login with the rights of the schema's owner.
    virtual bool actsAsOwner(const Database& /*db*/) const { return true; }
    // Inside each schema step's transaction, before and after its statements: on a server the
    // step runs as the schema's owner and leaves the everyday role the rights the new schema needs.
    virtual void beginSchemaStep(const Database& /*db*/) const {}
    virtual void endSchemaStep(const Database& /*db*/) const {}
    // What a bound value stands for where the statement alone does not say (`:x IS NULL`, a
    // column of a parameters CTE): an engine that types its parameters when it prepares needs it.
    enum class ValueType
    {
        Integer,
        Text,
        Date,   // sql::date
        Moment, // sql::moment, or a date meaning its midnight UTC
    };
    virtual QString typed(const QString& placeholder, ValueType type) const = 0;
    // A date as the integer yyyyMMdd, for sort keys that count backwards.
    virtual QString dateNumber(const QString& dateExpression) const = 0;
    // A date's month as text yyyy-MM.
    virtual QString monthOf(const QString& dateExpression) const = 0;

    // Updates the planner's statistics; after bulk loads.
    virtual void optimize(const Database& db) const = 0;
    // A consistent copy of the live database into `file`, while others keep working. A file engine
    // only: a server's snapshot is read table by table in one consistent read (DatabaseSnapshot).
    virtual void snapshotInto(const Database& db, const QString& file) const = 0;
    // Rewrites the stored data without the space of deleted rows (their content included).
    virtual void compact(const Database& db) const = 0;
    // The same for the named tables only, where the engine can (a file is rewritten whole).
    virtual void compactTables(const Database& db, const QStringList& /*tables*/) const { compact(db); }
    // Empties the engine's journal of old pages; false when another connection still reads them.
    virtual bool emptyJournal(const Database& db) const = 0;

    // Other connections' changes (ChangeFeed). A server's connections notify one another: this
    // sends `payload` on `channel` inside the open transaction. A file's engine only counts the
    // commits of other connections: a number that changes when one committed.
    virtual void notifyOthers(const Database& /*db*/, const QString& /*channel*/,
                              const QString& /*payload*/) const
    {}
    virtual qint64 othersCommits(const Database& /*db*/) const { return 0; }
    // Who else has a child open for editing (EditingPresence): a mark held by this connection
    // until it is taken away or the connection ends, and the users whose other connections hold
    // one. A file is one computer: no marks.
    virtual void markEditing(const Database& /*db*/, qint64 /*userId*/, qint64 /*childId*/, bool /*on*/) const
    {}
    virtual QList<qint64> othersEditing(const Database& /*db*/, qint64 /*childId*/) const { return {}; }

    // The search index of observation notes, as parts of one SELECT over alias `o` (observations).
    struct TextSearch
    {
        QString from;      // FROM clause that yields `o`, joined to its index
        QString condition; // matches the bound :query
        QString excerpt;   // a short excerpt around the match, the words marked with [ ]
        QString order;     // best match first
    };
    virtual TextSearch observationSearch() const = 0;
    // The user's words as the engine's :query: each word matched as a prefix, all required.
    virtual QString searchQuery(const QStringList& words) const = 0;
    // Merges the index after many deletions, so deleted words leave it (retention purge).
    virtual void tidySearchIndex(const Database& db) const = 0;
    // Suspends per-row indexing of observations for a bulk insert (see SearchIndexFill).
    virtual std::unique_ptr<SearchIndexFill> fillObservationIndexInBulk(const Database& db) const = 0;
};

} // namespace kz
