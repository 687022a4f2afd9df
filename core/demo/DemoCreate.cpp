// Where the demo is written: a new file, or an empty database on the organisation's server.
#include "DemoDatabase.h"
#include "Error.h"
#include "db/Database.h"
#include "db/DatabaseAddress.h"
#include "db/SqlQuery.h"

#include <QFileInfo>

namespace kz {

DemoSummary DemoDatabase::create(const QString& path, const QDate& today)
{
    if (DatabaseAddress::parse(path).isServer())
        return createOnServer(path, today);
    const QFileInfo info(path);
    DemoSummary summary;
    Database::createAtomically(
        path, tr("%1 exists already; the demo is only written to a new file.").arg(info.absoluteFilePath()),
        [&](const Database& db) { summary = fill(db, today); });
    return summary;
}

// A server's database is made by whoever looks after the server: the demo goes into one that holds
// no organisation yet, all of it or nothing.
DemoSummary DemoDatabase::createOnServer(const QString& address, const QDate& today)
{
    const Database db = Database::open(address);
    SqlQuery count(db,
                   QStringLiteral("SELECT (SELECT COUNT(*) FROM users) + (SELECT COUNT(*) FROM locations)"));
    if (count.scalar().value_or(0).toLongLong() > 0)
        throw Error(Error::Kind::Conflict,
                    tr("The server's database %1 already holds an organisation; the demo goes into an "
                       "empty database only.")
                        .arg(address));
    return fill(db, today); // in one transaction: there whole or not at all
}

} // namespace kz
