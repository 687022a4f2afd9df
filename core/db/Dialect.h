#pragma once

#include "Migrations.h"

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

    // Updates the planner's statistics; after bulk loads.
    virtual void optimize(const Database& db) const = 0;
    // A consistent copy of the live database into `file`, while others keep working. A file engine
    // only: a server's snapshot is read table by table in one consistent read (DatabaseSnapshot).
    virtual void snapshotInto(const Database& db, const QString& file) const = 0;
    // Rewrites the stored data without the space of deleted rows (their content included).
    virtual void compact(const Database& db) const = 0;
    // Empties the engine's journal of old pages; false when another connection still reads them.
    virtual bool emptyJournal(const Database& db) const = 0;

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
