#pragma once

#include "domain/Partner.h"
#include "services/PartnerFinder.h"
#include "store/PartnerStore.h"

#include <QAbstractTableModel>

namespace kz {

struct Session;

// The organisations of the sociale kaart, one row each, with the finder that filters them.
class PartnerListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Category,
        Areas,
        Ages,
        Status,
        Verified,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit PartnerListModel(const Session& session, QObject* parent = nullptr);

    void reload();
    const Partner& partnerAt(int row) const { return m_finder.partners().at(row); }
    int rowOfPartner(qint64 partnerId) const;
    const PartnerFinder& finder() const { return m_finder; }
    QString categoryLabel(const QString& code) const;
    const QList<PartnerCategory>& categories() const { return m_categories; }
    const QList<Area>& areas() const { return m_areas; }
    int staleMonths() const { return m_staleMonths; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const Session& m_session;
    PartnerFinder m_finder;
    QList<PartnerCategory> m_categories;
    QList<Area> m_areas;
    int m_staleMonths = PartnerFinder::defaultStaleMonths;
};

} // namespace kz
