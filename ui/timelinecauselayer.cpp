#include "timelinecauselayer.h"

#include <QFontMetricsF>
#include <QPainter>

#include <limits>

namespace SyncLens {

using Kind = TimelineCause::Kind;

TimelineCauseLayer::TimelineCauseLayer(const TimelineData &data, const TimelineScale &scale,
                                       const TimelineLayout &layout, const QFont &font)
    : m_data(data)
    , m_scale(scale)
    , m_layout(layout)
    , m_font(font)
{
    const QFontMetricsF metrics(m_font);
    for (size_t k = 0; k < KindCount; ++k)
        m_labelWidths[k] = metrics.horizontalAdvance(label(Kind(k))) + 8;
    m_labelHeight = metrics.height() + 2;
}

std::pair<qsizetype, qsizetype> TimelineCauseLayer::visible() const
{
    return m_data.causesIn(qint64(std::floor(m_scale.start())),
                           qint64(std::ceil(m_scale.end())) + 1);
}

qreal TimelineCauseLayer::xOf(qsizetype cause) const
{
    return m_layout.plotRect().left() + m_scale.xOf(double(m_data.causes()[size_t(cause)].time));
}

QRectF TimelineCauseLayer::span(qsizetype cause) const
{
    const TimelineCause &c = m_data.causes()[size_t(cause)];
    const QRectF plot = m_layout.plotRect();
    const qreal x = xOf(cause);
    if (c.spansAll())
        return QRectF(x, plot.top(), 0, plot.height());
    const QRectF top = m_layout.rowRect(TimelineData::rowOf(c.mailbox, TimelineLane::Exchange));
    const QRectF bottom = m_layout.rowRect(TimelineData::rowOf(c.mailbox, TimelineLane::Crm));
    // Clipped to the plot by hand: a rectangle without width intersects nothing.
    const qreal first = std::max(top.top(), plot.top());
    const qreal last = std::min(bottom.bottom(), plot.bottom());
    return QRectF(x, first, 0, std::max<qreal>(0, last - first));
}

QRectF TimelineCauseLayer::labelRect(qsizetype cause) const
{
    const QRectF s = span(cause);
    // Left of the line, like a flag: what the change set off, right of it, stays in view.
    // At the plot's left edge it flies right of the line instead.
    const qreal width = m_labelWidths[size_t(m_data.causes()[size_t(cause)].kind)];
    const qreal left =
        s.left() - width < m_layout.plotRect().left() ? s.left() + 2 : s.left() - width;
    return QRectF(left, s.top() + 1, width, m_labelHeight);
}

qsizetype TimelineCauseLayer::hitTest(QPointF pos) const
{
    if (!m_layout.plotRect().contains(pos))
        return -1;
    const auto [first, last] = visible();
    // The latest first: it is painted on top.
    for (qsizetype c = last - 1; c >= first; --c) {
        const QRectF s = span(c);
        if (labelRect(c).contains(pos) || (std::abs(pos.x() - s.left()) <= HitSlop &&
                                           pos.y() >= s.top() && pos.y() <= s.bottom()))
            return c;
    }
    return -1;
}

void TimelineCauseLayer::paint(QPainter &painter, const QPalette &palette, qsizetype highlighted,
                               qsizetype hovered) const
{
    const auto [first, last] = visible();
    if (first == last)
        return;
    painter.save();
    painter.setClipRect(m_layout.plotRect());
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setFont(m_font);
    std::vector<QRectF> labels; // a label that would cover another is left out
    // Zoomed out, many markers share a pixel column: one line each suffices.
    std::vector<int> lastColumn(size_t(m_data.mailboxCount()) + 1, std::numeric_limits<int>::min());
    for (qsizetype c = first; c < last; ++c) {
        const TimelineCause &cause = m_data.causes()[size_t(c)];
        const QRectF s = span(c);
        const bool strong = c == highlighted || c == hovered;
        int &column = lastColumn[size_t(cause.mailbox + 1)];
        const int x = int(std::lround(s.left()));
        if (s.height() <= 0 || (x == column && !strong))
            continue;
        column = x;
        const QColor colour = TimelineCauseLayer::colour(cause.kind);
        if (c == highlighted) { // a band that says "here", for an answer that points at it
            QColor band = colour;
            band.setAlpha(40);
            painter.fillRect(QRectF(x - 10, s.top(), 20, s.height()), band);
        }
        // On the pixel grid and without antialiasing: a solid line is a
        // filled rectangle, the cheap way to draw hundreds.
        // An org setting, across every row, is drawn a little wider.
        const int width = strong ? 3 : (cause.spansAll() ? 2 : 1);
        painter.fillRect(QRect(x - width / 2, int(s.top()), width, int(std::ceil(s.height()))),
                         colour);
        const QRectF tag = labelRect(c);
        const bool covers = std::any_of(labels.begin(), labels.end(),
                                        [&](const QRectF &r) { return r.intersects(tag); });
        if (covers && !strong)
            continue;
        labels.push_back(tag);
        painter.fillRect(tag, colour);
        painter.setPen(palette.color(QPalette::HighlightedText));
        auto &text = m_labels[size_t(cause.kind)];
        if (!text) {
            text.emplace(label(cause.kind));
            text->prepare(QTransform(), m_font);
        }
        painter.drawStaticText(tag.topLeft() + QPointF(4, 1), *text);
    }
    painter.restore();
}

QString TimelineCauseLayer::label(Kind kind)
{
    switch (kind) {
    case Kind::Filter:
        //: A marker on the timeline: a sync filter was changed here
        return tr("Filter");
    case Kind::Setting:
        return tr("Setting");
    case Kind::EmailFiltering:
        return tr("Email tracking");
    case Kind::Mailbox:
        return tr("Mailbox");
    case Kind::Failing:
        return tr("Failing");
    case Kind::Recovered:
        return tr("Recovered");
    }
    return {};
}

QColor TimelineCauseLayer::colour(Kind kind)
{
    switch (kind) {
    case Kind::Filter:
        return QColor(0x7b, 0x3f, 0xa0);
    case Kind::Setting:
        return QColor(0xb3, 0x5c, 0x00);
    case Kind::EmailFiltering:
        return QColor(0x00, 0x7a, 0x7a);
    case Kind::Mailbox:
        return QColor(0x1f, 0x5f, 0xaf);
    case Kind::Failing:
        return QColor(0xc0, 0x1c, 0x28);
    case Kind::Recovered:
        return QColor(0x26, 0x7a, 0x2e);
    }
    return Qt::gray;
}

QString TimelineCauseLayer::toolTip(const TimelineCause &cause, const TimelineTicks &ticks)
{
    QStringList lines{cause.title, ticks.instantLabel(cause.time)};
    if (!cause.before.isEmpty())
        //: What a filter or setting was before a change
        lines.append(tr("Before: %1").arg(cause.before));
    if (!cause.after.isEmpty())
        lines.append(tr("After: %1").arg(cause.after));
    if (cause.kind == Kind::Filter || cause.kind == Kind::Setting)
        lines.append(tr("Click to open it."));
    return lines.join(QLatin1Char('\n'));
}

} // namespace SyncLens
