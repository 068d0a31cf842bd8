#include "timelinelegend.h"

#include <QFontMetricsF>
#include <QPainter>

namespace SyncLens {

namespace {

constexpr qreal kPadding = 6;
constexpr qreal kSpacing = 14; // between entries

} // namespace

TimelineLegend::TimelineLegend(const TimelineMarkStyle &style, const QFont &font, qreal width)
    : m_style(style)
    , m_font(font)
{
    for (TimelineMark mark : allTimelineMarks())
        m_entries.append({int(mark), TimelineMarkStyle::markLabel(mark), {}});
    m_entries.append({-1, tr("Same item in Exchange and CRM"), {}});
    m_entries.append({-2, tr("Decisions per column (zoom in for each)"), {}});

    const QFontMetricsF metrics(font);
    const qreal line = std::max<qreal>(metrics.height(), style.markSize()) + 4;
    const qreal symbol = style.markSize() + 6;
    qreal x = kPadding, y = kPadding / 2;
    for (Entry &entry : m_entries) {
        const qreal w = symbol + metrics.horizontalAdvance(entry.text);
        if (x > kPadding && x + w > width - kPadding) { // wrap
            x = kPadding;
            y += line;
        }
        entry.rect = QRectF(x, y, w, line);
        x += w + kSpacing;
    }
    m_height = y + line + kPadding / 2;
}

void TimelineLegend::paint(QPainter &painter, const QRectF &rect, const QPalette &palette,
                           bool aggregated) const
{
    painter.fillRect(rect, palette.color(QPalette::Window));
    painter.setPen(QPen(palette.color(QPalette::Mid), 0));
    painter.drawLine(rect.topLeft() + QPointF(0, 0.5), rect.topRight() + QPointF(0, 0.5));
    painter.setFont(m_font);
    for (const Entry &entry : m_entries) {
        if (entry.mark == -2 && !aggregated)
            continue;
        const QRectF r = entry.rect.translated(rect.topLeft());
        const qreal symbol = m_style.markSize() + 6;
        paintSymbol(painter, entry, QPointF(r.left() + symbol / 2 - 1, r.center().y()), palette);
        painter.setPen(palette.color(QPalette::WindowText));
        painter.drawText(r.adjusted(symbol, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, entry.text);
    }
}

void TimelineLegend::paintSymbol(QPainter &painter, const Entry &entry, QPointF centre,
                                 const QPalette &palette) const
{
    const qreal half = m_style.markSize() / 2.0;
    if (entry.mark >= 0) {
        painter.drawPixmap(centre - QPointF(half + 1, half + 1),
                           m_style.sprite(TimelineMark(entry.mark)));
    } else if (entry.mark == -1) { // a link: two marks joined
        painter.setPen(QPen(palette.color(QPalette::WindowText), 0));
        painter.drawLine(centre - QPointF(0, half + 1), centre + QPointF(0, half + 1));
        painter.setBrush(palette.color(QPalette::WindowText));
        painter.drawEllipse(centre - QPointF(0, half), 1.5, 1.5);
        painter.drawEllipse(centre + QPointF(0, half), 1.5, 1.5);
    } else { // bars: three heights, stacked colours
        const qreal bottom = centre.y() + half;
        const qreal heights[] = {half, 2 * half, 1.3 * half};
        for (int i = 0; i < 3; ++i) {
            const QRectF bar(centre.x() - half + i * 3.5, bottom - heights[i], 2.5, heights[i]);
            painter.fillRect(bar, m_style.color(TimelineMark(i % 2)));
        }
    }
}

} // namespace SyncLens
