#include "TrendChartWidget.h"

#include <QPainter>

namespace kz {

void TrendChartWidget::setMonths(QList<TrendChart::Month> months)
{
    m_months = std::move(months);
    update();
}

void TrendChartWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::white);
    TrendChart::paint(painter, QRectF(rect()).adjusted(8, 6, -8, -4), m_months);
}

} // namespace kz
