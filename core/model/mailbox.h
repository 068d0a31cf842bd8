#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <array>
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

// The three channels of a mailbox (sss-model §4): incoming email, outgoing
// email, and appointments, contacts and tasks ("act").
enum class MailboxChannel
{
    Incoming,
    Outgoing,
    Act
};
inline constexpr int MailboxChannelCount = 3;

// The health of one channel when a fault hit that channel alone: disabled
// (auth, or too many transient failures), failures in a row, back-off, and
// the injected fault still to come.
struct ChannelHealth
{
    bool disabled = false;
    int failures = 0;
    QDateTime retryAfter;
    FaultKind fault = FaultKind::None;
    int faultCycles = 0;

    friend bool operator==(const ChannelHealth &, const ChannelHealth &) = default;
};

QString mailboxChannelName(MailboxChannel value);
std::optional<MailboxChannel> mailboxChannelFromName(QStringView name);
QList<MailboxChannel> allMailboxChannels();
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

    // Per channel (model v2): health of a channel a fault hit alone, and
    // where incoming email stands (-1: at lastSeq, which is act's).
    std::array<ChannelHealth, MailboxChannelCount> channels{};
    qint64 incomingSeq = -1;

    bool isFailing() const
    {
        return incomingStatus == ChannelStatus::Failure ||
               outgoingStatus == ChannelStatus::Failure || actStatus == ChannelStatus::Failure;
    }
    ChannelMode mode(MailboxChannel c) const;
    ChannelStatus status(MailboxChannel c) const;
    void setStatus(MailboxChannel c, ChannelStatus value);
    ChannelHealth &health(MailboxChannel c) { return channels[size_t(c)]; }
    const ChannelHealth &health(MailboxChannel c) const { return channels[size_t(c)]; }
    // The channels that do not synchronise because they are disabled: those
    // disabled alone, or every Server-Side Sync channel of a disabled mailbox.
    QList<MailboxChannel> disabledChannels() const;
    // Where incoming email stands: changes after it are news to the channel.
    qint64 incomingSince() const { return incomingSeq < 0 ? lastSeq : incomingSeq; }

    // The per-channel state as stored (one JSON column), and back.
    QJsonObject channelStateJson() const;
    void setChannelState(const QJsonObject &json);

    friend bool operator==(const Mailbox &, const Mailbox &) = default;
};

} // namespace SyncLens
