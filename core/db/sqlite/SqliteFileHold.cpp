#include "SqliteFileHold.h"

#include "Error.h"
#include "SqliteDialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace kz {

namespace {

constexpr int sqliteBusy = 5;
constexpr int sqliteLocked = 6;

} // namespace

SqliteFileHold::SqliteFileHold(const QString& databaseFile)
{
    bool held = false;
    QSqlError failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(SqliteDialect::driver(), name);
        db.setDatabaseName(databaseFile);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=200"));
        QSqlQuery q(db);
        if (!db.open())
            failure = db.lastError();
        else if (!q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")) || !q.next() ||
                 q.value(0).toString() != QLatin1String("delete"))
            failure = q.lastError();
        else if (q.finish(); !q.exec(QStringLiteral("BEGIN EXCLUSIVE")))
            failure = q.lastError();
        else
            held = true;
    }
    if (!held)
        refuse(failure, databaseFile);
}

void SqliteFileHold::release()
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen()) {
            db.rollback();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
}

void SqliteFileHold::refuse(const QSqlError& error, const QString& databaseFile)
{
    release();
    const int code = error.nativeErrorCode().toInt() & 0xff;
    if (code == sqliteBusy || code == sqliteLocked || error.nativeErrorCode().isEmpty())
        throw Error(Error::Kind::Conflict,
                    QCoreApplication::translate("kz::Backup",
                                                "The database %1 is open in Kindzicht or another command; "
                                                "close it there and try again. Nothing was replaced.")
                        .arg(databaseFile),
                    error.text());
    throw Error(Error::Kind::Io,
                QCoreApplication::translate("kz::Backup", "%1 could not be replaced; nothing was changed.")
                    .arg(databaseFile),
                error.text());
}

} // namespace kz
