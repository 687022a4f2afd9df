#include "Migrations.h"

#include "Database.h"
#include "Dialect.h"
#include "Error.h"
#include "SqlQuery.h"
#include "Transaction.h"

namespace kz {

const std::vector<Migration>& Migrations::all()
{
    return Dialect::forDriver(Dialect::driverFor(QString()))->migrations();
}

int Migrations::currentVersion()
{
    return all().back().version;
}

void Migrations::upgrade(const Database& db)
{
    upgrade(db, db.dialect().migrations());
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

    if (found < newest && !db.dialect().actsAsOwner(db))
        throw Error(Error::Kind::AccessDenied,
                    found == 0 ? tr("The database %1 is empty. Whoever looks after the server prepares it "
                                    "first: kindzicht-cli server init.")
                                     .arg(db.path())
                               : tr("The database %1 has schema version %2 and this version of Kindzicht "
                                    "needs %3. Whoever looks after the server upgrades it first: "
                                    "kindzicht-cli server upgrade. Nothing was changed.")
                                     .arg(db.path())
                                     .arg(found)
                                     .arg(newest));
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
    const Dialect& dialect = db.dialect();
    if (migration.foreignKeysOff)
        dialect.suspendReferenceChecks(db);
    try {
        Transaction transaction(db);
        dialect.beginSchemaStep(db);
        for (const QString& statement : migration.statements)
            SqlQuery::run(db, statement);
        dialect.endSchemaStep(db);
        if (migration.foreignKeysOff) {
            if (const auto broken = dialect.brokenReference(db))
                throw Error(Error::Kind::Database, tr("The upgrade would break a reference between tables."),
                            *broken);
        }
        SqlQuery version(db,
                         QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', :version) "
                                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        version.bind(QStringLiteral(":version"), QString::number(migration.version)).exec();
        dialect.markVersionForOlderBuilds(db, migration.version);
        transaction.commit();
    } catch (...) {
        if (migration.foreignKeysOff)
            dialect.resumeReferenceChecks(db);
        throw;
    }
    if (migration.foreignKeysOff)
        dialect.resumeReferenceChecks(db);
}

} // namespace kz
