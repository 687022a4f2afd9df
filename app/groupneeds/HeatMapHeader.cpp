#include "HeatMapHeader.h"

#include <QFontMetrics>
#include <QPainter>
#include <QRegularExpression>

namespace kz {

namespace {

constexpr int textMargin = 8;            // the style's padding inside a section, both sides
constexpr qreal smallestPointSize = 6.5; // below this a name is not read anyway

} // namespace

HeatMapHeader::HeatMapHeader(QWidget* parent) : QHeaderView(Qt::Horizontal, parent) {}

QFont HeatMapHeader::fittingFont(const QString& text, int width) const
{
    // Qt wraps a name between words and after a hyphen ("Sociaal-|emotioneel").
    static const QRegularExpression breaks(QStringLiteral("\\s+|(?<=-)"));
    QFont f = font();
    if (f.pointSizeF() <= 0)
        return f;
    const QStringList words = text.split(breaks, Qt::SkipEmptyParts);
    const auto widestWord = [&words](const QFont& font) {
        const QFontMetrics metrics(font);
        int widest = 0;
        for (const QString& word : words)
            widest = std::max(widest, metrics.horizontalAdvance(word));
        return widest;
    };
    while (widestWord(f) > width - textMargin && f.pointSizeF() - 0.5 >= smallestPointSize)
        f.setPointSizeF(f.pointSizeF() - 0.5);
    return f;
}

QFont HeatMapHeader::sharedFont() const
{
    QFont shared = font();
    for (int section = 0; model() && section < count(); ++section) {
        const QFont f =
            fittingFont(model()->headerData(section, orientation()).toString(), sectionSize(section));
        if (f.pointSizeF() < shared.pointSizeF())
            shared = f;
    }
    return shared;
}

void HeatMapHeader::paintSection(QPainter* painter, const QRect& rect, int logicalIndex) const
{
    painter->save();
    painter->setFont(sharedFont());
    QHeaderView::paintSection(painter, rect, logicalIndex);
    painter->restore();
}

} // namespace kz
