#include "timelinebarstrip.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace SyncLens {

TimelineBarStrip::TimelineBarStrip(const QRect &area, qreal devicePixelRatio)
    : m_area(area)
    , m_ratio(devicePixelRatio)
    , m_image((QSizeF(area.size()) * devicePixelRatio).toSize(),
              QImage::Format_ARGB32_Premultiplied)
{
    m_image.setDevicePixelRatio(devicePixelRatio);
    m_image.fill(Qt::transparent);
}

void TimelineBarStrip::fill(const QRect &rect, const QColor &color)
{
    const auto device = [this](int logical) { return qRound(logical * m_ratio); };
    const int left = std::max(0, device(rect.left() - m_area.left()));
    const int right = std::min(m_image.width(), device(rect.left() + rect.width() - m_area.left()));
    const int top = std::max(0, device(rect.top() - m_area.top()));
    const int bottom =
        std::min(m_image.height(), device(rect.top() + rect.height() - m_area.top()));
    if (left >= right)
        return;
    const QRgb pixel = qPremultiply(color.rgba());
    // bits() once: scanLine() checks for a shared image on every call.
    uchar *bits = m_image.bits();
    const qsizetype stride = m_image.bytesPerLine();
    for (int y = top; y < bottom; ++y) {
        auto *line = reinterpret_cast<QRgb *>(bits + y * stride);
        std::fill(line + left, line + right, pixel);
    }
}

void TimelineBarStrip::paint(QPainter &painter) const
{
    painter.drawImage(QPointF(m_area.topLeft()), m_image);
}

} // namespace SyncLens
