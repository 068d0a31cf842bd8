#pragma once

#include "timelinegeometry.h"
#include "timelinemarkstyle.h"

#include <QFont>
#include <QPalette>
#include <QStaticText>

#include <map>

class QPainter;

namespace SyncLens {

// Paints the rows of the timeline and the mailbox labels beside them. Rows
// that show their marks one by one draw each mark's sprite and the links
// between an item's two copies; the others draw, per column, a bar stacked by
// kind whose height grows with the log of the count, so one mark among
// thousands still shows. Only visible rows are touched.
class TimelinePainter
{
public:
    struct State
    {
        const TimelineData &data;
        const TimelineGeometry &geometry;
        const TimelineLayout &layout;
        const TimelineMarkStyle &style;
        QPalette palette;
        QFont font;
        QFont smallFont; // lane names, pile sizes
        qsizetype selected = -1;
        TimelineHit hover;
    };

    explicit TimelinePainter(const State &state);

    // The lanes' backgrounds, then (after the grid) what is on them.
    void paintBackground(QPainter &painter) const;
    void paintContent(QPainter &painter) const;
    void paintLabels(QPainter &painter) const;
    // Whether any visible row shows aggregates (the legend explains them).
    bool anyAggregated() const;

private:
    void paintMarks(QPainter &painter, int row) const;
    void paintLinks(QPainter &painter, int row) const;
    void paintPileSize(QPainter &painter, int row, qreal x, qsizetype size, qreal nextX) const;
    struct BarSpan
    {
        int column = 0;
        int left = 0;
        int right = 0;
    };
    std::vector<BarSpan> barSpans(const std::vector<TimelineMarkCounts> &columns) const;
    void paintBars(QPainter &painter, int row, const std::vector<TimelineMarkCounts> &columns,
                   double logMax) const;
    void paintSelection(QPainter &painter) const;
    void paintHover(QPainter &painter) const;

    State m_s;
    mutable std::map<qsizetype, QStaticText> m_pileTexts;
    int m_firstRow = 0;
    int m_lastRow = 0;
};

} // namespace SyncLens
