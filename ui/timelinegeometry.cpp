#include "timelinegeometry.h"

#include <cmath>
#include <numeric>

namespace SyncLens {

qsizetype TimelineHit::total() const
{
    return std::accumulate(counts.begin(), counts.end(), qsizetype(0));
}

TimelineGeometry::TimelineGeometry(const TimelineData &data, const TimelineScale &scale,
                                   const TimelineLayout &layout, qreal markSize)
    : m_data(data)
    , m_scale(scale)
    , m_layout(layout)
    , m_markSize(markSize)
{}

qint64 TimelineGeometry::viewFrom() const
{
    return qint64(std::floor(m_scale.start()));
}

int TimelineGeometry::columnCount() const
{
    return std::max(1, int(std::ceil(m_layout.plotRect().width() / ColumnWidth)));
}

qint64 TimelineGeometry::columnStart(int column) const
{
    // Whole milliseconds per column count, so that a column's range is what
    // TimelineData::columnCounts() counts, exactly.
    const int n = columnCount();
    const qint64 to = viewFrom() + std::llround(n * ColumnWidth * m_scale.msPerPixel());
    return TimelineData::columnStart(viewFrom(), std::max(to, viewFrom() + 1), n, column);
}

int TimelineGeometry::columnAt(qreal x) const
{
    const qreal inPlot = x - m_layout.plotRect().left();
    if (inPlot < 0 || inPlot >= m_layout.plotRect().width())
        return -1;
    return int(inPlot / ColumnWidth);
}

qreal TimelineGeometry::columnLeft(int column) const
{
    return m_layout.plotRect().left() + column * ColumnWidth;
}

std::vector<TimelineMarkCounts> TimelineGeometry::columnCounts(int row) const
{
    std::vector<TimelineMarkCounts> counts(static_cast<size_t>(columnCount()));
    m_data.columnCounts(row, columnStart(0), columnStart(columnCount()), counts);
    return counts;
}

std::pair<qsizetype, qsizetype> TimelineGeometry::visibleEvents(int row) const
{
    // Marks whose middle is just outside still show half: count them in.
    const qreal half = m_markSize / 2;
    const auto from = qint64(std::floor(m_scale.timeAt(-half)));
    const auto to = qint64(std::ceil(m_scale.timeAt(m_layout.plotRect().width() + half))) + 1;
    return m_data.eventsIn(row, from, to);
}

qsizetype TimelineGeometry::markLimit() const
{
    // Two marks per mark width on average: beyond that, shapes pile up into
    // a blur and the aggregates say more.
    return std::max<qsizetype>(1, qsizetype(m_layout.plotRect().width() / (m_markSize / 2)));
}

bool TimelineGeometry::showsMarks(int row) const
{
    const auto [first, last] = visibleEvents(row);
    return last - first <= markLimit();
}

QPointF TimelineGeometry::markCentre(qsizetype event) const
{
    const TimelineEvent &e = m_data.event(event);
    return {m_layout.plotRect().left() + m_scale.xOf(double(e.time)),
            m_layout.rowCentre(TimelineData::rowOf(e))};
}

TimelineHit TimelineGeometry::hitTest(QPointF pos) const
{
    const int row = m_layout.rowAt(pos.y());
    if (row < 0 || row >= m_data.rowCount() || columnAt(pos.x()) < 0)
        return {};
    return showsMarks(row) ? hitMark(row, pos) : hitColumn(row, pos);
}

TimelineHit TimelineGeometry::hitMark(int row, QPointF pos) const
{
    const qreal x = pos.x() - m_layout.plotRect().left();
    const qreal reach = m_markSize / 2 + 2; // a little slack around the shape
    const auto from = qint64(std::floor(m_scale.timeAt(x - reach)));
    const auto to = qint64(std::ceil(m_scale.timeAt(x + reach))) + 1;
    const auto [first, last] = m_data.eventsIn(row, from, to);
    qsizetype best = -1;
    qreal bestDistance = reach;
    for (qsizetype i = first; i < last; ++i) {
        const qreal distance = std::abs(m_scale.xOf(double(m_data.event(i).time)) - x);
        if (distance <= bestDistance) { // ties go to the later mark: it is drawn on top
            best = i;
            bestDistance = distance;
        }
    }
    if (best < 0)
        return {};
    // The pile: every mark drawn at the same pixel as the one found.
    const qreal bestX = m_scale.xOf(double(m_data.event(best).time));
    TimelineHit hit{TimelineHit::Kind::Mark, row, best, -1};
    hit.from = qint64(std::floor(m_scale.timeAt(bestX - 0.5)));
    hit.to = qint64(std::floor(m_scale.timeAt(bestX + 0.5))) + 1;
    hit.from = std::min(hit.from, m_data.event(best).time);
    hit.counts = m_data.countsIn(row, hit.from, hit.to);
    return hit;
}

TimelineHit TimelineGeometry::hitColumn(int row, QPointF pos) const
{
    // Columns are two pixels wide: the nearest one with something in it
    // within two columns counts, so a pointer need not be pixel-exact.
    const int column = columnAt(pos.x());
    for (int delta : {0, -1, 1, -2, 2}) {
        const int c = column + delta;
        if (c < 0 || c >= columnCount())
            continue;
        const qint64 from = columnStart(c), to = columnStart(c + 1);
        const auto [first, last] = m_data.eventsIn(row, from, to);
        if (first == last)
            continue;
        TimelineHit hit{TimelineHit::Kind::Aggregate, row, first, c, from, to};
        hit.counts = m_data.countsBetween(first, last);
        return hit;
    }
    return {};
}

} // namespace SyncLens
