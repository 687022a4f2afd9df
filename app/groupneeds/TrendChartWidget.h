#pragma once

#include "documents/TrendChart.h"

#include <QWidget>

namespace kz {

// The trend chart on screen; the painting is TrendChart's, shared with the PDF report.
class TrendChartWidget : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    void setMonths(QList<TrendChart::Month> months);
    QSize sizeHint() const override { return {520, 200}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QList<TrendChart::Month> m_months;
};

} // namespace kz
