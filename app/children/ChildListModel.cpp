#include "ChildListModel.h"

#include "Error.h"
#include "NeedBadgeDelegate.h"
#include "domain/Age.h"
#include "domain/Labels.h"
#include "shell/Session.h"
#include "store/DomainStore.h"

#include <QColor>
#include <QLocale>
#include <tuple>
#include <utility>

namespace kz {

ChildListModel::ChildListModel(const Session& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session)
{}

ChildOverviewQuery ChildListModel::query() const
{
    return ChildOverviewQuery(m_session.db, m_session.actor, m_filter, m_sort, m_descending);
}

void ChildListModel::reload(const ChildOverviewFilter& filter)
{
    // Read first, then show: a read that fails (the server gone) leaves the list as it was.
    const ChildOverviewFilter previous = std::exchange(m_filter, filter);
    int total = 0;
    QList<ChildSummary> rows;
    QHash<qint64, QString> domainLabels;
    try {
        const ChildOverviewQuery children = query();
        total = children.count();
        rows = children.page(0, PageSize);
        for (const DevelopmentDomain& d : DomainStore(m_session.db).all(true))
            domainLabels.insert(d.id, Labels::domain(d));
    } catch (...) {
        m_filter = previous;
        throw;
    }
    beginResetModel();
    m_total = total;
    m_rows = std::move(rows);
    m_domainLabels = std::move(domainLabels);
    m_loaded = true;
    endResetModel();
}

bool ChildListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void ChildListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    QList<ChildSummary> page;
    try {
        page = query().page(static_cast<int>(m_rows.size()), PageSize);
    } catch (const Error& e) {
        m_total = static_cast<int>(m_rows.size()); // stop asking; the next reload tries again
        emit failed(e.userMessage());
        return;
    }
    if (page.isEmpty()) { // children left the list since the count: it ends here
        m_total = static_cast<int>(m_rows.size());
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(page.size()) - 1);
    m_rows.append(page);
    endInsertRows();
}

void ChildListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    const auto sort = static_cast<ChildOverviewSort>(column);
    const bool descending = order == Qt::DescendingOrder;
    if (sort == m_sort && descending == m_descending)
        return;
    const auto before = std::pair(m_sort, m_descending);
    m_sort = sort;
    m_descending = descending;
    if (!m_loaded)
        return;
    try {
        reload(m_filter);
    } catch (const Error& e) {
        std::tie(m_sort, m_descending) = before; // the rows shown are still in the old order
        emit failed(e.userMessage());
    }
}

int ChildListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ChildListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChildListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ChildSummary& row = m_rows.at(index.row());
    if (role == ChildIdRole)
        return row.child.id;
    if (role == DomainLevelsRole) {
        QVariantMap levels;
        for (const auto& [domain, level] : row.openNeedDomains)
            levels.insert(QString::number(domain), level);
        return levels;
    }
    const QLocale locale;
    // A child who left (shown with "include children who left") is greyed and says so.
    const bool left = row.child.endDate && *row.child.endDate < m_today;
    if (role == Qt::ForegroundRole && left)
        return QColor(0x77, 0x77, 0x77);
    switch (index.column()) {
    case Name:
        return nameData(row, role, left);
    case Age: {
        const kz::Age age = kz::Age::between(row.child.birthDate, m_today);
        if (role == Qt::DisplayRole)
            return Labels::age(age.years, age.months);
        if (role == SortRole)
            return age.totalMonths();
        if (role == Qt::ToolTipRole)
            return tr("Born %1").arg(locale.toString(row.child.birthDate, QLocale::LongFormat));
        break;
    }
    case Group:
        if (role == Qt::DisplayRole || role == SortRole)
            return row.groupName;
        if (role == Qt::ToolTipRole)
            return row.locationName;
        break;
    case OpenNeeds:
        return needsData(row, role);
    case Waiting:
        if (role == Qt::DisplayRole)
            return row.daysWaiting ? tr("%n day(s)", nullptr, *row.daysWaiting) : QString();
        if (role == SortRole)
            return row.daysWaiting.value_or(-1);
        if (role == Qt::ToolTipRole && row.daysWaiting)
            return tr("Waiting for help from a partner since the referral");
        break;
    case LastObservation:
        if (role == Qt::DisplayRole)
            return row.lastObservation ? locale.toString(*row.lastObservation, QLocale::ShortFormat)
                                       : tr("none yet");
        if (role == SortRole)
            return row.lastObservation ? row.lastObservation->toJulianDay() : 0;
        break;
    case Neighbourhood:
        if (role == Qt::DisplayRole || role == SortRole)
            return row.child.neighbourhood;
        break;
    default:
        break;
    }
    return {};
}

// The name, and for a child who left when and why.
QVariant ChildListModel::nameData(const ChildSummary& row, int role, bool left) const
{
    const QLocale locale;
    if (role == Qt::DisplayRole && left)
        return tr("%1 (left %2)")
            .arg(row.child.fullName(), locale.toString(*row.child.endDate, QLocale::ShortFormat));
    if (role == Qt::DisplayRole || role == SortRole)
        return row.child.fullName();
    if (role == Qt::ToolTipRole && left)
        return row.child.leaveReason
                   ? tr("Left on %1: %2")
                         .arg(locale.toString(*row.child.endDate, QLocale::LongFormat),
                              Labels::leaveReason(*row.child.leaveReason))
                   : tr("Left on %1").arg(locale.toString(*row.child.endDate, QLocale::LongFormat));
    if (role == Qt::ToolTipRole && row.child.veIndicationDate)
        return tr("VE indication since %1")
            .arg(locale.toString(*row.child.veIndicationDate, QLocale::ShortFormat));
    return {};
}

// The open needs: a badge per domain, and a sort key of the highest level, then their number.
QVariant ChildListModel::needsData(const ChildSummary& row, int role) const
{
    if (role == NeedBadgeDelegate::BadgesRole) {
        QVariantList badges;
        for (const auto& [domain, level] : row.openNeedDomains)
            badges.append(QVariantMap{{QStringLiteral("label"), m_domainLabels.value(domain)},
                                      {QStringLiteral("level"), level}});
        return badges;
    }
    if (role == SortRole)
        return row.highestOpenLevel * 100 + row.openNeeds;
    if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
        QStringList parts;
        for (const auto& [domain, level] : row.openNeedDomains)
            parts.append(m_domainLabels.value(domain) + QStringLiteral(": ") + Labels::level(level));
        return parts.join(QLatin1Char('\n'));
    }
    return {};
}

QVariant ChildListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Age:
        return tr("Age");
    case Group:
        return tr("Group");
    case OpenNeeds:
        return tr("Open support needs");
    case Waiting:
        return tr("Waiting");
    case LastObservation:
        return tr("Last observation");
    case Neighbourhood:
        return tr("Neighbourhood");
    default:
        return {};
    }
}

} // namespace kz
