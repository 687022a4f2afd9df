#pragma once

#include "Clock.h"
#include "domain/Child.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

namespace kz {

struct Session;
struct ChildFilter;

// The children a user may see, as core returns them, one row each.
class ChildListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Age, Group, OpenNeeds, Waiting, LastObservation, Neighbourhood, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int ChildIdRole = Qt::UserRole + 2;
    static constexpr int DomainLevelsRole = Qt::UserRole + 3; // QVariantMap: domain id -> highest open level

    explicit ChildListModel(const Session& session, QObject* parent = nullptr);

    void reload(const ChildFilter& filter);
    void setToday(const QDate& today) { m_today = today; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const Session& m_session;
    QList<ChildSummary> m_rows;
    QHash<qint64, QString> m_domainLabels;
    QDate m_today = Clock::today();
};

} // namespace kz
