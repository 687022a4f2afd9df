#include "Dialect.h"

#include "Database.h"
#include "Error.h"
#include "sqlite/SqliteDialect.h"

namespace kz {

QString Dialect::driverFor(const QString& /*location*/)
{
    return SqliteDialect::driver();
}

std::shared_ptr<const Dialect> Dialect::forDriver(const QString& driverName)
{
    if (driverName == SqliteDialect::driver()) {
        static const auto sqlite = std::make_shared<const SqliteDialect>();
        return sqlite;
    }
    throw Error(Error::Kind::Database, Database::tr("Kindzicht cannot work with this kind of database."),
                QStringLiteral("no dialect for Qt driver %1").arg(driverName));
}

} // namespace kz
