#pragma once

#include <QSortFilterProxyModel>

#include <optional>

namespace kz {

// Filters the children list by name, by a domain with an open need, and by the lowest level.
class ChildFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setNameFilter(const QString& text);
    void setDomain(std::optional<qint64> domainId);
    void setMinimumLevel(int level); // 0: any child, also without open needs

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_name;
    std::optional<qint64> m_domain;
    int m_minimumLevel = 0;
};

} // namespace kz
