#pragma once

#include "timeline/timelinedata.h"
#include "timeline/timelinescale.h"
#include "timeline/timelineticks.h"
#include "timelinegeometry.h"
#include "timelinelayout.h"
#include "timelinemarkstyle.h"

#include <QDateTime>
#include <QWidget>

#include <memory>
#include <optional>

class QScrollBar;

namespace SyncLens {

class TimelineCauseLayer;
class TimelineLegend;

// The timeline (DESIGN.md, the four surfaces, 2): per mailbox an Exchange lane
// above a CRM lane, time left to right, each decision a mark coloured and
// shaped by its kind, the two copies of an item linked, a legend below.
// Zoomed out, rows draw per-column aggregates, so a million marks paint in
// one frame. Custom-painted in device-independent pixels with cosmetic pens.
//
// Mouse: the wheel zooms around the pointer (Shift+wheel and touchpad scroll
// pan), drag pans, pinch zooms, hover explains, click selects and activates.
// Keyboard: + and − zoom, 0 fits, arrows pan (Up/Down scroll the mailboxes),
// Home/End go to the start/end, Ctrl+arrows move the selection from mark to
// mark and row to row, Enter activates, Escape clears the selection.
//
// It only shows data: the owner loads a TimelineData (TimelineLoader, on a
// worker thread) and opens the explanation on itemActivated().
class TimelineWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineWidget)

public:
    explicit TimelineWidget(QWidget *parent = nullptr);
    ~TimelineWidget() override;

    // Shows `data` (null: nothing), fitted to its time range; keeps the
    // selected item selected when the new data has it.
    void setData(std::shared_ptr<const TimelineData> data);
    const std::shared_ptr<const TimelineData> &data() const { return m_data; }

    void setVisibleRange(const QDateTime &from, const QDateTime &to);
    QDateTime visibleFrom() const;
    QDateTime visibleTo() const;
    void fitAll();
    // Zooms around `x` (widget coordinates; the middle of the plot when unset).
    void zoomBy(double factor, std::optional<qreal> x = {});
    void panBy(qreal dx);
    const TimelineScale &scale() const { return m_scale; }
    const TimelineLayout &timelineLayout() const { return m_layout; }
    // The zone the axis and tooltips speak (the system's by default).
    void setTimeZone(const QTimeZone &zone);
    // Lanes grow to fill the plot when there are few mailboxes (the day view).
    void setFillsHeight(bool fills);
    // While the owner loads new data: the plot says so, over a bare axis.
    void setLoading(bool loading);
    bool isLoading() const { return m_loading; }
    // What the plot says when there is nothing to show (empty: the sandbox's
    // "run a sync cycle"); a live org says what it waits for instead.
    void setEmptyText(const QString &text);

    // Selects a mark of `itemId` (in `mailboxId`, or any) and scrolls to it;
    // false when the data has no such mark.
    bool selectItem(const QString &itemId, const QString &mailboxId = {});
    void clearSelection();
    qsizetype selectedEvent() const { return m_selected; }
    QString selectedItemId() const;
    QString selectedMailboxId() const;

    // What is under `pos`, and what its tooltip says (for tests and tools).
    TimelineHit hitAt(QPointF pos) const;
    QString toolTipAt(QPointF pos) const;
    // What the axis writes: the corner's date and zone, then the ticks'
    // labels (none while there is no decision to place in time).
    QStringList axisLabels() const;
    // What the plot says when it shows no marks (empty when it shows some).
    QString placeholderText() const;
    // Where a mark is drawn, in widget coordinates.
    QPointF markPosition(qsizetype event) const;

    // The causes (TimelineData::causes()) drawn as markers: which one is
    // under `pos` (-1: none), a point on one, what hovering it says.
    qsizetype causeAt(QPointF pos) const;
    QPointF causePosition(qsizetype cause) const;
    QString causeToolTip(qsizetype cause) const;
    // A time as the axis and tooltips write it.
    QString timeLabel(qint64 time) const;
    // Draws the marker stronger, with a band (-1: none).
    void highlightCause(qsizetype cause);
    qsizetype highlightedCause() const { return m_highlightedCause; }
    // Zooms and scrolls to the marker and highlights it; false if there is none.
    bool showCause(qsizetype cause);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // A mark was clicked, or Enter pressed on the selected one.
    void itemActivated(const QString &itemId, const QString &mailboxId);
    // The selected mark changed (empty ids: nothing is selected).
    void selectionChanged(const QString &itemId, const QString &mailboxId);
    void visibleRangeChanged(const QDateTime &from, const QDateTime &to);
    // A cause's marker was clicked (an index into data()->causes()).
    void causeActivated(qsizetype cause);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    TimelineGeometry geometry() const;
    QFont smallFont() const;
    TimelineCauseLayer causeLayer() const;
    bool activateCauseAt(QPointF pos);
    void updateStyle();
    void updateLayout();
    void viewChanged();
    void setVerticalOffset(qreal offset);
    qsizetype findItemEvent(const QString &itemId, const QString &mailboxId) const;
    void select(qsizetype event);
    void activate(qsizetype event);
    void ensureVisible(qsizetype event);
    bool handleSelectionKey(QKeyEvent *event);
    bool handleViewKey(QKeyEvent *event);
    void stepSelection(int delta);
    void changeSelectedRow(int delta);
    bool handleNativeGesture(QEvent *event);
    void updateHover(QPointF pos);
    void updateAccessibleDescription();
    // Says why the plot is blank, when it is.
    void paintEmpty(QPainter &painter);
    void paintFocus(QPainter &painter);
    QString zoneName() const;

    std::shared_ptr<const TimelineData> m_data;
    TimelineScale m_scale;
    TimelineLayout m_layout;
    TimelineTicks m_ticks;
    QTimeZone m_zone;
    std::unique_ptr<TimelineMarkStyle> m_style;
    std::unique_ptr<TimelineLegend> m_legend;
    QScrollBar *m_scrollBar = nullptr;
    qsizetype m_selected = -1;
    qsizetype m_highlightedCause = -1;
    qsizetype m_hoverCause = -1;
    TimelineHit m_hover;
    QPointF m_pressPos;
    QPointF m_lastDragPos;
    bool m_pressed = false;
    bool m_dragging = false;
    bool m_loading = false;
    QString m_emptyText;
    bool m_fillsHeight = false;
};

} // namespace SyncLens
