#pragma once

#include <QSqlQuery>
#include <QString>
#include <memory>
#include <unordered_map>
#include <vector>

namespace kz {

// Prepared statements of one connection kept for the next use of the same SQL text, so a query
// run for every child (the scope CTE above all) is parsed once. A statement is lent out while it
// is in use: a second use of the same text while the first still iterates prepares its own.
// Statements come back reset, so none keeps a read transaction open.
class StatementCache
{
public:
    // An idle statement prepared for `sql`, or null when there is none.
    std::unique_ptr<QSqlQuery> take(const QString& sql);
    // Keeps `query` (already reset) for the next use; dropped once the cache is closed.
    void giveBack(const QString& sql, std::unique_ptr<QSqlQuery> query);
    // Forgets every idle statement: on close and when the schema changes.
    void clear();
    // After close nothing is kept, so no statement outlives its connection.
    void close();
    qsizetype idleCount() const { return m_idleCount; }

private:
    struct Hash
    {
        size_t operator()(const QString& text) const noexcept { return qHash(text); }
    };
    // Enough for every distinct query the application runs; text built with numbers in it
    // (rare) cannot make the cache grow without end.
    static constexpr qsizetype maxIdle = 512;

    std::unordered_map<QString, std::vector<std::unique_ptr<QSqlQuery>>, Hash> m_idle;
    qsizetype m_idleCount = 0;
    bool m_closed = false;
};

} // namespace kz
