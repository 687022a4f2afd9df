#include "TrendChart.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <algorithm>

namespace kz {

namespace {

const QColor openedColour(0xe8a33d);
const QColor closedColour(0x2f6f62);
const QColor gridColour(0xd9d4c8);

} // namespace

QList<TrendChart::Month> TrendChart::monthsFrom(const QList<TrendPoint>& points, const QDate& today,
                                                int count)
{
    QList<Month> months;
    const QDate last(today.year(), today.month(), 1);
    for (int i = std::max(1, count) - 1; i >= 0; --i)
        months.append({last.addMonths(-i), 0, 0});
    for (const TrendPoint& p : points) {
        for (Month& m : months) {
            if (m.month == p.month) {
                m.opened += p.opened;
                m.closed += p.closed;
            }
        }
    }
    return months;
}

void TrendChart::paint(QPainter& painter, const QRectF& area, const QList<Month>& months)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetricsF metrics(painter.font());
    const qreal legendHeight = metrics.height() * 1.6;
    const qreal axisHeight = metrics.height() * 1.4;
    const qreal left = area.left() + metrics.horizontalAdvance(QStringLiteral("000")) + 6;
    const QRectF plot(left, area.top() + legendHeight, area.right() - left,
                      area.height() - legendHeight - axisHeight);

    int maximum = 1;
    for (const Month& m : months)
        maximum = std::max({maximum, m.opened, m.closed});
    const int step = std::max(1, (maximum + 3) / 4);
    const int top = ((maximum + step - 1) / step) * step;

    // Grid and scale.
    painter.setPen(QPen(gridColour, 0.8));
    for (int value = 0; value <= top; value += step) {
        const qreal y = plot.bottom() - plot.height() * value / top;
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(Qt::black);
        painter.drawText(
            QRectF(area.left(), y - metrics.height() / 2, left - area.left() - 4, metrics.height()),
            Qt::AlignRight | Qt::AlignVCenter, QLocale().toString(value));
        painter.setPen(QPen(gridColour, 0.8));
    }

    // Bars: opened and closed side by side per month.
    const qreal slot = plot.width() / static_cast<qreal>(std::max<qsizetype>(1, months.size()));
    const qreal bar = slot * 0.34;
    for (qsizetype i = 0; i < months.size(); ++i) {
        const Month& m = months[i];
        const qreal x = plot.left() + slot * static_cast<qreal>(i) + slot * 0.14;
        const qreal openedHeight = plot.height() * m.opened / top;
        const qreal closedHeight = plot.height() * m.closed / top;
        painter.fillRect(QRectF(x, plot.bottom() - openedHeight, bar, openedHeight), openedColour);
        painter.fillRect(QRectF(x + bar, plot.bottom() - closedHeight, bar, closedHeight), closedColour);
        painter.setPen(Qt::black);
        painter.drawText(
            QRectF(plot.left() + slot * static_cast<qreal>(i), plot.bottom() + 2, slot, axisHeight),
            Qt::AlignHCenter | Qt::AlignTop,
            QLocale().standaloneMonthName(m.month.month(), QLocale::ShortFormat));
    }

    // Legend.
    const qreal box = metrics.height() * 0.7;
    qreal x = plot.left();
    for (const auto& [colour, label] :
         {std::pair{openedColour, tr("opened")}, std::pair{closedColour, tr("closed")}}) {
        painter.fillRect(QRectF(x, area.top() + (legendHeight - box) / 2, box, box), colour);
        painter.setPen(Qt::black);
        painter.drawText(QPointF(x + box + 4, area.top() + legendHeight / 2 + metrics.ascent() / 2 - 1),
                         label);
        x += box + 12 + metrics.horizontalAdvance(label);
    }
    painter.restore();
}

} // namespace kz
