#include "PartnerListModel.h"

#include "Clock.h"
#include "domain/Labels.h"
#include "shell/Session.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace kz {

PartnerListModel::PartnerListModel(const Session& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session)
{}

void PartnerListModel::reload()
{
    const PartnerStore store(m_session.db);
    QList<Partner> partners = store.list(m_session.actor);
    beginResetModel();
    m_categories = store.categories();
    m_areas = store.areas();
    m_staleMonths = store.staleMonths();
    m_finder = PartnerFinder(m_areas, Clock::today(), m_staleMonths);
    m_finder.setPartners(partners);
    endResetModel();
}

int PartnerListModel::rowOfPartner(qint64 partnerId) const
{
    for (qsizetype i = 0; i < m_finder.partners().size(); ++i)
        if (m_finder.partners().at(i).id == partnerId)
            return static_cast<int>(i);
    return -1;
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
    return parent.isValid() ? 0 : static_cast<int>(m_finder.partners().size());
}

int PartnerListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PartnerListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Partner& p = partnerAt(index.row());
    const bool stale = m_finder.isStale(p);
    if (role == SortRole) {
        if (index.column() == Verified)
            return p.assuredDate ? p.assuredDate->toJulianDay() : 0;
        if (index.column() == Ages)
            return p.minimumAge.value_or(0) * 1000 + p.maximumAge.value_or(999);
        return data(index, Qt::DisplayRole).toString().toLower();
    }
    if (role == Qt::ForegroundRole) {
        if (index.column() == Verified && stale)
            return QBrush(QColor(0xB0, 0x3A, 0x00));
        if (p.status != PartnerStatus::Active)
            return QBrush(QColor(0x77, 0x77, 0x77));
        return {};
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
        if (p.minimumAge)
            return tr("from %1 years").arg(*p.minimumAge);
        if (p.maximumAge)
            return tr("up to %1 years").arg(*p.maximumAge);
        return QString();
    case Status:
        return Labels::partnerStatus(p.status);
    case Verified: {
        const QString date =
            p.assuredDate ? QLocale().toString(*p.assuredDate, QLocale::ShortFormat) : tr("never");
        if (role == Qt::ToolTipRole && stale)
            return tr("Not verified in the last %n month(s): check the details.", nullptr, m_staleMonths);
        return stale ? tr("%1 (check)").arg(date) : date;
    }
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
