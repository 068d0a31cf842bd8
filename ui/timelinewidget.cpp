// TimelineWidget: the data it shows, the view onto it, and painting. Input
// handling lives in timelinewidgetinput.cpp, the selection in timelinewidgetselection.cpp.
#include "timelinewidget.h"

#include "timelineaxis.h"
#include "timelinecauselayer.h"
#include "timelinelegend.h"
#include "timelinepainter.h"
#include "timelinetooltip.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QScrollBar>
#include <QStyle>
#include <QStyleOptionFocusRect>

namespace SyncLens {

TimelineWidget::TimelineWidget(QWidget *parent)
    : QWidget(parent)
    , m_data(std::make_shared<const TimelineData>())
    , m_zone(QTimeZone::systemTimeZone())
    , m_scrollBar(new QScrollBar(Qt::Vertical, this))
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent); // every pixel is painted
    setAccessibleName(tr("Timeline"));
    m_scrollBar->setObjectName(QStringLiteral("timelineScrollBar"));
    m_scrollBar->setAccessibleName(tr("Scroll mailboxes"));
    connect(m_scrollBar, &QScrollBar::valueChanged, this,
            [this](int value) { setVerticalOffset(value); });
    m_ticks = TimelineTicks(locale(), m_zone);
    updateStyle();
    updateLayout();
    m_scale.fit();
    updateAccessibleDescription();
}

TimelineWidget::~TimelineWidget() = default;

void TimelineWidget::setData(std::shared_ptr<const TimelineData> data)
{
    const QString item = selectedItemId();
    const QString mailbox = selectedMailboxId();
    const qint64 cause =
        m_highlightedCause >= 0 ? m_data->causes()[size_t(m_highlightedCause)].eventId : 0;
    m_data = data ? std::move(data) : std::make_shared<const TimelineData>();
    m_highlightedCause = cause > 0 ? m_data->findCause(cause) : -1;
    m_hoverCause = -1;
    m_selected = -1;
    m_hover = {};
    m_scale.setBounds(m_data->firstTime(), m_data->lastTime());
    updateLayout();
    m_scale.fit();
    if (!item.isEmpty() || !mailbox.isEmpty()) { // quietly: only a change is news
        m_selected = findItemEvent(item, mailbox);
        if (m_selected >= 0)
            ensureVisible(m_selected);
    }
    if (selectedItemId() != item || selectedMailboxId() != mailbox)
        Q_EMIT selectionChanged(selectedItemId(), selectedMailboxId());
    updateAccessibleDescription();
    viewChanged();
}

void TimelineWidget::setVisibleRange(const QDateTime &from, const QDateTime &to)
{
    m_scale.setVisible(double(from.toMSecsSinceEpoch()), double(to.toMSecsSinceEpoch()));
    viewChanged();
}

QDateTime TimelineWidget::visibleFrom() const
{
    return QDateTime::fromMSecsSinceEpoch(qint64(m_scale.start()), m_zone);
}

QDateTime TimelineWidget::visibleTo() const
{
    return QDateTime::fromMSecsSinceEpoch(qint64(m_scale.end()), m_zone);
}

void TimelineWidget::fitAll()
{
    m_scale.fit();
    viewChanged();
}

void TimelineWidget::zoomBy(double factor, std::optional<qreal> x)
{
    const QRectF plot = m_layout.plotRect();
    m_scale.zoom(factor, x ? *x - plot.left() : plot.width() / 2);
    viewChanged();
}

void TimelineWidget::panBy(qreal dx)
{
    m_scale.pan(dx);
    viewChanged();
}

void TimelineWidget::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    m_ticks = TimelineTicks(locale(), m_zone);
    updateLayout();
    update();
}

void TimelineWidget::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    update();
}

// "UTC", "CET": short, as the corner has little room.
QString TimelineWidget::zoneName() const
{
    if (m_zone == QTimeZone::utc())
        return QStringLiteral("UTC");
    return m_zone.abbreviation(QDateTime::fromMSecsSinceEpoch(qint64(m_scale.start()), m_zone));
}

QStringList TimelineWidget::axisLabels() const
{
    const TimelineAxis axis(m_ticks, m_scale, m_layout, font(), zoneName(), !m_data->isEmpty());
    QStringList labels{axis.cornerLabel()};
    for (const TimelineTicks::Tick &tick : axis.ticks())
        labels.append(tick.label);
    return labels;
}

