#include "syncstatusbar.h"

#include "sync/syncengine.h"
#include "timetext.h"

#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QStatusBar>

namespace SyncLens {

SyncStatusBar::SyncStatusBar(SyncEngine *engine, QStatusBar *statusBar)
    : QObject(statusBar)
    , m_bar(statusBar)
    , m_org(new QLabel(statusBar))
    , m_clock(new QLabel(statusBar))
    , m_progress(new QProgressBar(statusBar))
{
    m_org->setObjectName(QStringLiteral("orgLabel"));
    m_org->setAccessibleName(tr("Org"));
    m_clock->setObjectName(QStringLiteral("clockLabel"));
    m_clock->setAccessibleName(tr("Simulated clock"));
    m_clock->setToolTip(tr("The org's simulated clock: the time of its last cycle"));
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setAccessibleName(tr("Cycle progress"));
    m_progress->setMaximumWidth(200);
    m_progress->setTextVisible(true);
    m_progress->hide();
    // Permanent widgets stay right of the temporary messages.
    m_bar->addPermanentWidget(m_progress);
    m_bar->addPermanentWidget(m_clock);
    m_bar->addWidget(m_org, 1);

    connect(engine, &SyncEngine::busyChanged, this, [this](bool busy) {
        m_busy = busy;
        showProgress();
    });
    connect(engine, &SyncEngine::playingChanged, this, [this](bool playing) {
        m_playing = playing;
        showProgress();
    });
    connect(engine, &SyncEngine::progress, this, &SyncStatusBar::onProgress);
    connect(engine, &SyncEngine::clockChanged, this, &SyncStatusBar::setClock);
    connect(engine, &SyncEngine::cycleFinished, this, &SyncStatusBar::onCycleFinished);
    connect(engine, &SyncEngine::cancelled, this,
            [this] { m_bar->showMessage(tr("Cancelled: the cycle wrote nothing."), 5000); });
    connect(engine, &SyncEngine::failed, this, &SyncStatusBar::showError);
}

void SyncStatusBar::setOrgText(const QString &text)
{
    m_org->setText(text);
}

void SyncStatusBar::setClock(const QDateTime &clock)
{
    //: %1 the simulated clock's date and time
    m_clock->setText(clock.isValid() ? tr("Clock: %1").arg(TimeText::formatWithZone(clock))
                                     : QString());
}

QString SyncStatusBar::clockText() const
{
    return m_clock->text();
}

void SyncStatusBar::showProgress()
{
    const bool show = m_busy || m_playing;
    if (show && !m_progress->isVisible()) {
        m_progress->setRange(0, 0); // busy until the first progress report
        m_progress->setValue(0);
    }
    m_progress->setVisible(show);
}

void SyncStatusBar::onProgress(int done, int total)
{
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(done);
}

void SyncStatusBar::onCycleFinished(const SyncLens::CycleSummary &summary)
{
    //: %1 the cycle's number, %2 its time; then how many decisions it took
    m_bar->showMessage(tr("Cycle %1 at %2: %n decision(s).", nullptr, int(summary.decisions))
                           .arg(summary.cycle)
                           .arg(TimeText::format(summary.time)),
                       8000);
}

void SyncStatusBar::showError(const QString &message)
{
    m_bar->showMessage(message, 15000);
    // Non-modal: the window stays usable; the engine carries on.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Synchronisation Problem"), message,
                                QMessageBox::Ok, m_bar->window());
    box->setObjectName(QStringLiteral("engineErrorBox"));
    box->setWindowModality(Qt::NonModal);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->show();
    Q_EMIT errorShown(message);
}

} // namespace SyncLens
