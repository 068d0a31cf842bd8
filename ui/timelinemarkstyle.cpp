#include "timelinemarkstyle.h"

#include <QPainter>
#include <QPainterPath>

namespace SyncLens {

namespace {

// Okabe & Ito, "Color Universal Design" (2008), one colour per kind.
constexpr std::array<QRgb, TimelineMarkCount> kColors{
    0x009e73, // Tracked: bluish green
    0xe69f00, // NotTracked: orange
    0x56b4e9, // OutOfScope: sky blue
    0xcc79a7, // LeftScope: reddish purple
    0xf0e442, // Overwritten: yellow
    0xd55e00, // Deleted: vermillion
    0x999999, // Updated: grey, neutral
    0x0072b2, // Health: blue
    0x000000, // BackInScope: black (the palette's eighth), lightened in dark mode
    0xd55e00, // DeleteKept: vermillion as Deleted, but hollow
};

QPainterPath polygon(std::initializer_list<QPointF> points)
{
    QPainterPath path;
    path.addPolygon(QPolygonF(points));
    path.closeSubpath();
    return path;
}

QPainterPath outlineOf(TimelineMarkStyle::Shape shape, QPointF c, qreal r)
{
    using S = TimelineMarkStyle::Shape;
    QPainterPath path;
    switch (shape) {
    case S::Circle:
    case S::Ring:
        path.addEllipse(c, r, r);
        break;
    case S::Hexagon:
        path = polygon({{c.x() - r, c.y()},
                        {c.x() - r / 2, c.y() - r * 0.87},
                        {c.x() + r / 2, c.y() - r * 0.87},
                        {c.x() + r, c.y()},
                        {c.x() + r / 2, c.y() + r * 0.87},
                        {c.x() - r / 2, c.y() + r * 0.87}});
        break;
    case S::Square:
    case S::HollowSquare:
        path.addRect(QRectF(c.x() - r * 0.85, c.y() - r * 0.85, r * 1.7, r * 1.7));
        break;
    case S::Diamond:
        path = polygon(
            {{c.x(), c.y() - r}, {c.x() + r, c.y()}, {c.x(), c.y() + r}, {c.x() - r, c.y()}});
        break;
    case S::TriangleDown:
        path = polygon(
            {{c.x() - r, c.y() - r * 0.8}, {c.x() + r, c.y() - r * 0.8}, {c.x(), c.y() + r}});
        break;
    case S::TriangleUp:
        path = polygon(
            {{c.x(), c.y() - r}, {c.x() + r, c.y() + r * 0.8}, {c.x() - r, c.y() + r * 0.8}});
        break;
    case S::Cross:
    case S::Plus: {
        // A thick + as one twelve-cornered outline (turned by 45° for the X),
        // so it fills and rims like the other shapes.
        const qreal w = r * 0.36;
        QPolygonF plus{{-w, -r}, {w, -r}, {w, -w}, {r, -w}, {r, w},   {w, w},
                       {w, r},   {-w, r}, {-w, w}, {-r, w}, {-r, -w}, {-w, -w}};
        QTransform t;
        t.translate(c.x(), c.y());
        if (shape == S::Cross)
            t.rotate(45);
        path.addPolygon(t.map(plus));
        path.closeSubpath();
        break;
    }
    }
    return path;
}

} // namespace

TimelineMarkStyle::TimelineMarkStyle(const QPalette &palette, int markSize, qreal ratio)
    : m_dark(palette.color(QPalette::Window).lightness() < 128)
    , m_markSize(markSize)
{
    for (int i = 0; i < TimelineMarkCount; ++i) {
        QColor color = QColor::fromRgb(kColors[size_t(i)]);
        // The dark blue and the vermillion need more light on a dark background,
        // black (which lighter() cannot lighten) a light grey.
        if (m_dark && color.lightness() < 110)
            color = color.lightness() < 20 ? QColor(0xbbbbbb) : color.lighter(150);
        m_colors[size_t(i)] = color;

        QPixmap sprite(QSize(markSize + 2, markSize + 2) * ratio);
        sprite.setDevicePixelRatio(ratio);
        sprite.fill(Qt::transparent);
        QPainter p(&sprite);
        p.setRenderHint(QPainter::Antialiasing);
        const qreal half = (markSize + 2) / 2.0;
        paintMark(p, shape(TimelineMark(i)), QPointF(half, half), markSize, color,
                  outlineFor(color));
        m_sprites[size_t(i)] = sprite;
    }
}

QColor TimelineMarkStyle::outlineFor(const QColor &fill) const
{
    // A rim darker than the fill on light backgrounds (the yellow needs it on
    // white) and lighter on dark ones.
    return m_dark ? fill.lighter(160) : fill.darker(190);
}

TimelineMarkStyle::Shape TimelineMarkStyle::shape(TimelineMark mark)
{
    switch (mark) {
    case TimelineMark::Tracked:
        return Shape::Circle;
    case TimelineMark::NotTracked:
        return Shape::Square;
    case TimelineMark::OutOfScope:
        return Shape::Diamond;
    case TimelineMark::LeftScope:
        return Shape::TriangleDown;
    case TimelineMark::Overwritten:
        return Shape::TriangleUp;
    case TimelineMark::Deleted:
        return Shape::Cross;
    case TimelineMark::Updated:
        return Shape::Ring;
    case TimelineMark::Health:
        return Shape::Plus;
    case TimelineMark::BackInScope:
        return Shape::Hexagon;
    case TimelineMark::DeleteKept:
        return Shape::HollowSquare;
    }
    return Shape::Circle;
}

void TimelineMarkStyle::paintMark(QPainter &painter, Shape shape, QPointF centre, qreal size,
                                  const QColor &fill, const QColor &outline)
{
    const qreal r = size / 2.0;
    painter.save();
    if (shape == Shape::Ring) { // hollow: the neutral kind stays quiet
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(fill, std::max(1.5, size / 5.0)));
        painter.drawEllipse(centre, r * 0.8, r * 0.8);
    } else if (shape == Shape::HollowSquare) { // a frame: one copy is still there
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(fill, std::max(1.5, size / 5.0)));
        painter.drawRect(QRectF(centre.x() - r * 0.75, centre.y() - r * 0.75, r * 1.5, r * 1.5));
    } else {
        QPen pen(outline, 1);
        pen.setCosmetic(true);
        painter.setPen(pen);
        painter.setBrush(fill);
        painter.drawPath(outlineOf(shape, centre, r));
    }
    painter.restore();
}

