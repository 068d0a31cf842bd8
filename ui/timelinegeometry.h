#pragma once

#include "timeline/timelinedata.h"
#include "timeline/timelinescale.h"
#include "timelinelayout.h"

#include <QPointF>

#include <vector>

namespace SyncLens {

// What is under a point of the timeline.
struct TimelineHit
{
    enum class Kind
    {
        None,
        Mark,     // one mark (or a pile of marks at the same pixel)
        Aggregate // a column of a zoomed-out row
    };
    Kind kind = Kind::None;
    int row = -1;
    qsizetype event = -1; // the mark on top; for a column, its first mark
    int column = -1;      // for an aggregate: which column
    qint64 from = 0;      // the time range the hit stands for: [from, to)
    qint64 to = 0;
    TimelineMarkCounts counts{}; // how many marks of each kind it stands for
    qsizetype total() const;
};

// The level of detail and the hit-testing of the timeline: the view's maths
// on top of TimelineData, TimelineScale and TimelineLayout, shared by the
// painter and the widget and testable without a window.
//
// A row shows its marks one by one when few enough are visible to tell apart
// (markLimit()); otherwise it shows per-column aggregates, ColumnWidth pixels
// wide, counted from the data's checkpoints, so the cost of a paint follows
// the width of the widget and not the number of events.
class TimelineGeometry
{
public:
    static constexpr int ColumnWidth = 2;

    TimelineGeometry(const TimelineData &data, const TimelineScale &scale,
                     const TimelineLayout &layout, qreal markSize);

    // The events of `row` inside the visible time range, [first, last).
    std::pair<qsizetype, qsizetype> visibleEvents(int row) const;
    qsizetype markLimit() const;
    bool showsMarks(int row) const;

    // Columns cover the plot from its left edge: column c spans
    // [columnStart(c), columnStart(c + 1)) in time, ColumnWidth pixels.
    int columnCount() const;
    qint64 columnStart(int column) const;
    int columnAt(qreal x) const;
    qreal columnLeft(int column) const;
    std::vector<TimelineMarkCounts> columnCounts(int row) const;

    QPointF markCentre(qsizetype event) const;
    TimelineHit hitTest(QPointF pos) const;

private:
    TimelineHit hitMark(int row, QPointF pos) const;
    TimelineHit hitColumn(int row, QPointF pos) const;
    qint64 viewFrom() const;

    const TimelineData &m_data;
    const TimelineScale &m_scale;
    const TimelineLayout &m_layout;
    qreal m_markSize;
};

} // namespace SyncLens