TimelineGeometry TimelineWidget::geometry() const
{
    return TimelineGeometry(*m_data, m_scale, m_layout, m_style->markSize());
}

TimelineHit TimelineWidget::hitAt(QPointF pos) const
{
    return geometry().hitTest(pos);
}

QString TimelineWidget::toolTipAt(QPointF pos) const
{
    if (const qsizetype cause = causeAt(pos); cause >= 0)
        return causeToolTip(cause);
    return TimelineToolTip::text(*m_data, hitAt(pos), m_ticks);
}

QPointF TimelineWidget::markPosition(qsizetype event) const
{
    return geometry().markCentre(event);
}

QSize TimelineWidget::sizeHint() const
{
    // Room for four mailboxes and a day of cycles at a readable scale.
    return QSize(900, int(m_layout.axisRect().height() + 4 * m_layout.mailboxHeight() +
                          (m_legend ? m_legend->height() : 30)));
}

QSize TimelineWidget::minimumSizeHint() const
{
    return QSize(320, int(m_layout.axisRect().height() + m_layout.mailboxHeight() + 40));
}

void TimelineWidget::updateStyle()
{
    const QFontMetricsF metrics(font());
    const int markSize = std::clamp(int(std::round(metrics.height() * 0.7)), 8, 18);
    m_style = std::make_unique<TimelineMarkStyle>(palette(), markSize, devicePixelRatioF());
}

void TimelineWidget::updateLayout()
{
    const QFontMetricsF metrics(font());
    qreal names = 0;
    // The names decide the width of the label column; a few hundred tell enough.
    for (int m = 0; m < std::min(m_data->mailboxCount(), 300); ++m)
        names = std::max(names, metrics.horizontalAdvance(m_data->mailboxLabel(m)));
    const qreal lanes =
        metrics.horizontalAdvance(TimelineMarkStyle::laneLabel(TimelineLane::Exchange));
    // The corner above the names says which day the view is in: room for a
    // long date (a Wednesday in September) too.
    QFont bold = font();
    bold.setBold(true);
    const QDateTime wide(QDate(2000, 9, 27), QTime(12, 0), m_zone);
    const qreal date = QFontMetricsF(bold).horizontalAdvance(
        m_ticks.contextLabel(double(wide.toMSecsSinceEpoch()),
                             TimelineTicks::Step{TimelineTicks::Unit::Hour, 1}) +
        QStringLiteral(" · ") + zoneName());
    m_layout.setTextMetrics(metrics.height(),
                            std::clamp(std::max(names + lanes + 30, date + 16), 120.0,
                                       std::max(120.0, std::min(280.0, width() * 0.22))));
    m_legend = std::make_unique<TimelineLegend>(*m_style, font(), width());
    m_layout.setLegendHeight(m_legend->height());
    m_layout.setMailboxCount(m_data->mailboxCount());
    m_layout.setSize(width(), height());
    m_layout.setMinimumLaneHeight(0);
    if (m_fillsHeight && m_data->mailboxCount() > 0) {
        const qreal perMailbox = m_layout.viewportHeight() / m_data->mailboxCount();
        m_layout.setMinimumLaneHeight(std::floor((perMailbox - m_layout.mailboxGap()) / 2));
    }
    const int bar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_scrollBar);
    m_layout.setScrollBarWidth(0);
    if (m_layout.needsScrollBar()) {
        m_layout.setScrollBarWidth(bar);
        m_layout.setSize(width(), height());
    }
    const QRectF plot = m_layout.plotRect();
    m_scrollBar->setVisible(m_layout.needsScrollBar());
    m_scrollBar->setGeometry(QRectF(plot.right(), plot.top(), bar, plot.height()).toRect());
    m_scrollBar->setRange(0, int(std::ceil(m_layout.maxVerticalOffset())));
    m_scrollBar->setPageStep(int(plot.height()));
    m_scrollBar->setSingleStep(int(m_layout.laneHeight()));
    m_scrollBar->setValue(int(m_layout.verticalOffset()));
    m_scale.setWidth(plot.width());
}

void TimelineWidget::setVerticalOffset(qreal offset)
{
    m_layout.setVerticalOffset(offset);
    if (m_scrollBar->value() != int(m_layout.verticalOffset()))
        m_scrollBar->setValue(int(m_layout.verticalOffset()));
    m_hover = {};
    update();
}

