#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <vector>

namespace kz {

class Database;

// A numbered step of the schema. Version N turns a version N-1 database into version N; each
// step runs in its own transaction together with the record of its version. Every engine keeps
// its own statements (its Dialect) under the same numbers.
struct Migration
{
    int version;
    QStringList statements; // one statement each: Qt's drivers run one per exec()
    // A step that rebuilds a table others refer to runs with reference checks suspended (SQLite's
    // own recipe); every reference must hold again before the step commits.
    bool foreignKeysOff = false;
};

class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(kz::Migrations)

public:
    // The migrations of the default engine (a file), in order; the last one's version is the
    // current schema, the same for every engine.
    static const std::vector<Migration>& all();
    static int currentVersion();

    // Brings `db` up to the newest of its engine's migrations, or of `migrations`. Refuses
    // (SchemaTooNew) a database whose version is newer than this build knows, without writing to it.
    static void upgrade(const Database& db);
    static void upgrade(const Database& db, const std::vector<Migration>& migrations);

private:
    static void runStep(const Database& db, const Migration& migration);
};

} // namespace kz
