#include "PartnerFilterProxy.h"

#include "PartnerListModel.h"

namespace kz {

PartnerFilterProxy::PartnerFilterProxy(PartnerListModel* model, QObject* parent)
    : QSortFilterProxyModel(parent), m_model(model)
{
    setSourceModel(model);
    setSortRole(PartnerListModel::SortRole);
    // A reload rebuilds the finder's area tree: prepare the filter again against it.
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_prepared = m_model->finder().prepare(m_prepared.filter);
        invalidateFilter();
    });
}

void PartnerFilterProxy::setFilter(const PartnerFilter& filter)
{
    m_prepared = m_model->finder().prepare(filter);
    invalidateFilter();
}

QList<Partner> PartnerFilterProxy::visiblePartners() const
{
    QList<Partner> result;
    for (int row = 0; row < rowCount(); ++row)
        result.append(m_model->partnerAt(mapToSource(index(row, 0)).row()));
    return result;
}

bool PartnerFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    Q_UNUSED(sourceParent);
    return m_model->finder().matches(sourceRow, m_prepared);
}

} // namespace kz
