#pragma once

#include "Clock.h"
#include "domain/Child.h"
#include "store/ChildOverviewQuery.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

namespace kz {

struct Session;

// The children a user may see, one row each, read from core a page at a time as the list
// scrolls: filtering and sorting happen in the database, so 100,000 children cost one screen.
class ChildListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Age,
        Group,
        OpenNeeds,
        Waiting,
        LastObservation,
        Neighbourhood,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int ChildIdRole = Qt::UserRole + 2;
    static constexpr int DomainLevelsRole = Qt::UserRole + 3; // QVariantMap: domain id -> highest open level

    explicit ChildListModel(const Session& session, QObject* parent = nullptr);

    static constexpr int PageSize = 200;

    // Reads the first page anew with this filter (and the current sort order).
    void reload(const ChildOverviewFilter& filter);
    void reload() { reload(m_filter); }
    const ChildOverviewFilter& filter() const { return m_filter; }
    // How many children match the filter, also those not fetched yet.
    int totalCount() const { return m_total; }
    void setToday(const QDate& today) { m_today = today; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    // Sorting asks the database again; before the first reload it only remembers the order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    // Fetching the next page failed (the view scrolled; no exception may cross the event loop).
    void failed(const QString& message);

private:
    ChildOverviewQuery query() const;
    QVariant nameData(const ChildSummary& row, int role, bool left) const;
    QVariant needsData(const ChildSummary& row, int role) const;

    const Session& m_session;
    ChildOverviewFilter m_filter;
    ChildOverviewSort m_sort = ChildOverviewSort::Name;
    bool m_descending = false;
    bool m_loaded = false;
    int m_total = 0;
    QList<ChildSummary> m_rows;
    QHash<qint64, QString> m_domainLabels;
    QDate m_today = Clock::today();
};

} // namespace kz
