#include "PartnerListModel.h"

#include "shell/Labels.h"
#include "shell/Session.h"

#include <QLocale>

namespace kz {

PartnerListModel::PartnerListModel(const Session& session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
}

void PartnerListModel::reload()
{
    beginResetModel();
    const PartnerStore store(m_session.db);
    m_categories = store.categories();
    m_rows = store.list(m_session.actor);
    endResetModel();
}

QString PartnerListModel::categoryLabel(const QString& code) const
{
    const bool dutch = QLocale().language() == QLocale::Dutch;
    for (const PartnerCategory& c : m_categories)
        if (c.code == code)
            return dutch ? c.labelNl : c.labelEn;
    return code;
}

int PartnerListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PartnerListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PartnerListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Partner& p = m_rows.at(index.row());
    if (role == SearchRole) {
        return QStringList({p.name, p.description, categoryLabel(p.categoryCode), p.serviceAreas.join(QLatin1Char(' ')),
                            p.address, p.email})
            .join(QLatin1Char(' '));
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name:
        return role == Qt::ToolTipRole ? p.description : p.name;
    case Category:
        return categoryLabel(p.categoryCode);
    case Areas:
        return p.serviceAreas.join(QStringLiteral(", "));
    case Ages:
        if (p.minimumAge.value_or(0) == 0 && p.maximumAge.value_or(0) >= 99)
            return tr("all ages");
        if (p.minimumAge && p.maximumAge)
            return tr("%1 to %2 years").arg(*p.minimumAge).arg(*p.maximumAge);
        return QString();
    case Status:
        return Labels::partnerStatus(p.status);
    case Verified:
        return p.assuredDate ? QLocale().toString(*p.assuredDate, QLocale::ShortFormat) : tr("never");
    default:
        return {};
    }
}

QVariant PartnerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Organisation");
    case Category:
        return tr("Category");
    case Areas:
        return tr("Neighbourhoods");
    case Ages:
        return tr("Ages");
    case Status:
        return tr("Status");
    case Verified:
        return tr("Last verified");
    default:
        return {};
    }
}

} // namespace kz
