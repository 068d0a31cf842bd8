#include "timelinelayout.h"

#include <algorithm>
#include <cmath>

namespace SyncLens {

void TimelineLayout::setSize(qreal width, qreal height)
{
    m_width = width;
    m_height = height;
    setVerticalOffset(m_offset);
}

void TimelineLayout::setTextMetrics(qreal lineHeight, qreal labelWidth)
{
    m_lineHeight = lineHeight;
    m_labelWidth = std::round(labelWidth); // columns and bars start on whole pixels
}

void TimelineLayout::setVerticalOffset(qreal offset)
{
    m_offset = std::clamp(offset, qreal(0), maxVerticalOffset());
}

qreal TimelineLayout::laneHeight() const
{
    // Room for a mark and a little air; a lane label fits in it too.
    return std::round(std::max({qreal(18), m_lineHeight * 1.3, m_minimumLane}));
}

qreal TimelineLayout::maxVerticalOffset() const
{
    return std::max<qreal>(0, contentHeight() - viewportHeight());
}

QRectF TimelineLayout::axisRect() const
{
    // A line of labels under ticks six pixels long.
    return QRectF(m_labelWidth, 0, m_width - m_labelWidth - m_scrollBarWidth,
                  std::round(m_lineHeight + 10));
}

QRectF TimelineLayout::legendRect() const
{
    return QRectF(0, m_height - m_legendHeight, m_width, m_legendHeight);
}

qreal TimelineLayout::viewportHeight() const
{
    return std::max<qreal>(0, m_height - axisRect().height() - m_legendHeight);
}

QRectF TimelineLayout::plotRect() const
{
    const QRectF axis = axisRect();
    return QRectF(axis.left(), axis.bottom(), axis.width(), viewportHeight());
}

QRectF TimelineLayout::labelColumn() const
{
    const QRectF plot = plotRect();
    return QRectF(0, plot.top(), m_labelWidth, plot.height());
}

qreal TimelineLayout::rowTop(int row) const
{
    const int mailbox = row / 2;
    return plotRect().top() - m_offset + mailbox * mailboxHeight() + mailboxGap() / 2 +
           (row % 2) * laneHeight();
}

QRectF TimelineLayout::rowRect(int row) const
{
    const QRectF plot = plotRect();
    return QRectF(plot.left(), rowTop(row), plot.width(), laneHeight());
}

QRectF TimelineLayout::mailboxLabelRect(int mailbox) const
{
    return QRectF(0, rowTop(mailbox * 2), m_labelWidth, 2 * laneHeight());
}

int TimelineLayout::rowAt(qreal y) const
{
    const QRectF plot = plotRect();
    if (y < plot.top() || y >= plot.bottom())
        return -1;
    const qreal inContent = y - plot.top() + m_offset;
    const int mailbox = int(std::floor(inContent / mailboxHeight()));
    if (mailbox < 0 || mailbox >= m_mailboxes)
        return -1;
    const qreal inMailbox = inContent - mailbox * mailboxHeight() - mailboxGap() / 2;
    if (inMailbox < 0 || inMailbox >= 2 * laneHeight())
        return -1;
    return mailbox * 2 + int(inMailbox / laneHeight());
}

std::pair<int, int> TimelineLayout::visibleRows() const
{
    if (m_mailboxes == 0 || viewportHeight() <= 0)
        return {0, 0};
    const int first = int(std::floor(m_offset / mailboxHeight()));
    const int last = int(std::ceil((m_offset + viewportHeight()) / mailboxHeight()));
    return {std::clamp(first, 0, m_mailboxes) * 2, std::clamp(last, 0, m_mailboxes) * 2};
}

} // namespace SyncLens
