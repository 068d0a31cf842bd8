#include "timelineaxis.h"

#include <QFontMetricsF>
#include <QPainter>

namespace SyncLens {

namespace {

constexpr qreal kTickLength = 6;
constexpr qreal kLabelGap = 16; // between one label and the next tick's

} // namespace

TimelineAxis::TimelineAxis(const TimelineTicks &ticks, const TimelineScale &scale,
                           const TimelineLayout &layout, const QFont &font, const QString &zone,
                           bool hasTime)
    : m_ticks(ticks)
    , m_scale(scale)
    , m_layout(layout)
    , m_font(font)
    , m_bold(font)
    , m_zone(zone)
    , m_hasTime(hasTime)
{
    m_bold.setBold(true);
    m_step = TimelineTicks::stepFor(scale.msPerPixel(), 40);
    if (!m_hasTime)
        return;
    // A step's labels must fit between its ticks; coarser steps have other
    // labels, so measure again until the step stops changing.
    const QFontMetricsF metrics(m_bold);
    for (int i = 0; i < 6; ++i) {
        const qreal needed = metrics.horizontalAdvance(m_ticks.sampleLabel(m_step)) + kLabelGap;
        const TimelineTicks::Step next = TimelineTicks::stepFor(scale.msPerPixel(), needed);
        if (next.approxMs() <= m_step.approxMs())
            break;
        m_step = next;
    }
    m_list = m_ticks.ticks(scale.start(), scale.end(), m_step);
}

qreal TimelineAxis::xOf(qint64 time) const
{
    return m_layout.plotRect().left() + m_scale.xOf(double(time));
}

void TimelineAxis::paintGrid(QPainter &painter, const QPalette &palette) const
{
    const QRectF plot = m_layout.plotRect();
    QColor minor = palette.color(QPalette::Mid);
    minor.setAlpha(50);
    QColor major = palette.color(QPalette::Mid);
    major.setAlpha(130);
    for (const TimelineTicks::Tick &tick : m_list) {
        QPen pen(tick.major ? major : minor, 0); // cosmetic: one device pixel at any scale
        painter.setPen(pen);
        const qreal x = xOf(tick.time);
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    }
}

void TimelineAxis::paintAxis(QPainter &painter, const QPalette &palette) const
{
    const QRectF axis = m_layout.axisRect();
    painter.fillRect(QRectF(0, 0, m_layout.width(), axis.bottom()),
                     palette.color(QPalette::Window));
    painter.setPen(QPen(palette.color(QPalette::Mid), 0));
    painter.drawLine(QPointF(0, axis.bottom() - 0.5),
                     QPointF(m_layout.width(), axis.bottom() - 0.5));

    painter.save();
    painter.setClipRect(axis);
    qreal previousRight = axis.left();
    for (const TimelineTicks::Tick &tick : m_list) {
        const qreal x = xOf(tick.time);
        painter.setPen(QPen(palette.color(QPalette::WindowText), 0));
        painter.drawLine(QPointF(x, axis.bottom() - (tick.major ? kTickLength * 1.6 : kTickLength)),
                         QPointF(x, axis.bottom()));
        const QFont &font = tick.major ? m_bold : m_font;
        const qreal width = QFontMetricsF(font).horizontalAdvance(tick.label);
        // Right of the tick; at the right edge, left of it (a cut label reads
        // wrong), unless that runs into the label before.
        qreal left = x + 3;
        if (left + width > axis.right())
            left = x - 3 - width;
        if (left < previousRight + 8)
            continue;
        previousRight = left + width;
        painter.setFont(font);
        const QRectF text(left, axis.top() + 2, width + 2, axis.height() - kTickLength - 2);
        painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter, tick.label);
    }
    painter.restore();

    // The corner: which day, month or year the view starts in.
    const QRectF corner = cornerRect();
    painter.setFont(m_bold);
    painter.setPen(palette.color(QPalette::WindowText));
    painter.drawText(
        corner, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetricsF(m_bold).elidedText(cornerLabel(), Qt::ElideRight, corner.width()));
}

QRectF TimelineAxis::cornerRect() const
{
    const QRectF axis = m_layout.axisRect();
    return {6, axis.top() + 2, axis.left() - 12, axis.height() - kTickLength - 2};
}

// The date, then the zone the axis speaks; the short date when the long one
// leaves no room for the zone, the date alone when even that does not fit.
QString TimelineAxis::cornerLabel() const
{
    if (!m_hasTime)
        return {};
    const QFontMetricsF metrics(m_bold);
    const qreal room = cornerRect().width();
    const QString date = m_ticks.contextLabel(m_scale.start(), m_step);
    const QString compact = m_ticks.contextLabel(m_scale.start(), m_step, true); // "3/2/26"
    const QString separator =
        date.isEmpty() || m_zone.isEmpty() ? QString() : QStringLiteral(" · ");
    for (const QString &label : {date + separator + m_zone, compact + separator + m_zone})
        if (metrics.horizontalAdvance(label) <= room)
            return label;
    return metrics.horizontalAdvance(date) <= room ? date : compact;
}

} // namespace SyncLens
