// TimelineWidget: the causes drawn as markers — hovering, clicking, and
// pointing at one from elsewhere (an answer of Explain).
#include "timelinecauselayer.h"
#include "timelinewidget.h"

namespace SyncLens {

QFont TimelineWidget::smallFont() const
{
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    return small;
}

TimelineCauseLayer TimelineWidget::causeLayer() const
{
    return TimelineCauseLayer(*m_data, m_scale, m_layout, smallFont());
}

qsizetype TimelineWidget::causeAt(QPointF pos) const
{
    return causeLayer().hitTest(pos);
}

QPointF TimelineWidget::causePosition(qsizetype cause) const
{
    return causeLayer().span(cause).center();
}

QString TimelineWidget::causeToolTip(qsizetype cause) const
{
    return TimelineCauseLayer::toolTip(m_data->causes()[size_t(cause)], m_ticks);
}

QString TimelineWidget::timeLabel(qint64 time) const
{
    return m_ticks.instantLabel(time);
}

void TimelineWidget::setFillsHeight(bool fills)
{
    m_fillsHeight = fills;
    updateLayout();
    update();
}

void TimelineWidget::highlightCause(qsizetype cause)
{
    m_highlightedCause = cause;
    update();
}

// Zooms to the hours around the cause, its mailbox scrolled into view.
bool TimelineWidget::showCause(qsizetype cause)
{
    if (cause < 0 || cause >= qsizetype(m_data->causes().size()))
        return false;
    const TimelineCause &c = m_data->causes()[size_t(cause)];
    constexpr qint64 hours = 3 * 3600 * 1000;
    m_scale.setVisible(double(c.time - hours), double(c.time + hours));
    if (!c.spansAll()) {
        const QRectF plot = m_layout.plotRect();
        const QRectF lanes =
            m_layout.rowRect(TimelineData::rowOf(c.mailbox, TimelineLane::Exchange));
        if (lanes.top() < plot.top() || lanes.bottom() + m_layout.laneHeight() > plot.bottom())
            setVerticalOffset(m_layout.verticalOffset() + lanes.top() - plot.top() - 4);
    }
    highlightCause(cause);
    viewChanged();
    return true;
}

bool TimelineWidget::activateCauseAt(QPointF pos)
{
    const qsizetype cause = causeAt(pos);
    if (cause < 0)
        return false;
    highlightCause(cause);
    Q_EMIT causeActivated(cause);
    return true;
}

} // namespace SyncLens
