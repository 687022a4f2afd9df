#pragma once

#include <QHeaderView>

namespace kz {

// The heat map's domain names on a laptop: nine columns leave a long word ("basisvoorzieningen")
// no room. The names are drawn in a type just small enough for the longest word of any of them, wrapped
// between words (or after a hyphen), never cut inside one; the full name stays in the tooltip.
class HeatMapHeader : public QHeaderView
{
    Q_OBJECT

public:
    explicit HeatMapHeader(QWidget* parent = nullptr);

    // The font in which every word of `text` fits `width` pixels (never below a readable size).
    QFont fittingFont(const QString& text, int width) const;
    // The smallest of the sections' fitting fonts: one size for all names, so none looks louder.
    QFont sharedFont() const;

protected:
    void paintSection(QPainter* painter, const QRect& rect, int logicalIndex) const override;
};

} // namespace kz
