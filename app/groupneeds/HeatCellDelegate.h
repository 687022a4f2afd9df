#pragma once

#include <QColor>
#include <QStyledItemDelegate>

namespace kz {

// A heat-map cell keeps its colour when selected or focused: both are drawn as a frame around it,
// so the colour a manager clicked on is still the colour she sees.
class HeatCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // White for none, through amber, to a soft red when half the group or more needs it.
    static QColor colourFor(double share);
    // The legend: the colour is the share of the group, not the number of children (rich text).
    static QString legend();

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
};

} // namespace kz
