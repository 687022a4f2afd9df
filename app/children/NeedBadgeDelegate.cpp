#include "NeedBadgeDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>

namespace kz {

namespace {

constexpr int padding = 6;
constexpr int gap = 4;

} // namespace

QColor NeedBadgeDelegate::colourForLevel(int level)
{
    // 3 asks for attention, 2 is the focus ("basis met een plus"), 1 is light.
    switch (level) {
    case 3:
        return QColor(0xf2a7a0);
    case 2:
        return QColor(0xfbd38a);
    default:
        return QColor(0xc9def2);
    }
}

void NeedBadgeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const
{
    QStyleOptionViewItem base = option;
    initStyleOption(&base, index);
    base.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &base, painter, option.widget);

    // The highest level first: when the column is too narrow for all, a level 3 is never the one left out.
    QVariantList badges = index.data(BadgesRole).toList();
    std::stable_sort(badges.begin(), badges.end(), [](const QVariant& a, const QVariant& b) {
        return a.toMap().value(QStringLiteral("level")).toInt() >
               b.toMap().value(QStringLiteral("level")).toInt();
    });
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics(option.font);
    int x = option.rect.left() + 3;
    const int height = metrics.height() + 2;
    const int y = option.rect.top() + (option.rect.height() - height) / 2;
    for (qsizetype i = 0; i < badges.size(); ++i) {
        const QVariantMap map = badges.at(i).toMap();
        const QString label = map.value(QStringLiteral("label")).toString();
        const int width = metrics.horizontalAdvance(label) + 2 * padding;
        const QString more = QStringLiteral("+%1").arg(badges.size() - i);
        const int moreWidth = metrics.horizontalAdvance(more) + padding;
        const bool last = i + 1 == badges.size();
        if (x + width + (last ? 0 : gap + moreWidth) > option.rect.right()) {
            // What does not fit is counted, not dropped without a trace.
            painter->setPen(option.palette.color(QPalette::Text));
            painter->drawText(QRect(x, y, moreWidth, height), Qt::AlignLeft | Qt::AlignVCenter, more);
            break;
        }
        const QRect chip(x, y, width, height);
        QPainterPath path;
        path.addRoundedRect(chip, height / 2.0, height / 2.0);
        painter->fillPath(path, colourForLevel(map.value(QStringLiteral("level")).toInt()));
        painter->setPen(QColor(0x1f1f1f));
        painter->drawText(chip, Qt::AlignCenter, label);
        x += width + gap;
    }
    painter->restore();
}

QSize NeedBadgeDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QFontMetrics metrics(option.font);
    int width = 6;
    for (const QVariant& badge : index.data(BadgesRole).toList())
        width += metrics.horizontalAdvance(badge.toMap().value(QStringLiteral("label")).toString()) +
                 2 * padding + gap;
    return {std::min(width, 360), metrics.height() + 8};
}

} // namespace kz
