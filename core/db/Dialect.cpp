#include "Dialect.h"

#include "Database.h"
#include "DatabaseAddress.h"
#include "Error.h"
#include "postgres/PostgresDialect.h"
#include "sqlite/SqliteDialect.h"

namespace kz {

QString Dialect::driverFor(const QString& location)
{
    // No location: the default engine, a file.
    const bool server = !location.isEmpty() && DatabaseAddress::parse(location).isServer();
    return server ? PostgresDialect::driver() : SqliteDialect::driver();
}

std::shared_ptr<const Dialect> Dialect::forDriver(const QString& driverName)
{
    if (driverName == SqliteDialect::driver()) {
        static const auto sqlite = std::make_shared<const SqliteDialect>();
        return sqlite;
    }
    if (driverName == PostgresDialect::driver()) {
        static const auto postgres = std::make_shared<const PostgresDialect>();
        return postgres;
    }
    throw Error(Error::Kind::Database, Database::tr("Kindzicht cannot work with this kind of database."),
                QStringLiteral("no dialect for Qt driver %1").arg(driverName));
}

} // namespace kz
