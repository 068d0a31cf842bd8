#include "timelinepainter.h"

#include "timelinebarstrip.h"

#include <QFontMetricsF>
#include <QPainter>

#include <QLocale>

#include <cmath>

namespace SyncLens {

namespace {

constexpr int kBarPadding = 2; // above and below the bars of a lane

quint32 totalOf(const TimelineMarkCounts &counts)
{
    quint32 total = 0;
    for (quint32 n : counts)
        total += n;
    return total;
}

} // namespace

TimelinePainter::TimelinePainter(const State &state)
    : m_s(state)
{
    std::tie(m_firstRow, m_lastRow) = m_s.layout.visibleRows();
    m_lastRow = std::min(m_lastRow, m_s.data.rowCount());
}

bool TimelinePainter::anyAggregated() const
{
    for (int row = m_firstRow; row < m_lastRow; ++row)
        if (!m_s.geometry.showsMarks(row))
            return true;
    return false;
}

void TimelinePainter::paintContent(QPainter &painter) const
{
    painter.save();
    painter.setClipRect(m_s.layout.plotRect());

    // Bars of all visible rows share one scale, so heights compare across
    // mailboxes: count first, then draw.
    std::vector<std::vector<TimelineMarkCounts>> columns(size_t(m_lastRow - m_firstRow));
    quint32 max = 1;
    for (int row = m_firstRow; row < m_lastRow; ++row) {
        if (m_s.geometry.showsMarks(row))
            continue;
        auto &counts = columns[size_t(row - m_firstRow)];
        counts = m_s.geometry.columnCounts(row);
        for (const TimelineMarkCounts &c : counts)
            max = std::max(max, totalOf(c));
    }
    const double logMax = std::log1p(double(max));
    for (int row = m_firstRow; row < m_lastRow; ++row) {
        if (m_s.geometry.showsMarks(row)) {
            paintLinks(painter, row);
            paintMarks(painter, row);
        } else {
            paintBars(painter, row, columns[size_t(row - m_firstRow)], logMax);
        }
    }
    paintHover(painter);
    paintSelection(painter);
    painter.restore();
}

void TimelinePainter::paintBackground(QPainter &painter) const
{
    painter.save();
    painter.setClipRect(m_s.layout.plotRect());
    const QColor lane = m_s.palette.color(QPalette::Base);
    const QColor alternate = m_s.palette.color(QPalette::AlternateBase);
    QColor axisLine = m_s.palette.color(QPalette::Mid);
    axisLine.setAlpha(90);
    for (int row = m_firstRow; row < m_lastRow; ++row) {
        const QRectF r = m_s.layout.rowRect(row);
        // The CRM lane a shade apart, so the two sides of a mailbox read as two.
        painter.fillRect(r, TimelineData::laneOfRow(row) == TimelineLane::Crm ? alternate : lane);
        painter.setPen(QPen(axisLine, 0, Qt::DotLine));
        painter.drawLine(QPointF(r.left(), r.center().y()), QPointF(r.right(), r.center().y()));
        if (TimelineData::laneOfRow(row) == TimelineLane::Crm) { // below each mailbox
            painter.setPen(QPen(m_s.palette.color(QPalette::Mid), 0));
            const qreal y = r.bottom() + m_s.layout.mailboxGap() / 2;
            painter.drawLine(QPointF(r.left(), y), QPointF(r.right(), y));
        }
    }
    painter.restore();
}

void TimelinePainter::paintLinks(QPainter &painter, int row) const
{
    // Drawn once, from the Exchange lane, and only when the CRM lane shows
    // its marks one by one too.
    if (TimelineData::laneOfRow(row) != TimelineLane::Exchange || !m_s.geometry.showsMarks(row + 1))
        return;
    QColor color = m_s.palette.color(QPalette::Text);
    color.setAlpha(110);
    painter.setPen(QPen(color, 0));
    const auto [first, last] = m_s.geometry.visibleEvents(row);
    qreal previous = -1e9;
    for (qsizetype i = first; i < last; ++i) {
        const TimelineEvent &e = m_s.data.event(i);
        if (!e.hasPartner())
            continue;
        const QPointF from = m_s.geometry.markCentre(i);
        const QPointF to = m_s.geometry.markCentre(e.partner);
        if (std::abs(from.x() - previous) < 0.5 && from.x() == to.x())
            continue; // the same line again
        previous = from.x();
        painter.drawLine(from, to);
    }
}

void TimelinePainter::paintMarks(QPainter &painter, int row) const
{
    const auto [first, last] = m_s.geometry.visibleEvents(row);
    const qreal offset = m_s.style.markSize() / 2.0 + 1; // sprites have a pixel of margin
    // Marks at the same pixel pile up (a cycle decides many items at one
    // instant): the pile says how many it holds, where there is room.
    qreal pileX = 0;
    qsizetype pileSize = 0;
    for (qsizetype i = first; i < last; ++i) {
        const QPointF c = m_s.geometry.markCentre(i);
        if (pileSize > 0 && std::abs(c.x() - pileX) >= 0.5) {
            paintPileSize(painter, row, pileX, pileSize, c.x());
            pileSize = 0;
        }
        if (pileSize++ == 0)
            pileX = c.x();
        painter.drawPixmap(QPointF(c.x() - offset, c.y() - offset),
                           m_s.style.sprite(m_s.data.event(i).mark()));
    }
    if (pileSize > 0)
        paintPileSize(painter, row, pileX, pileSize, m_s.layout.plotRect().right() + 1000);
}

void TimelinePainter::paintPileSize(QPainter &painter, int row, qreal x, qsizetype size,
                                    qreal nextX) const
{
    if (size < 2)
        return;
    // Laid out once per size and paint: a zoomed-in view has hundreds of
    // piles, and laying out text is what a paint would spend its time on.
    auto found = m_pileTexts.find(size);
    if (found == m_pileTexts.end()) {
        QStaticText text(QLocale().toString(size));
        text.setTextFormat(Qt::PlainText);
        text.prepare(QTransform(), m_s.smallFont);
        found = m_pileTexts.emplace(size, std::move(text)).first;
    }
    const QStaticText &text = found->second;
    const qreal left = x + m_s.style.markSize() / 2.0 + 2;
    if (left + text.size().width() + 2 > nextX - m_s.style.markSize() / 2.0)
        return; // it would cover the next mark
    painter.setFont(m_s.smallFont);
    painter.setPen(m_s.palette.color(QPalette::Text));
    const QRectF lane = m_s.layout.rowRect(row);
    painter.drawStaticText(QPointF(left, lane.center().y() - text.size().height() / 2), text);
}

void TimelinePainter::paintBars(QPainter &painter, int row,
                                const std::vector<TimelineMarkCounts> &columns, double logMax) const
{
    // Whole pixels only, and written straight into a strip image (see
    // TimelineBarStrip): a million marks' worth of bars in a frame.
    const QRect lane = m_s.layout.rowRect(row).toRect();
    const int room = lane.height() - 2 * kBarPadding;
    TimelineBarStrip strip(lane, painter.device()->devicePixelRatioF());
    for (const BarSpan &span : barSpans(columns)) {
        const TimelineMarkCounts &counts = columns[size_t(span.column)];
        const quint32 total = totalOf(counts);
        // A third of the lane for one decision, all of it for the most in
        // view: a lone decision must show its colour.
        const double height = room * (0.35 + 0.65 * std::log1p(double(total)) / logMax);
        int bottom = lane.top() + lane.height() - kBarPadding;
        for (int k = 0; k < TimelineMarkCount; ++k) {
            const quint32 n = counts[size_t(k)];
            if (n == 0)
                continue;
            // At least a pixel for each kind present: a rare kind stays visible.
            const int h = std::max(1, qRound(height * n / total));
            strip.fill(QRect(span.left, bottom - h, span.right - span.left, h),
                       m_s.style.color(TimelineMark(k)));
            bottom -= h;
        }
    }
    strip.paint(painter);
}

// A bar is a column wide, but grows up to a mark's width into empty columns
// around it (half-way to the next bar at most): the few decisions of a quiet
// cycle read as a bar, not a hairline.
std::vector<TimelinePainter::BarSpan>
TimelinePainter::barSpans(const std::vector<TimelineMarkCounts> &columns) const
{
    std::vector<BarSpan> spans;
    for (int c = 0; c < int(columns.size()); ++c)
        if (totalOf(columns[size_t(c)]) > 0)
            spans.push_back({c, 0, 0});
    const int width = TimelineGeometry::ColumnWidth;
    const int grow = std::max(0, (m_s.style.markSize() - width) / 2);
    // Half of the empty pixels on each side, less a pixel: bars of
    // neighbouring cycles stay apart.
    const auto share = [&](int empty) { return std::max(0, empty * width / 2 - 1); };
    const int plotLeft = qRound(m_s.geometry.columnLeft(0));
    for (size_t i = 0; i < spans.size(); ++i) {
        const int left = plotLeft + spans[i].column * width;
        const int before = i == 0 ? grow : share(spans[i].column - spans[i - 1].column - 1);
        const int after =
            i + 1 == spans.size() ? grow : share(spans[i + 1].column - spans[i].column - 1);
        spans[i].left = left - std::min(grow, before);
        spans[i].right = left + width + std::min(grow, after);
    }
    return spans;
}

void TimelinePainter::paintHover(QPainter &painter) const
{
    const TimelineHit &hover = m_s.hover;
    if (hover.kind == TimelineHit::Kind::None || hover.row < m_firstRow || hover.row >= m_lastRow)
        return;
    QColor color = m_s.palette.color(QPalette::Highlight);
    if (hover.kind == TimelineHit::Kind::Aggregate) {
        color.setAlpha(60);
        const QRectF lane = m_s.layout.rowRect(hover.row);
        painter.fillRect(QRectF(m_s.geometry.columnLeft(hover.column) - 1, lane.top(),
                                TimelineGeometry::ColumnWidth + 2, lane.height()),
                         color);
        return;
    }
    painter.setPen(QPen(color, 1.5));
    painter.setBrush(Qt::NoBrush);
    const qreal r = m_s.style.markSize() * 0.8;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.drawEllipse(m_s.geometry.markCentre(hover.event), r, r);
}

void TimelinePainter::paintSelection(QPainter &painter) const
{
    if (m_s.selected < 0 || m_s.selected >= m_s.data.eventCount())
        return;
    // A ring in the highlight colour around the mark and its other copy.
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen(m_s.palette.color(QPalette::Highlight), 2.5);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    const qreal r = m_s.style.markSize() * 0.85;
    const TimelineEvent &e = m_s.data.event(m_s.selected);
    painter.drawEllipse(m_s.geometry.markCentre(m_s.selected), r, r);
    if (e.hasPartner()) {
        pen.setStyle(Qt::DotLine);
        painter.setPen(pen);
        painter.drawEllipse(m_s.geometry.markCentre(e.partner), r, r);
    }
}

void TimelinePainter::paintLabels(QPainter &painter) const
{
    const QRectF column = m_s.layout.labelColumn();
    painter.save();
    painter.setClipRect(column);
    painter.fillRect(column, m_s.palette.color(QPalette::Window));
    const QFont &small = m_s.smallFont;
    const QFontMetricsF metrics(m_s.font);
    const QFontMetricsF smallMetrics(small);
    const qreal laneWidth = std::max(
        smallMetrics.horizontalAdvance(TimelineMarkStyle::laneLabel(TimelineLane::Exchange)),
        smallMetrics.horizontalAdvance(TimelineMarkStyle::laneLabel(TimelineLane::Crm)));
    QColor separator = m_s.palette.color(QPalette::Mid);
    for (int row = m_firstRow; row < m_lastRow; row += 2) {
        const int mailbox = TimelineData::mailboxOfRow(row);
        const QRectF box = m_s.layout.mailboxLabelRect(mailbox);
        const QRectF name = box.adjusted(6, 0, -laneWidth - 12, 0);
        painter.setFont(m_s.font);
        painter.setPen(m_s.palette.color(QPalette::WindowText));
        painter.drawText(
            name, Qt::AlignLeft | Qt::AlignVCenter,
            metrics.elidedText(m_s.data.mailboxLabel(mailbox), Qt::ElideRight, name.width()));
        painter.setFont(small);
        painter.setPen(m_s.palette.color(QPalette::PlaceholderText));
        for (TimelineLane lane : {TimelineLane::Exchange, TimelineLane::Crm}) {
            const QRectF r = m_s.layout.rowRect(TimelineData::rowOf(mailbox, lane));
            painter.drawText(QRectF(box.right() - laneWidth - 6, r.top(), laneWidth, r.height()),
                             Qt::AlignRight | Qt::AlignVCenter, TimelineMarkStyle::laneLabel(lane));
        }
        painter.setPen(QPen(separator, 0));
        const qreal y = box.bottom() + m_s.layout.mailboxGap() / 2;
        painter.drawLine(QPointF(0, y), QPointF(m_s.layout.width(), y));
    }
    painter.restore();
}

} // namespace SyncLens
