#include "liveimportpanel.h"

#include "liveimportcontroller.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace SyncLens {

LiveImportPanel::LiveImportPanel(LiveImportController *controller, QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    setObjectName(QStringLiteral("liveImportPanel"));
    setAccessibleName(tr("Live import"));
    m_text->setObjectName(QStringLiteral("liveImportText"));
    m_busy->setObjectName(QStringLiteral("liveImportBusy"));
    m_busy->setRange(0, 0); // rows come in pages of unknown number
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Reading the org"));
    m_cancel->setObjectName(QStringLiteral("liveImportCancel"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop reading the org; the data shown now stays as it is"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_busy);
    layout->addWidget(m_text);
    layout->addWidget(m_cancel);
    setVisible(false);

    connect(controller, &LiveImportController::started, this, &LiveImportPanel::onStarted);
    connect(controller, &LiveImportController::progress, this, &LiveImportPanel::showText);
    connect(controller, &LiveImportController::waiting, this, &LiveImportPanel::showWait);
    connect(controller, &LiveImportController::readyToReplace, this, [this] {
        m_wait.clear();
        showText(tr("Switching to the new data…"));
        m_cancel->setEnabled(false); // too late: the old data is let go of
    });
    connect(controller, &LiveImportController::finished, this, [this] { setVisible(false); });
    connect(m_cancel, &QToolButton::clicked, controller, &LiveImportController::cancel);
}

QString LiveImportPanel::text() const
{
    return m_text->text();
}

void LiveImportPanel::onStarted(const QString &host)
{
    m_host = host;
    m_wait.clear();
    //: %1 the org's host name
    showText(tr("Connecting to %1…").arg(host));
    setVisible(true);
}

void LiveImportPanel::showWait(int seconds, const QString &text)
{
    m_wait = text;
    m_waitEnds.setRemainingTime(std::chrono::seconds(seconds));
    showText(QString());
}

// Other reads may still answer while Dataverse's wait lasts: it stays said.
void LiveImportPanel::showText(const QString &text)
{
    if (!m_wait.isEmpty() && m_waitEnds.hasExpired())
        m_wait.clear();
    if (!text.isEmpty())
        m_progress = text;
    //: %1 the org's host name, %2 what is read now
    m_text->setText(tr("Reading %1 — %2").arg(m_host, m_wait.isEmpty() ? m_progress : m_wait));
    m_cancel->setEnabled(true);
}

} // namespace SyncLens
