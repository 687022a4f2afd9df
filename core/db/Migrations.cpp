#include "Migrations.h"

#include "Database.h"
#include "Error.h"
#include "SchemaV1.h"
#include "SchemaV2.h"
#include "SchemaV3.h"
#include "SchemaV4.h"
#include "SchemaV5.h"
#include "SchemaV6.h"
#include "SchemaV7.h"
#include "SchemaV8.h"
#include "SqlQuery.h"
#include "Transaction.h"

namespace kz {

const std::vector<Migration>& Migrations::all()
{
    static const std::vector<Migration> migrations = {
        {1, schemaV1Statements()},       {2, schemaV2Statements()}, {3, schemaV3Statements()},
        {4, schemaV4Statements()},       {5, schemaV5Statements()}, {6, schemaV6Statements()},
        {7, schemaV7Statements(), true}, {8, schemaV8Statements()},
    };
    return migrations;
}

int Migrations::currentVersion()
{
    return all().back().version;
}

void Migrations::upgrade(const Database& db, const std::vector<Migration>& migrations)
{
    const int newest = migrations.empty() ? 0 : migrations.back().version;
    const int found = db.schemaVersion();
    if (found > newest)
        throw Error(Error::Kind::SchemaTooNew,
                    tr("This database was written by a newer version of Kindzicht (schema %1; this version "
                       "knows up to %2). Update Kindzicht to open it; the file was not changed.")
                        .arg(found)
                        .arg(newest),
                    db.path());

    int current = found;
    for (const Migration& migration : migrations) {
        if (migration.version <= current)
            continue;
        try {
            runStep(db, migration);
            current = migration.version;
        } catch (const Error& error) {
            throw Error(Error::Kind::Database,
                        tr("The database could not be upgraded to schema version %1; it was left at "
                           "version %2.")
                            .arg(migration.version)
                            .arg(current),
                        error.detail());
        }
    }
}

void Migrations::runStep(const Database& db, const Migration& migration)
{
    // The pragma is ignored inside a transaction, so it is switched around it.
    if (migration.foreignKeysOff)
        SqlQuery::run(db, QStringLiteral("PRAGMA foreign_keys = OFF"));
    try {
        Transaction transaction(db);
        for (const QString& statement : migration.statements)
            SqlQuery::run(db, statement);
        if (migration.foreignKeysOff) {
            SqlQuery check(db, QStringLiteral("PRAGMA foreign_key_check"));
            check.exec();
            if (check.next())
                throw Error(Error::Kind::Database, tr("The upgrade would break a reference between tables."),
                            QStringLiteral("foreign_key_check: table %1, row %2 refers to %3")
                                .arg(check.value(0).toString(), check.value(1).toString(),
                                     check.value(2).toString()));
        }
        SqlQuery::run(db, QStringLiteral("PRAGMA user_version = %1").arg(migration.version));
        transaction.commit();
    } catch (...) {
        if (migration.foreignKeysOff)
            SqlQuery::run(db, QStringLiteral("PRAGMA foreign_keys = ON"));
        throw;
    }
    if (migration.foreignKeysOff)
        SqlQuery::run(db, QStringLiteral("PRAGMA foreign_keys = ON"));
}

} // namespace kz
