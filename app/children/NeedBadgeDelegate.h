#pragma once

#include <QStyledItemDelegate>

namespace kz {

// Paints a child's open needs as small chips, one per domain, coloured by level.
class NeedBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int BadgesRole = Qt::UserRole + 10; // QVariantList of {label, level} maps

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    static QColor colourForLevel(int level);
};

} // namespace kz
