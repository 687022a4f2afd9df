#pragma once

#include "Change.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

namespace kz {

class DatabaseAddress;
class Dialect;
class ChangeNotifier;
class StatementCache;

// An open Kindzicht database. Holds the Qt connection *name*, never a QSqlDatabase member, so the
// connection is looked up in the thread that owns it. Opening chooses the engine's Dialect from the
// Qt driver, applies the settings every connection needs and upgrades the schema one numbered
// migration at a time.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(kz::Database)

public:
    // Opens (creating when missing) the SQLite file at `path`, or the server database that a
    // postgresql:// address names (see DatabaseAddress), migrating to the current schema.
    // Throws kz::Error: SchemaTooNew for a file written by a newer version (left untouched),
    // Database when the file cannot be opened or a migration fails (the old version is kept).
    static Database open(const QString& path);
    // Opens the server database at `address` as its user, with `password` when the server asks
    // for one (else libpq's PGPASSWORD or ~/.pgpass). Throws kz::Error: AccessDenied when the
    // server wants a password or refuses the one given, Database when it cannot be reached.
    static Database openServer(const DatabaseAddress& address, const QString& password = {});

    // Connects to the server database that a postgresql:// address names without reading or
    // changing its schema: for preparing an empty database (ServerSetup).
    static Database openServerAsItIs(const QString& address);

    // What another thread needs to open a connection of its own to this database (readerSource).
    struct ReaderSource
    {
        QString connectionName;
        QString path;
        std::shared_ptr<const Dialect> dialect;
    };
    // A second connection to the same database, for reading in another thread: call it in the
    // thread that uses the connection (and destroys it). It copies this connection's settings,
    // on a server the password the user gave included, and neither reads nor changes the schema.
    static Database openReader(const ReaderSource& source);
    // Builds a new database beside `path` in a private folder and renames it into place only when
    // `fill` has returned: a run that is killed or fails leaves nothing that blocks the next one.
    // Refuses (Conflict, with `existsMessage`) when `path` holds a file that is not empty.
    static void createAtomically(const QString& path, const QString& existsMessage,
                                 const std::function<void(const Database&)>& fill);

    // The default database file in QStandardPaths::AppDataLocation.
    static QString defaultPath();

    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    QSqlDatabase connection() const;
    ReaderSource readerSource() const { return {m_connectionName, m_path, m_dialect}; }
    const QString& path() const { return m_path; }
    // True for the organisation's server, false for a file on this computer.
    bool isServer() const;
    // The password this connection gave the server (empty for a file, or when it gave none): only
    // for proving the person who connected to her own account (Authenticator::loginAsConnected).
    QString serverPassword() const;
    int schemaVersion() const;
    // What this engine spells its own way (see Dialect).
    const Dialect& dialect() const { return *m_dialect; }
    // The engine's version, for the About box.
    QString sqliteVersion() const;

    // Updates the planner's statistics; call after bulk loads.
    void optimize() const;

    // Runs `work` once no transaction is open on this connection: at once, or right after the
    // outermost transaction commits or rolls back. For what must stay even when the action
    // fails, such as the audit of a refusal.
    void afterTransaction(std::function<void()> work) const;

    // Notes what the open transaction changes; announced through changes() once the outermost
    // transaction commits, forgotten when it (or the savepoint it was noted in) rolls back.
    // Outside a transaction it is announced at once.
    void recordChange(Change change) const;
    // Where committed changes are announced: views connect to it to refresh themselves.
    ChangeNotifier* changes() const { return m_notifier.get(); }

    // The wipe a purge could not finish (a reader held the old pages): true while it is pending.
    bool wipePending() const;
    // Rewrites the file (on a server: the named tables, or all) and empties the journal; returns
    // false (and remembers it) when another connection still holds old pages, so the next opening
    // finishes it.
    bool finishWipe(const QStringList& tables = {}) const;

    // How many statements this connection has prepared and run: tests bound the work a screen
    // does by counting, not by timing.
    struct StatementCount
    {
        qint64 prepared = 0;
        qint64 executed = 0;
    };
    StatementCount statementCount() const { return m_statementCount; }

    // Forgets the prepared statements kept for reuse; done by itself on close and after a
    // migration, and by SqlQuery::run after a statement that changes the schema.
    void clearStatementCache() const;

    // Scope checks already made for one action (AccessPolicy's CheckedChild): an action that reads a
    // child's data part by part checks the child once, not once per part. Counted, so nested
    // actions may remember the same child.
    void rememberChildChecked(qint64 userId, qint64 childId) const;
    void forgetChildChecked(qint64 userId, qint64 childId) const;
    bool childChecked(qint64 userId, qint64 childId) const;
    // The driver closed the connection after losing it, or the engine's error says it is gone.
    bool connectionLost(const QSqlError& error) const;

private:
    friend class SqlQuery;
    friend class Transaction;
    Database(QString connectionName, QString path, std::shared_ptr<const Dialect> dialect);
    static Database connectServer(const DatabaseAddress& address, const QString& password);
    void close();
    // After a statement failed because the connection was lost (a server restart, the network):
    // opens it again, once, when no transaction was open (one that was is lost with its work, so
    // its action fails). True when the statement may be tried again on the new connection.
    bool reconnectAfter(const QSqlError& error) const;

    QString m_connectionName;
    QString m_path;
    std::shared_ptr<const Dialect> m_dialect;
    mutable int m_transactionDepth = 0; // nested Transactions become savepoints
    mutable QList<std::function<void()>> m_afterTransaction;
    mutable StatementCount m_statementCount;
    mutable std::shared_ptr<StatementCache> m_statements; // a new one for a new connection
    mutable bool m_reconnecting = false;
    mutable QHash<QPair<qint64, qint64>, int> m_checkedChildren; // (user, child) -> how many hold it
    mutable QList<Change> m_pendingChanges; // noted by the open transaction, not yet committed
    std::unique_ptr<ChangeNotifier> m_notifier;
    void runAfterTransaction() const;
    void publishChanges() const;
};

} // namespace kz
