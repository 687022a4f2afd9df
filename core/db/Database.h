#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace kz {

// An open Kindzicht database. Holds the Qt connection *name*, never a QSqlDatabase member, so the
// connection is looked up in the thread that owns it. Opening applies the pragmas every connection
// needs and upgrades the schema one numbered migration at a time.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(kz::Database)

public:
    // Opens (creating when missing) the SQLite file at `path`, migrating to the current schema.
    // Throws kz::Error: SchemaTooNew for a file written by a newer version (left untouched),
    // Database when the file cannot be opened or a migration fails (the old version is kept).
    static Database open(const QString& path);

    // The default database file in QStandardPaths::AppDataLocation.
    static QString defaultPath();

    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    QSqlDatabase connection() const;
    const QString& path() const { return m_path; }
    int schemaVersion() const;
    QString sqliteVersion() const;

    // Runs `PRAGMA optimize`; call after bulk loads so the planner has statistics.
    void optimize() const;

private:
    friend class Transaction;
    Database(QString connectionName, QString path);
    void close();

    QString m_connectionName;
    QString m_path;
    mutable int m_transactionDepth = 0; // nested Transactions become savepoints
};

} // namespace kz
