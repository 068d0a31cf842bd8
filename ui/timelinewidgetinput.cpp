// TimelineWidget: mouse, wheel, pinch, keyboard and tooltips.
#include "timelinewidget.h"

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace SyncLens {

namespace {

constexpr double kKeyZoom = 1.5;
constexpr double kWheelZoomPerDegree = 1.0 / 90; // one notch (15°) zooms by about a sixth

} // namespace

bool TimelineWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    if (event->type() == QEvent::NativeGesture && handleNativeGesture(event))
        return true;
    return QWidget::event(event);
}

bool TimelineWidget::handleNativeGesture(QEvent *event)
{
    const auto *gesture = static_cast<QNativeGestureEvent *>(event);
    switch (gesture->gestureType()) {
    case Qt::ZoomNativeGesture: // a pinch: value() is the change of scale
        zoomBy(1 + gesture->value(), gesture->position().x());
        return true;
    case Qt::SmartZoomNativeGesture: // a two-finger double tap
        if (m_scale.isFitted())
            zoomBy(4, gesture->position().x());
        else
            fitAll();
        return true;
    case Qt::BeginNativeGesture:
    case Qt::EndNativeGesture:
        return true;
    default:
        return false;
    }
}

void TimelineWidget::wheelEvent(QWheelEvent *event)
{
    const QPointF pos = event->position();
    const bool zoomModifier = event->modifiers() & Qt::ControlModifier;
    // A touchpad scrolls (pixel deltas): it pans, as in a map. A mouse wheel
    // (angle deltas only) zooms around the pointer; with Shift it pans.
    if (!event->pixelDelta().isNull() && !zoomModifier) {
        panBy(event->pixelDelta().x());
        setVerticalOffset(m_layout.verticalOffset() - event->pixelDelta().y());
    } else if (event->modifiers() & Qt::ShiftModifier || event->angleDelta().y() == 0) {
        const QPoint delta = event->angleDelta();
        panBy((delta.x() != 0 ? delta.x() : delta.y()) * m_layout.plotRect().width() / 1200);
    } else {
        const double degrees = event->angleDelta().y() / 8.0;
        zoomBy(std::pow(2.0, degrees * kWheelZoomPerDegree / 2), pos.x());
    }
    updateHover(pos);
    event->accept();
}

void TimelineWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_pressed = true;
    m_dragging = false;
    m_pressPos = m_lastDragPos = event->position();
    event->accept();
}

void TimelineWidget::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    if (!m_pressed) {
        updateHover(pos);
        return;
    }
    if (!m_dragging && (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
        m_dragging = true;
        setCursor(Qt::ClosedHandCursor);
        QToolTip::hideText();
    }
    if (m_dragging) {
        const QPointF delta = pos - m_lastDragPos;
        m_lastDragPos = pos;
        m_scale.pan(delta.x());
        setVerticalOffset(m_layout.verticalOffset() - delta.y());
        viewChanged();
    }
}

void TimelineWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressed) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    m_pressed = false;
    if (m_dragging) {
        m_dragging = false;
        unsetCursor();
        return;
    }
    if (activateCauseAt(event->position()))
        return;
    const TimelineHit hit = hitAt(event->position());
    select(hit.event);
    // A column of a zoomed-out row selects its first mark, so the keyboard
    // can step from there, but opens nothing: it stands for many items.
    if (hit.kind == TimelineHit::Kind::Mark)
        activate(hit.event);
}

void TimelineWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    // On a column or on nothing: look closer there.
    if (event->button() == Qt::LeftButton &&
        hitAt(event->position()).kind != TimelineHit::Kind::Mark)
        zoomBy(4, event->position().x());
}

void TimelineWidget::leaveEvent(QEvent *event)
{
    m_hover = {};
    m_hoverCause = -1;
    update();
    QWidget::leaveEvent(event);
}

void TimelineWidget::focusInEvent(QFocusEvent *event)
{
    update(); // the focus frame
    QWidget::focusInEvent(event);
}

void TimelineWidget::focusOutEvent(QFocusEvent *event)
{
    update();
    QWidget::focusOutEvent(event);
}

