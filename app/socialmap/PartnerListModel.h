#pragma once

#include "domain/Partner.h"
#include "store/PartnerStore.h"

#include <QAbstractTableModel>

namespace kz {

struct Session;

// The organisations of the sociale kaart, one row each.
class PartnerListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Category, Areas, Ages, Status, Verified, ColumnCount };
    static constexpr int SearchRole = Qt::UserRole + 1;

    explicit PartnerListModel(const Session& session, QObject* parent = nullptr);

    void reload();
    const Partner& partnerAt(int row) const { return m_rows.at(row); }
    QString categoryLabel(const QString& code) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const Session& m_session;
    QList<Partner> m_rows;
    QList<PartnerCategory> m_categories;
};

} // namespace kz
