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

// A fault injected into a mailbox (scenarios, the sandbox): its next attempted
// cycles fail so (sss-model §4).
enum class FaultKind
{
    None,
    Auth,
    Transient,
    Throttle
};

QString channelModeName(ChannelMode value);
std::optional<ChannelMode> channelModeFromName(QStringView name);
QString channelStatusName(ChannelStatus value);
std::optional<ChannelStatus> channelStatusFromName(QStringView name);
QString faultKindName(FaultKind value);
std::optional<FaultKind> faultKindFromName(QStringView name);

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

    // Where the engine stands: changes with a higher sequence number than
    // this are news to the mailbox's next cycle.
    qint64 lastSeq = 0;
    FaultKind fault = FaultKind::None;
    int faultCycles = 0; // attempted cycles still to fail

    bool isFailing() const
    {
        return incomingStatus == ChannelStatus::Failure ||
               outgoingStatus == ChannelStatus::Failure || actStatus == ChannelStatus::Failure;
    }

    friend bool operator==(const Mailbox &, const Mailbox &) = default;
};

} // namespace SyncLens
