#pragma once

#include "liveorginfo.h"

#include <QLabel>
#include <QTimer>

#include <optional>

#include <functional>

namespace SyncLens {

// The status bar's word on the org shown: a live org's host and how old its
// data is ("Live: contoso.crm.dynamics.com · read 5 min ago", said again
// every minute), or a sandbox's file name.
class OrgSourceLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrgSourceLabel)

public:
    using Clock = std::function<QDateTime()>;

    explicit OrgSourceLabel(QWidget *parent = nullptr);

    // None: no org (the label hides).
    void setOrg(const std::optional<LiveOrgInfo> &info);
    // Tests set the time "now" is; the current time by default.
    void setClock(Clock now) { m_now = std::move(now); }
    // Says the age again (the timer does, every minute).
    void updateText();

    // Data `seconds` old, read at `readAt`: "read just now", "read 5 min
    // ago", "read 3 h ago", after a day "read on 02/12/2026 14:05".
    static QString ageText(qint64 seconds, const QDateTime &readAt);

private:
    std::optional<LiveOrgInfo> m_info;
    Clock m_now;
    QTimer m_timer;
};

} // namespace SyncLens
