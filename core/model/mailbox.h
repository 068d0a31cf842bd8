#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace SyncLens {

// How one channel of a mailbox is synchronised: by Server-Side Sync or not at all.
enum class ChannelMode
{
    Sss,
    None
};
enum class ChannelStatus
{
    NotRun,
    Success,
    Failure
};

QString channelModeName(ChannelMode value);
std::optional<ChannelMode> channelModeFromName(QStringView name);
QString channelStatusName(ChannelStatus value);
std::optional<ChannelStatus> channelStatusFromName(QStringView name);

struct Mailbox
{
    QString id;
    QString userId;
    ChannelMode incoming = ChannelMode::Sss;
    ChannelMode outgoing = ChannelMode::Sss;
    ChannelMode act = ChannelMode::Sss;
    bool approved = true;
    bool enabled = true;

    ChannelStatus incomingStatus = ChannelStatus::NotRun;
    ChannelStatus outgoingStatus = ChannelStatus::NotRun;
    ChannelStatus actStatus = ChannelStatus::NotRun;
    int consecutiveFailures = 0;
    QDateTime lastCycle;  // invalid until the first cycle
    QDateTime retryAfter; // invalid unless waiting out a back-off

    friend bool operator==(const Mailbox &, const Mailbox &) = default;
};

} // namespace SyncLens
