#include "StatementCache.h"

namespace kz {

std::unique_ptr<QSqlQuery> StatementCache::take(const QString& sql)
{
    const auto found = m_idle.find(sql);
    if (found == m_idle.end() || found->second.empty())
        return nullptr;
    std::unique_ptr<QSqlQuery> query = std::move(found->second.back());
    found->second.pop_back();
    --m_idleCount;
    return query;
}

void StatementCache::giveBack(const QString& sql, std::unique_ptr<QSqlQuery> query)
{
    if (m_closed)
        return;
    if (m_idleCount >= maxIdle)
        clear();
    m_idle[sql].push_back(std::move(query));
    ++m_idleCount;
}

void StatementCache::clear()
{
    m_idle.clear();
    m_idleCount = 0;
}

void StatementCache::close()
{
    clear();
    m_closed = true;
}

} // namespace kz
