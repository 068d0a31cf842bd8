#pragma once

#include <QImage>
#include <QRect>

class QPainter;

namespace SyncLens {

// The bars of one zoomed-out lane, filled pixel by pixel into an image and
// drawn in one go. Tens of thousands of tiny rectangles per paint cost the
// raster engine more than writing their pixels does: this keeps a paint of a
// million marks well inside a frame. Rectangles are in the painter's
// (device-independent) coordinates; the image has the device's pixels.
class TimelineBarStrip
{
public:
    TimelineBarStrip(const QRect &area, qreal devicePixelRatio);

    void fill(const QRect &rect, const QColor &color);
    void paint(QPainter &painter) const;

private:
    QRect m_area;
    qreal m_ratio;
    QImage m_image;
};

} // namespace SyncLens
