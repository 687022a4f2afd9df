#include "HeatCellDelegate.h"

#include <QLocale>
#include <QPainter>
#include <algorithm>

namespace kz {

QColor HeatCellDelegate::colourFor(double share)
{
    if (share <= 0.0)
        return Qt::white;
    const double t = std::min(1.0, share / 0.5);
    const QColor low(0xfdf0d0);
    const QColor high(0xf08a7e);
    return QColor::fromRgbF(static_cast<float>(low.redF() + t * (high.redF() - low.redF())),
                            static_cast<float>(low.greenF() + t * (high.greenF() - low.greenF())),
                            static_cast<float>(low.blueF() + t * (high.blueF() - low.blueF())));
}

// What the colours mean, with a swatch of each step, for beside the map.
QString HeatCellDelegate::legend()
{
    const QLocale locale;
    QString swatches;
    const QList<std::pair<double, QString>> steps = {{0.0, tr("none")},
                                                     {0.1, locale.toString(10) + QLatin1Char('%')},
                                                     {0.25, locale.toString(25) + QLatin1Char('%')},
                                                     {0.5, tr("half or more")}};
    for (const auto& [share, label] : steps)
        swatches += QStringLiteral("<td bgcolor='%1' style='border: 1px solid #999' width='26'>&nbsp;</td>"
                                   "<td style='padding: 0 10px 0 4px'>%2</td>")
                        .arg(HeatCellDelegate::colourFor(share).name(), label.toHtmlEscaped());
    return QStringLiteral("<table cellspacing='0'><tr><td style='padding-right: 8px'>%1</td>%2</tr></table>")
        .arg(
            tr("Colour: the share of the group's children, not their number. Three children in a small group "
               "show darker than three in a large group.")
                .toHtmlEscaped(),
            swatches);
}

void HeatCellDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const
{
    // Neither the selection nor the style's focus tint may cover the colour: the frame marks both.
    QStyleOptionViewItem plain(option);
    const bool marked = option.state & (QStyle::State_Selected | QStyle::State_HasFocus);
    plain.state &= ~(QStyle::State_Selected | QStyle::State_HasFocus);
    QStyledItemDelegate::paint(painter, plain, index);
    if (!marked)
        return;
    painter->save();
    QPen frame(option.palette.color(QPalette::Highlight), 3);
    frame.setJoinStyle(Qt::MiterJoin);
    painter->setPen(frame);
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5));
    painter->restore();
}

} // namespace kz
