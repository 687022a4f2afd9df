#include "ChildListModel.h"

#include "domain/Age.h"
#include "shell/Labels.h"
#include "shell/Session.h"
#include "store/ChildStore.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace kz {

ChildListModel::ChildListModel(const Session& session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
}

void ChildListModel::reload(const ChildFilter& filter)
{
    beginResetModel();
    m_rows = ChildStore(m_session.db).list(m_session.actor, filter);
    endResetModel();
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
    const QLocale locale;
    switch (index.column()) {
    case Name:
        if (role == Qt::DisplayRole || role == SortRole)
            return row.child.fullName();
        if (role == Qt::ToolTipRole && row.child.veIndicationDate)
            return tr("VE indication since %1").arg(locale.toString(*row.child.veIndicationDate, QLocale::ShortFormat));
        break;
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
        if (role == Qt::DisplayRole) {
            if (row.openNeeds == 0)
                return QString();
            return tr("%n open, level %1", nullptr, row.openNeeds).arg(row.highestOpenLevel);
        }
        if (role == SortRole)
            return row.highestOpenLevel * 100 + row.openNeeds;
        if (role == Qt::BackgroundRole && row.openNeeds > 0) {
            // Colour by the highest open level: 3 asks for attention, 2 is the focus, 1 is light.
            static const QColor colours[] = {QColor(0xdbe9f6), QColor(0xfde3b0), QColor(0xf6c4c0)};
            return QBrush(colours[std::clamp(row.highestOpenLevel, 1, 3) - 1]);
        }
        if (role == Qt::ForegroundRole && row.openNeeds > 0)
            return QBrush(QColor(0x1f1f1f));
        if (role == Qt::ToolTipRole && row.openNeeds > 0)
            return Labels::level(row.highestOpenLevel);
        break;
    case LastObservation:
        if (role == Qt::DisplayRole)
            return row.lastObservation ? locale.toString(*row.lastObservation, QLocale::ShortFormat) : tr("none yet");
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
    case LastObservation:
        return tr("Last observation");
    case Neighbourhood:
        return tr("Neighbourhood");
    default:
        return {};
    }
}

} // namespace kz