void TimelineWidget::updateHover(QPointF pos)
{
    const qsizetype cause = causeAt(pos);
    const TimelineHit hit = cause >= 0 ? TimelineHit{} : hitAt(pos);
    if (cause == m_hoverCause && hit.kind == m_hover.kind && hit.event == m_hover.event &&
        hit.column == m_hover.column)
        return;
    m_hover = hit;
    m_hoverCause = cause;
    setCursor(hit.kind == TimelineHit::Kind::Mark || cause >= 0 ? Qt::PointingHandCursor
                                                                : Qt::ArrowCursor);
    update();
}

void TimelineWidget::keyPressEvent(QKeyEvent *event)
{
    if (handleSelectionKey(event) || handleViewKey(event)) {
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

bool TimelineWidget::handleSelectionKey(QKeyEvent *event)
{
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
        if (!ctrl)
            return false;
        stepSelection(event->key() == Qt::Key_Left ? -1 : 1);
        return true;
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (!ctrl)
            return false;
        changeSelectedRow(event->key() == Qt::Key_Up ? -1 : 1);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        activate(m_selected);
        return m_selected >= 0;
    case Qt::Key_Escape:
        if (m_selected < 0)
            return false;
        clearSelection();
        return true;
    default:
        return false;
    }
}

bool TimelineWidget::handleViewKey(QKeyEvent *event)
{
    const qreal page = m_layout.plotRect().width();
    const qreal step = event->modifiers() & Qt::ShiftModifier ? page * 0.9 : page * 0.1;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: // + without Shift on many layouts
        zoomBy(kKeyZoom);
        return true;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        zoomBy(1 / kKeyZoom);
        return true;
    case Qt::Key_0:
        fitAll();
        return true;
    case Qt::Key_Left:
        panBy(step);
        return true;
    case Qt::Key_Right:
        panBy(-step);
        return true;
    case Qt::Key_Home:
        m_scale.moveTo(m_scale.boundsStart() - m_scale.span(), 0); // clamped to the start
        viewChanged();
        return true;
    case Qt::Key_End:
        m_scale.moveTo(m_scale.boundsEnd() + m_scale.span(), 0);
        viewChanged();
        return true;
    case Qt::Key_Up:
    case Qt::Key_Down:
        setVerticalOffset(m_layout.verticalOffset() +
                          (event->key() == Qt::Key_Up ? -1 : 1) * m_layout.mailboxHeight());
        return true;
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
        setVerticalOffset(m_layout.verticalOffset() +
                          (event->key() == Qt::Key_PageUp ? -1 : 1) * m_layout.viewportHeight());
        return true;
    default:
        return false;
    }
}

void TimelineWidget::stepSelection(int delta)
{
    if (m_data->isEmpty())
        return;
    if (m_selected < 0) { // start from the middle of the first visible row with marks
        const double middle = m_scale.timeAt(m_layout.plotRect().width() / 2);
        const auto [first, last] = m_layout.visibleRows();
        for (int row = first; row < std::min(last, m_data->rowCount()); ++row) {
            if (const qsizetype found = m_data->nearestInRow(row, qint64(middle)); found >= 0) {
                select(found);
                ensureVisible(found);
                return;
            }
        }
        return;
    }
    // Marks of a row are consecutive, in time order: the next one is next door.
    const int row = TimelineData::rowOf(m_data->event(m_selected));
    const qsizetype next = m_selected + delta;
    if (next < m_data->rowBegin(row) || next >= m_data->rowEnd(row))
        return;
    select(next);
    ensureVisible(next);
}

void TimelineWidget::changeSelectedRow(int delta)
{
    if (m_selected < 0) {
        stepSelection(0);
        return;
    }
    const TimelineEvent &e = m_data->event(m_selected);
    // Skip empty rows: the nearest mark in time on the next row that has one.
    for (int row = TimelineData::rowOf(e) + delta; row >= 0 && row < m_data->rowCount();
         row += delta) {
        if (const qsizetype found = m_data->nearestInRow(row, e.time); found >= 0) {
            select(found);
            ensureVisible(found);
            return;
        }
    }
}

} // namespace SyncLens
