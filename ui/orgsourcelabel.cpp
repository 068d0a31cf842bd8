#include "orgsourcelabel.h"

#include "timetext.h"

#include <QFileInfo>

#include <algorithm>

namespace SyncLens {

OrgSourceLabel::OrgSourceLabel(QWidget *parent)
    : QLabel(parent)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    setObjectName(QStringLiteral("orgSourceLabel"));
    setAccessibleName(tr("Org source"));
    m_timer.setInterval(60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &OrgSourceLabel::updateText);
    setVisible(false);
}

QString OrgSourceLabel::ageText(qint64 seconds, const QDateTime &readAt)
{
    const qint64 minutes = std::max<qint64>(seconds, 0) / 60;
    if (minutes < 1)
        return tr("read just now");
    if (minutes < 60)
        //: %1 minutes (1 to 59): in the status bar, kept short
        return tr("read %1 min ago").arg(minutes);
    if (minutes < 24 * 60)
        //: %1 hours (1 to 23): in the status bar, kept short
        return tr("read %1 h ago").arg(minutes / 60);
    //: %1 the date and time it was read (this computer's clock)
    return tr("read on %1").arg(TimeText::formatLocal(readAt));
}

void OrgSourceLabel::setOrg(const std::optional<LiveOrgInfo> &info)
{
    m_info = info;
    if (m_info && m_info->live)
        m_timer.start();
    else
        m_timer.stop();
    updateText();
}

void OrgSourceLabel::updateText()
{
    setVisible(m_info.has_value());
    if (!m_info) {
        clear();
        return;
    }
    if (!m_info->live) {
        //: %1 the org file's name
        setText(tr("Sandbox: %1").arg(QFileInfo(m_info->path).fileName()));
        setToolTip(tr("A sandbox org simulated on this computer: %1").arg(m_info->path));
        return;
    }
    const QString host = m_info->url.host();
    if (!m_info->readAt.isValid()) {
        setText(tr("Live: %1").arg(host));
        setToolTip(m_info->url.toString());
        return;
    }
    const qint64 age = m_info->readAt.secsTo(m_now());
    //: %1 the org's host name, %2 how old the data is ("read 5 minutes ago")
    setText(tr("Live: %1 · %2").arg(host, ageText(age, m_info->readAt)));
    //: %1 the org's URL, %2 when it was read (this computer's time)
    setToolTip(tr("Read from %1 on %2. File ▸ Refresh (F5) reads it again.")
                   .arg(m_info->url.toString(), TimeText::formatLocal(m_info->readAt)));
}

} // namespace SyncLens
