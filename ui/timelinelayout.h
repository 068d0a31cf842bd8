#pragma once

#include <QRectF>

#include <algorithm>
#include <cmath>

#include <utility>

namespace SyncLens {

// Where the parts of the timeline go inside the widget, in device-independent
// pixels: the time axis on top, the legend at the bottom, the mailbox labels
// on the left, and between them the plot, where each mailbox has an Exchange
// lane above a CRM lane. Rows scroll vertically when they do not all fit.
// A value type, so hit-testing and painting can be checked without a window.
class TimelineLayout
{
public:
    void setSize(qreal width, qreal height);
    // From the font: a line of text, and the widest label of the left column.
    void setTextMetrics(qreal lineHeight, qreal labelWidth);
    void setLegendHeight(qreal height) { m_legendHeight = height; }
    void setScrollBarWidth(qreal width) { m_scrollBarWidth = width; }
    void setMailboxCount(int count) { m_mailboxes = count; }
    // Lanes at least this tall (0: as the font asks), so that a few
    // mailboxes can fill the plot.
    void setMinimumLaneHeight(qreal height) { m_minimumLane = height; }
    // How far the rows are scrolled up, clamped to what there is to show.
    void setVerticalOffset(qreal offset);

    qreal width() const { return m_width; }
    qreal height() const { return m_height; }
    qreal lineHeight() const { return m_lineHeight; }
    qreal laneHeight() const;
    qreal mailboxHeight() const { return 2 * laneHeight() + mailboxGap(); }
    qreal mailboxGap() const { return std::round(std::max<qreal>(4, m_lineHeight / 3)); }
    qreal verticalOffset() const { return m_offset; }
    qreal contentHeight() const { return m_mailboxes * mailboxHeight(); }
    qreal maxVerticalOffset() const;
    bool needsScrollBar() const { return contentHeight() > viewportHeight(); }

    QRectF axisRect() const;
    QRectF labelColumn() const; // beside the plot, as tall as it
    QRectF plotRect() const;
    QRectF legendRect() const;
    qreal viewportHeight() const;

    // Row r = mailbox × 2 + lane (TimelineData::rowOf).
    qreal rowTop(int row) const;
    qreal rowCentre(int row) const { return rowTop(row) + laneHeight() / 2; }
    QRectF rowRect(int row) const; // across the plot
    QRectF mailboxLabelRect(int mailbox) const;
    // The row under `y`, or -1 (outside the plot or in a gap).
    int rowAt(qreal y) const;
    // The rows at least partly inside the plot: [first, last).
    std::pair<int, int> visibleRows() const;

private:
    qreal m_width = 800;
    qreal m_height = 400;
    qreal m_lineHeight = 16;
    qreal m_labelWidth = 120;
    qreal m_legendHeight = 24;
    qreal m_scrollBarWidth = 0;
    qreal m_offset = 0;
    int m_mailboxes = 0;
    qreal m_minimumLane = 0;
};

} // namespace SyncLens
