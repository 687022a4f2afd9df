#pragma once

#include "services/PartnerFinder.h"

#include <QSortFilterProxyModel>

namespace kz {

class PartnerListModel;

// Shows the rows of the partner model that pass the core's PartnerFinder for the current filter.
class PartnerFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PartnerFilterProxy(PartnerListModel* model, QObject* parent = nullptr);

    void setFilter(const PartnerFilter& filter);
    const PartnerFilter& filter() const { return m_prepared.filter; }
    // The partners shown, in the order shown, for "export the selection".
    QList<Partner> visiblePartners() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    PartnerListModel* m_model;
    PartnerFinder::Prepared m_prepared;
};

} // namespace kz
