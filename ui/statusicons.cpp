#include "statusicons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <cmath>

namespace SyncLens {

namespace {

enum class Shape
{
    Tick,
    Cross,
    Hollow,
    Dash,
    Octagon,
    Exclamation,
    Info
};

// Severity shapes: filled, with a glyph of their own, so that the shape
// alone tells them apart.
void paintSeverity(QPainter &p, Shape shape, int size)
{
    const qreal s = size;
    p.setPen(Qt::NoPen);
    if (shape == Shape::Octagon) {
        QPolygonF octagon;
        for (int i = 0; i < 8; ++i) {
            const qreal a = (22.5 + 45.0 * i) * M_PI / 180.0;
            octagon << QPointF(s / 2 + (s / 2 - 1) * std::cos(a),
                               s / 2 + (s / 2 - 1) * std::sin(a));
        }
        p.setBrush(QColor(0xb0, 0x1e, 0x1e)); // deep red
        p.drawPolygon(octagon);
        p.setPen(QPen(Qt::white, s / 8.0, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(s * 0.34, s * 0.34), QPointF(s * 0.66, s * 0.66));
        p.drawLine(QPointF(s * 0.66, s * 0.34), QPointF(s * 0.34, s * 0.66));
    } else if (shape == Shape::Exclamation) {
        QPainterPath triangle;
        triangle.moveTo(s / 2.0, 1);
        triangle.lineTo(s - 1, s - 2);
        triangle.lineTo(1, s - 2);
        triangle.closeSubpath();
        p.setBrush(QColor(0xe8, 0xa3, 0x17)); // amber: black reads on it
        p.drawPath(triangle);
        p.setPen(QPen(Qt::black, s / 9.0, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(s / 2, s * 0.38), QPointF(s / 2, s * 0.64));
        p.drawPoint(QPointF(s / 2, s * 0.78));
    } else {
        p.setBrush(QColor(0x1f, 0x5f, 0xa8)); // blue
        p.drawEllipse(QRectF(1.5, 1.5, s - 3, s - 3));
        p.setPen(QPen(Qt::white, s / 8.0, Qt::SolidLine, Qt::RoundCap));
        p.drawPoint(QPointF(s / 2, s * 0.3));
        p.drawLine(QPointF(s / 2, s * 0.46), QPointF(s / 2, s * 0.72));
    }
}

QPixmap paint(Shape shape, int size, qreal ratio)
{
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF box(1.5, 1.5, size - 3, size - 3);
    switch (shape) {
    case Shape::Tick:
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x1b, 0x7f, 0x3b)); // green, dark enough on white and grey
        p.drawEllipse(box);
        p.setPen(QPen(Qt::white, size / 8.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawPolyline(QPolygonF{
            {size * 0.28, size * 0.52}, {size * 0.44, size * 0.68}, {size * 0.72, size * 0.34}});
        break;
    case Shape::Cross: {
        QPainterPath triangle;
        triangle.moveTo(size / 2.0, 1);
        triangle.lineTo(size - 1, size - 2);
        triangle.lineTo(1, size - 2);
        triangle.closeSubpath();
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xc0, 0x39, 0x2b)); // red-orange
        p.drawPath(triangle);
        p.setPen(QPen(Qt::white, size / 9.0, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(size * 0.38, size * 0.45), QPointF(size * 0.62, size * 0.75));
        p.drawLine(QPointF(size * 0.62, size * 0.45), QPointF(size * 0.38, size * 0.75));
        break;
    }
    case Shape::Hollow:
        p.setPen(QPen(QColor(0x80, 0x80, 0x80), size / 9.0));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(box.adjusted(1, 1, -1, -1));
        break;
    case Shape::Dash:
        p.setPen(QPen(QColor(0x80, 0x80, 0x80), size / 7.0, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(size * 0.25, size / 2.0), QPointF(size * 0.75, size / 2.0));
        break;
    case Shape::Octagon:
    case Shape::Exclamation:
    case Shape::Info:
        paintSeverity(p, shape, size);
        break;
    }
    return pixmap;
}

QIcon makeIcon(Shape shape)
{
    QIcon icon;
    for (int size : {16, 24, 32})
        for (qreal ratio : {1.0, 2.0})
            icon.addPixmap(paint(shape, size, ratio));
    return icon;
}

} // namespace

QIcon StatusIcons::forStatus(ChannelMode mode, ChannelStatus status)
{
    static const QIcon tick = makeIcon(Shape::Tick);
    static const QIcon cross = makeIcon(Shape::Cross);
    static const QIcon hollow = makeIcon(Shape::Hollow);
    static const QIcon dash = makeIcon(Shape::Dash);
    if (mode == ChannelMode::None)
        return dash;
    switch (status) {
    case ChannelStatus::Success:
        return tick;
    case ChannelStatus::Failure:
        return cross;
    case ChannelStatus::NotRun:
        return hollow;
    }
    return hollow;
}

QIcon StatusIcons::forSeverity(AlertSeverity severity)
{
    static const QIcon error = makeIcon(Shape::Octagon);
    static const QIcon warning = makeIcon(Shape::Exclamation);
    static const QIcon information = makeIcon(Shape::Info);
    switch (severity) {
    case AlertSeverity::Error:
        return error;
    case AlertSeverity::Warning:
        return warning;
    case AlertSeverity::Information:
        return information;
    }
    return information;
}

} // namespace SyncLens