void TimelineWidget::viewChanged()
{
    m_hover = {};
    update();
    Q_EMIT visibleRangeChanged(visibleFrom(), visibleTo());
}

void TimelineWidget::updateAccessibleDescription()
{
    QString text = m_data->isEmpty() ? tr("No decisions to show.")
                                     : tr("%n mailbox(es), %1 decisions marked from %2 to %3.",
                                          nullptr, m_data->mailboxCount())
                                           .arg(locale().toString(m_data->eventCount()),
                                                m_ticks.instantLabel(m_data->firstTime()),
                                                m_ticks.instantLabel(m_data->lastTime()));
    if (m_selected >= 0) {
        TimelineHit hit{TimelineHit::Kind::Mark, TimelineData::rowOf(m_data->event(m_selected)),
                        m_selected};
        text += QLatin1Char(' ') + tr("Selected: %1")
                                       .arg(TimelineToolTip::text(*m_data, hit, m_ticks)
                                                .replace(QLatin1Char('\n'), QStringLiteral(", ")));
    }
    setAccessibleDescription(text);
}

void TimelineWidget::paintEvent(QPaintEvent *)
{
    if (!qFuzzyCompare(m_style->sprite(TimelineMark::Tracked).devicePixelRatio(),
                       devicePixelRatioF()))
        updateStyle(); // moved to a screen of another density
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    const TimelineGeometry geo = geometry();
    const TimelinePainter rows(
        {*m_data, geo, m_layout, *m_style, palette(), font(), smallFont(), m_selected, m_hover});
    const TimelineAxis axis(m_ticks, m_scale, m_layout, font(), zoneName(), !m_data->isEmpty());
    rows.paintBackground(painter);
    axis.paintGrid(painter, palette());
    rows.paintContent(painter);
    causeLayer().paint(painter, palette(), m_highlightedCause, m_hoverCause);
    rows.paintLabels(painter);
    axis.paintAxis(painter, palette());
    m_legend->paint(painter, m_layout.legendRect(), palette(), rows.anyAggregated());
    paintEmpty(painter);
    if (hasFocus())
        paintFocus(painter);
}

void TimelineWidget::setEmptyText(const QString &text)
{
    m_emptyText = text;
    update();
}

QString TimelineWidget::placeholderText() const
{
    if (m_data->isEmpty()) {
        if (m_loading)
            return tr("Loading the timeline…");
        return m_emptyText.isEmpty()
                   ? tr("No decisions to show yet: run a sync cycle, or choose other mailboxes.")
                   : m_emptyText;
    }
    // Zoomed into a quiet stretch: say so, rather than show blank lanes.
    const TimelineGeometry geo = geometry();
    for (int row = 0; row < m_data->rowCount(); ++row) {
        const auto [first, last] = geo.visibleEvents(row);
        if (first != last)
            return {};
    }
    return tr("No decisions in this time range. Press 0 to see them all.");
}

void TimelineWidget::paintEmpty(QPainter &painter)
{
    const QString text = placeholderText();
    if (text.isEmpty())
        return;
    painter.setFont(font());
    QRectF box = painter.fontMetrics().boundingRect(text).adjusted(-8, -4, 8, 4);
    box.moveCenter(m_layout.plotRect().center());
    painter.fillRect(box, palette().color(QPalette::Base));
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(m_layout.plotRect(), Qt::AlignCenter | Qt::TextWordWrap, text);
}

void TimelineWidget::paintFocus(QPainter &painter)
{
    QStyleOptionFocusRect option;
    option.initFrom(this);
    option.rect = m_layout.plotRect().toAlignedRect().adjusted(1, 1, -1, -1);
    option.backgroundColor = palette().color(QPalette::Base);
    style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, this);
}

void TimelineWidget::resizeEvent(QResizeEvent *)
{
    updateLayout();
    viewChanged();
}

void TimelineWidget::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::PaletteChange:
    case QEvent::FontChange:
    case QEvent::StyleChange:
        updateStyle();
        updateLayout();
        update();
        break;
    case QEvent::LocaleChange:
        m_ticks = TimelineTicks(locale(), m_zone);
        updateLayout();
        update();
        break;
    case QEvent::LanguageChange:
        setAccessibleName(tr("Timeline"));
        updateLayout(); // the legend's texts
        updateAccessibleDescription();
        update();
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

} // namespace SyncLens
