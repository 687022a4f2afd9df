#pragma once

#include "Database.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <memory>
#include <optional>

namespace kz {

class StatementCache;

// A prepared statement that throws kz::Error instead of returning false, so no failure passes
// silently. Keeps the SQL text for the log detail. The statement is borrowed from the
// connection's cache (prepared only the first time its text is used) and given back reset, so
// it holds no read lock once this object is gone. Rows are read forward only. A statement that
// fails because the server connection was lost is tried once more on a new connection, when no
// transaction was open (see Database::reconnectAfter).
class SqlQuery
{
public:
    SqlQuery(const Database& db, const QString& sql);
    ~SqlQuery();
    SqlQuery(SqlQuery&& other) noexcept = default;
    SqlQuery& operator=(SqlQuery&&) = delete;
    SqlQuery(const SqlQuery&) = delete;
    SqlQuery& operator=(const SqlQuery&) = delete;

    SqlQuery& bind(const QString& placeholder, const QVariant& value);
    SqlQuery& exec();
    bool next() { return m_query->next(); }
    QVariant value(int index) const { return m_query->value(index); }
    QVariant value(const QString& name) const { return m_query->value(name); }
    // The id an `INSERT … RETURNING id` just executed gave back (every engine spells it so;
    // asking the driver for the last id is wrong where a trigger inserts too).
    qint64 insertedId();
    int numRowsAffected() const { return m_query->numRowsAffected(); }
    // Ends reading early: the statement is reset and releases its read lock now.
    void finish() { m_query->finish(); }
    // Every query reads forward only already; kept for the callers that say so.
    void setForwardOnly(bool forward) { m_query->setForwardOnly(forward); }

    // Runs one statement without parameters (not kept for reuse). A statement that changes the
    // schema (CREATE, DROP, ALTER) empties the connection's statement cache.
    static void run(const Database& db, const QString& sql);
    // First column of the first row, or nullopt when there is none.
    std::optional<QVariant> scalar();

private:
    // A new statement on the database's connection; false when the engine refused it.
    bool prepare();

    const Database* m_db;
    std::unique_ptr<QSqlQuery> m_query;
    QString m_sql;
    Database::StatementCount* m_count;
    std::shared_ptr<StatementCache> m_cache;
    QElapsedTimer m_timer; // runs from exec() to the end of reading when kindzicht.sql logs
};

// Optional values map to SQL NULL and back.
template <typename T> QVariant nullable(const std::optional<T>& value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

} // namespace kz
