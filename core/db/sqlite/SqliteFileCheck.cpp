#include "SqliteFileCheck.h"

#include "SqliteDialect.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace kz {

bool SqliteFileCheck::isSoundAndKnown(const QString& file, int newestVersion, QString* detail)
{
    const QString name = QStringLiteral("kindzicht-restore-check");
    bool ok = false;
    {
        QSqlDatabase check = QSqlDatabase::addDatabase(SqliteDialect::driver(), name);
        check.setDatabaseName(file);
        check.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        ok = check.open();
        if (ok) {
            QSqlQuery q(check);
            ok = q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next() &&
                 q.value(0).toString() == QLatin1String("ok");
            // Every migration also marks its version here (see SqliteDialect::markVersionForOlderBuilds).
            if (ok && q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
                ok = q.value(0).toInt() >= 1 && q.value(0).toInt() <= newestVersion;
            if (detail)
                *detail = q.lastError().text();
        }
        check.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace kz
