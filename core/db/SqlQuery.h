#pragma once

#include "Database.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

namespace kz {

// A prepared statement that throws kz::Error instead of returning false, so no failure passes
// silently. Keeps the SQL text for the log detail.
class SqlQuery
{
public:
    SqlQuery(const Database& db, const QString& sql);

    SqlQuery& bind(const QString& placeholder, const QVariant& value);
    SqlQuery& exec();
    bool next() { return m_query.next(); }
    QVariant value(int index) const { return m_query.value(index); }
    QVariant value(const QString& name) const { return m_query.value(name); }
    qint64 lastInsertId() const { return m_query.lastInsertId().toLongLong(); }
    int numRowsAffected() const { return m_query.numRowsAffected(); }
    void setForwardOnly(bool forward) { m_query.setForwardOnly(forward); }

    // Runs one statement without parameters.
    static void run(const Database& db, const QString& sql);
    // First column of the first row, or nullopt when there is none.
    std::optional<QVariant> scalar();

private:
    QSqlQuery m_query;
    QString m_sql;
    Database::StatementCount* m_count;
};

// Optional values map to SQL NULL and back.
template <typename T> QVariant nullable(const std::optional<T>& value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

} // namespace kz