QString TimelineMarkStyle::markLabel(TimelineMark mark)
{
    switch (mark) {
    case TimelineMark::Tracked:
        return tr("Tracked");
    case TimelineMark::NotTracked:
        return tr("Not tracked");
    case TimelineMark::OutOfScope:
        return tr("Out of scope");
    case TimelineMark::LeftScope:
        return tr("Left scope");
    case TimelineMark::Overwritten:
        //: An Outlook (Exchange) edit replaced a value changed in CRM.
        return tr("Overwritten by Outlook");
    case TimelineMark::Deleted:
        return tr("Deleted");
    case TimelineMark::Updated:
        return tr("Updated");
    case TimelineMark::Health:
        //: Mailbox health: not approved, failing, disabled, recovered.
        return tr("Mailbox health");
    case TimelineMark::BackInScope:
        //: A record in the sync filters again; its Outlook copy caught up.
        return tr("Back in scope");
    case TimelineMark::DeleteKept:
        //: Deleted on one side; the other copy stays, no longer linked.
        return tr("Deleted, copy kept");
    }
    return {};
}

QString TimelineMarkStyle::laneLabel(TimelineLane lane)
{
    return lane == TimelineLane::Exchange ? tr("Exchange") : tr("CRM");
}

} // namespace SyncLens
