#pragma once

#include "timeline/timelinemark.h"

#include <QCoreApplication>
#include <QPalette>
#include <QPixmap>

#include <array>

namespace SyncLens {

// How each kind of mark looks: a colour from the Okabe–Ito palette (told
// apart with every common colour-vision deficiency) AND a shape of its own,
// so nothing depends on colour alone. Colours are adjusted to the palette,
// so marks stay visible in dark mode.
class TimelineMarkStyle
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::TimelineMarkStyle)

public:
    enum class Shape
    {
        Circle,
        Square,
        Diamond,
        TriangleDown,
        TriangleUp,
        Cross,
        Ring,
        Plus,
        Hexagon,     // back in scope
        HollowSquare // deleted, the other copy kept
    };

    // `markSize` in device-independent pixels; `ratio` is the device pixel ratio.
    explicit TimelineMarkStyle(const QPalette &palette = {}, int markSize = 10, qreal ratio = 1);

    static Shape shape(TimelineMark mark);
    QColor color(TimelineMark mark) const { return m_colors[size_t(mark)]; }
    // A sprite of the mark, markSize wide, centred on its middle.
    const QPixmap &sprite(TimelineMark mark) const { return m_sprites[size_t(mark)]; }
    int markSize() const { return m_markSize; }
    bool isDark() const { return m_dark; }

    // Paints one mark centred at `centre` (the sprites use this too).
    static void paintMark(QPainter &painter, Shape shape, QPointF centre, qreal size,
                          const QColor &fill, const QColor &outline);

    // What the legend and the tooltips call each kind and lane.
    static QString markLabel(TimelineMark mark);
    static QString laneLabel(TimelineLane lane);

private:
    QColor outlineFor(const QColor &fill) const;

    bool m_dark = false;
    int m_markSize = 10;
    std::array<QColor, TimelineMarkCount> m_colors;
    std::array<QPixmap, TimelineMarkCount> m_sprites;
};

} // namespace SyncLens
