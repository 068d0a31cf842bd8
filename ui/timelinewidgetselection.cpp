// TimelineWidget: the selected mark, finding an item's mark, and bringing a
// mark into view.
#include "timelinewidget.h"

#include "timelinepainter.h"

namespace SyncLens {

qsizetype TimelineWidget::findItemEvent(const QString &itemId, const QString &mailboxId) const
{
    const auto item = m_data->findItem(itemId);
    const int mailbox = mailboxId.isEmpty() ? -1 : m_data->mailboxIndex(mailboxId);
    if (!item || (!mailboxId.isEmpty() && mailbox < 0))
        return -1;
    return m_data->findEvent(*item, qint64(m_scale.start()), mailbox);
}

bool TimelineWidget::selectItem(const QString &itemId, const QString &mailboxId)
{
    const qsizetype event = findItemEvent(itemId, mailboxId);
    if (event < 0)
        return false;
    select(event);
    ensureVisible(event);
    return true;
}

void TimelineWidget::clearSelection()
{
    select(-1);
}

QString TimelineWidget::selectedItemId() const
{
    return m_selected < 0 ? QString() : m_data->itemId(m_data->event(m_selected).item);
}

QString TimelineWidget::selectedMailboxId() const
{
    return m_selected < 0 ? QString() : m_data->mailboxId(m_data->event(m_selected).mailbox);
}

void TimelineWidget::select(qsizetype event)
{
    if (event == m_selected)
        return;
    m_selected = event;
    update();
    updateAccessibleDescription();
    Q_EMIT selectionChanged(selectedItemId(), selectedMailboxId());
}

void TimelineWidget::activate(qsizetype event)
{
    if (event < 0)
        return;
    const QString item = m_data->itemId(m_data->event(event).item);
    if (!item.isEmpty()) // a health mark is about the mailbox, not an item
        Q_EMIT itemActivated(item, m_data->mailboxId(m_data->event(event).mailbox));
}

void TimelineWidget::ensureVisible(qsizetype event)
{
    const QRectF plot = m_layout.plotRect();
    const qreal margin = m_style->markSize();
    const qreal x = m_scale.xOf(double(m_data->event(event).time));
    if (x < margin || x > plot.width() - margin)
        m_scale.moveTo(double(m_data->event(event).time), plot.width() / 2);
    const int row = TimelineData::rowOf(m_data->event(event));
    const QRectF lane = m_layout.rowRect(row);
    if (lane.top() < plot.top())
        setVerticalOffset(m_layout.verticalOffset() - (plot.top() - lane.top()) - 4);
    else if (lane.bottom() > plot.bottom())
        setVerticalOffset(m_layout.verticalOffset() + (lane.bottom() - plot.bottom()) + 4);
    viewChanged();
}

} // namespace SyncLens
