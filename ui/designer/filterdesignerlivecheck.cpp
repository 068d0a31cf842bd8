// FilterDesignerWindow on a live org: "Check against Dataverse" — the
// filter being edited runs on the org for its user (LiveFilterCheckJob) and
// its records are compared with what SyncLens selects from the file.
#include "filterdesignerwindow.h"
#include "live/livefiltersession.h"
#include "livecheckpanel.h"

#include <QTabWidget>

namespace SyncLens {

void FilterDesignerWindow::buildLiveCheck()
{
    m_check = new LiveCheckPanel(this);
    m_check->setRecordName([this](const QString &id) { return recordName(id); });
    m_bottomTabs->addTab(m_check, tr("Check Against &Dataverse"));
    connect(m_check, &LiveCheckPanel::checkRequested, this,
            &FilterDesignerWindow::checkAgainstDataverse);
    connect(m_check, &LiveCheckPanel::cancelRequested, this, [this] {
        if (m_session)
            m_session->cancel();
    });
}

// The check only reads the org: a read-only connection may run it.
void FilterDesignerWindow::updateCheckAvailability()
{
    if (!m_session)
        return m_check->setAvailable(false, m_liveWritesOff);
    if (!m_draft->query() || saveBlocker())
        return m_check->setAvailable(false, tr("The check needs a filter that can be read."));
    m_check->setAvailable(!m_session->isBusy(),
                          tr("Another request to the org is running; wait for it."));
}

void FilterDesignerWindow::checkAgainstDataverse()
{
    if (!m_session || m_session->isBusy() || !m_draft->query())
        return;
    m_check->setRunning(true);
    connect(
        m_session, &LiveFilterSession::checkFinished, this,
        [this](const Result<LiveFilterCheckSummary> &result) {
            m_check->showResult(result);
            updateActions();
        },
        Qt::SingleShotConnection);
    m_session->check({m_draft->filter()});
    updateActions();
}

// "Subject — 02.03.26 09:00", as the preview lists records.
QString FilterDesignerWindow::recordName(const QString &recordId)
{
    const auto [name, detail] = keyFields(recordId);
    if (name.isEmpty())
        return recordId;
    return detail.isEmpty() ? name : tr("%1 — %2").arg(name, detail);
}

} // namespace SyncLens
