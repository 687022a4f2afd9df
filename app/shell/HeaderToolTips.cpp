#include "HeaderToolTips.h"

#include <QHeaderView>
#include <QHelpEvent>
#include <QToolTip>

namespace kz {

namespace {

constexpr char tipsProperty[] = "kz_headerToolTips";

} // namespace

HeaderToolTips::HeaderToolTips(QHeaderView* header) : QObject(header), m_header(header)
{
    setObjectName(QStringLiteral("headerToolTips"));
    header->viewport()->installEventFilter(this);
}

void HeaderToolTips::set(QHeaderView* header, const QStringList& tips)
{
    header->setProperty(tipsProperty, tips);
    if (!header->findChild<HeaderToolTips*>(QStringLiteral("headerToolTips"), Qt::FindDirectChildrenOnly))
        new HeaderToolTips(header);
}

QString HeaderToolTips::of(const QHeaderView* header, int logicalIndex)
{
    if (header->model()) {
        const QString own =
            header->model()->headerData(logicalIndex, header->orientation(), Qt::ToolTipRole).toString();
        if (!own.isEmpty())
            return own;
    }
    return header->property(tipsProperty).toStringList().value(logicalIndex);
}

bool HeaderToolTips::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_header->viewport() && event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const int section = m_header->logicalIndexAt(help->pos());
        const QString tip = section >= 0 ? of(m_header, section) : QString();
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, m_header);
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace kz
