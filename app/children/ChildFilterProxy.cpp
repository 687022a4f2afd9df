#include "ChildFilterProxy.h"

#include "ChildListModel.h"

namespace kz {

void ChildFilterProxy::setNameFilter(const QString& text)
{
    m_name = text.trimmed();
    invalidateFilter();
}

void ChildFilterProxy::setDomain(std::optional<qint64> domainId)
{
    m_domain = domainId;
    invalidateFilter();
}

void ChildFilterProxy::setMinimumLevel(int level)
{
    m_minimumLevel = level;
    invalidateFilter();
}

bool ChildFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex name = sourceModel()->index(sourceRow, ChildListModel::Name, sourceParent);
    if (!m_name.isEmpty() && !name.data().toString().contains(m_name, Qt::CaseInsensitive))
        return false;
    if (!m_domain && m_minimumLevel == 0)
        return true;
    const QVariantMap levels = name.data(ChildListModel::DomainLevelsRole).toMap();
    for (auto it = levels.cbegin(); it != levels.cend(); ++it) {
        if (m_domain && it.key().toLongLong() != *m_domain)
            continue;
        if (it.value().toInt() >= std::max(1, m_minimumLevel))
            return true;
    }
    return false;
}

} // namespace kz
