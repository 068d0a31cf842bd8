#include "statusicons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace SyncLens {

namespace {

enum class Shape
{
    Tick,
    Cross,
    Hollow,
    Dash
};

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

} // namespace SyncLens
