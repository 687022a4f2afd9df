#pragma once

#include "services/GroupNeeds.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QRectF>

class QPainter;

namespace kz {

// Needs opened and closed per month, as two series of bars. Plain QPainter, so the same code
// draws the chart on screen and into the PDF report (no Qt Charts: GPL-3 only, and deprecated).
class TrendChart
{
    Q_DECLARE_TR_FUNCTIONS(kz::TrendChart)

public:
    struct Month
    {
        QDate month;
        int opened = 0;
        int closed = 0;
    };

    // Sums the points per month (over all domains) for the `count` months up to `today`.
    static QList<Month> monthsFrom(const QList<TrendPoint>& points, const QDate& today, int count = 12);
    static void paint(QPainter& painter, const QRectF& area, const QList<Month>& months);
};

} // namespace kz
