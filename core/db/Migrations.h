#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <vector>

namespace kz {

class Database;

// A numbered step of the schema. Version N turns a version N-1 database into version N; each
// step runs in its own transaction together with the bump of PRAGMA user_version.
struct Migration
{
    int version;
    QStringList statements; // one statement each: Qt's SQLite driver runs one per exec()
    // A step that rebuilds a table others refer to runs with foreign keys off (SQLite's own
    // recipe); PRAGMA foreign_key_check must then find nothing before the step commits.
    bool foreignKeysOff = false;
};

class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(kz::Migrations)

public:
    // The migrations of this build, in order; the last one's version is the current schema.
    static const std::vector<Migration>& all();
    static int currentVersion();

    // Brings `db` up to the newest of `migrations`. Refuses (SchemaTooNew) a file whose version is
    // newer than this build knows, without writing to it.
    static void upgrade(const Database& db, const std::vector<Migration>& migrations = all());

private:
    static void runStep(const Database& db, const Migration& migration);
};

} // namespace kz
