// MainWindow: answers that point at a moment (Explain → the cause on the
// timeline) and the day view an end user opens from Explain or the command line.
#include "mainwindow.h"

#include "dayview.h"
#include "explainpanel.h"
#include "store/orgstore.h"
#include "storesource.h"
#include "timelinepanel.h"

#include <QDockWidget>

namespace SyncLens {

void MainWindow::connectDayView()
{
    connect(m_explain, &ExplainPanel::causeRequested, this,
            [this](qint64 eventId, const QString &mailboxId) {
                showDock(m_timelineDock, m_timeline);
                m_timeline->showCause(eventId, mailboxId);
            });
    connect(m_explain, &ExplainPanel::dayViewRequested, this,
            [this](const QString &mailboxId, const QDate &day) {
                OrgStore *store = m_source->store();
                if (!store)
                    return;
                const auto mailbox = store->mailbox(mailboxId);
                if (mailbox && *mailbox)
                    openDayView((*mailbox)->userId, day);
            });
    // The day view reads the org the views show.
    connect(m_source, &StoreSource::switched, this, [this] {
        if (!m_dayView)
            return;
        const QString user = m_dayView->userId();
        m_dayView->setOrg(m_source->store());
        m_dayView->showDay(user, m_dayView->day());
    });
}

DayView *MainWindow::openDayView(const QString &userId, const QDate &day)
{
    if (!m_source->store())
        return nullptr;
    if (!m_dayView) {
        m_dayView = new DayView(this);
        connect(m_dayView, &DayView::itemActivated, this,
                [this](const QString &itemId) { showItem(itemId); });
    }
    m_dayView->setOrg(m_source->store());
    const bool shown = m_dayView->showDay(userId, day);
    m_dayView->show();
    m_dayView->raise();
    m_dayView->activateWindow();
    return shown ? m_dayView : nullptr;
}

} // namespace SyncLens
