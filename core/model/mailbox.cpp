#include "mailbox.h"

#include "enumnames.h"

#include <array>

namespace SyncLens {

namespace {
using M = EnumName<ChannelMode>;
constexpr std::array kModeNames{
    M{ChannelMode::Sss, QLatin1String("sss")},
    M{ChannelMode::None, QLatin1String("none")},
};

using S = EnumName<ChannelStatus>;
constexpr std::array kStatusNames{
    S{ChannelStatus::NotRun, QLatin1String("NotRun")},
    S{ChannelStatus::Success, QLatin1String("Success")},
    S{ChannelStatus::Failure, QLatin1String("Failure")},
};

using ChannelName = EnumName<MailboxChannel>;
constexpr std::array kChannelNames{
    ChannelName{MailboxChannel::Incoming, QLatin1String("incoming")},
    ChannelName{MailboxChannel::Outgoing, QLatin1String("outgoing")},
    ChannelName{MailboxChannel::Act, QLatin1String("act")},
};

using FaultName = EnumName<FaultKind>;
constexpr std::array kMailboxFaultNames{
    FaultName{FaultKind::None, QLatin1String("none")},
    FaultName{FaultKind::Auth, QLatin1String("auth")},
    FaultName{FaultKind::Transient, QLatin1String("transient")},
    FaultName{FaultKind::Throttle, QLatin1String("throttle")},
};
} // namespace

QString mailboxChannelName(MailboxChannel value)
{
    return nameOf<MailboxChannel>(kChannelNames, value);
}

std::optional<MailboxChannel> mailboxChannelFromName(QStringView name)
{
    return valueOf<MailboxChannel>(kChannelNames, name);
}

QList<MailboxChannel> allMailboxChannels()
{
    return {MailboxChannel::Incoming, MailboxChannel::Outgoing, MailboxChannel::Act};
}

ChannelMode Mailbox::mode(MailboxChannel c) const
{
    switch (c) {
    case MailboxChannel::Incoming:
        return incoming;
    case MailboxChannel::Outgoing:
        return outgoing;
    case MailboxChannel::Act:
        return act;
    }
    return ChannelMode::None;
}

ChannelStatus Mailbox::status(MailboxChannel c) const
{
    switch (c) {
    case MailboxChannel::Incoming:
        return incomingStatus;
    case MailboxChannel::Outgoing:
        return outgoingStatus;
    case MailboxChannel::Act:
        return actStatus;
    }
    return ChannelStatus::NotRun;
}

void Mailbox::setStatus(MailboxChannel c, ChannelStatus value)
{
    switch (c) {
    case MailboxChannel::Incoming:
        incomingStatus = value;
        break;
    case MailboxChannel::Outgoing:
        outgoingStatus = value;
        break;
    case MailboxChannel::Act:
        actStatus = value;
        break;
    }
}

QList<MailboxChannel> Mailbox::disabledChannels() const
{
    QList<MailboxChannel> list;
    for (MailboxChannel c : allMailboxChannels()) {
        if (health(c).disabled || (!enabled && mode(c) == ChannelMode::Sss))
            list.append(c);
    }
    return list;
}

QJsonObject Mailbox::channelStateJson() const
{
    QJsonObject json;
    for (MailboxChannel c : allMailboxChannels()) {
        const ChannelHealth &h = health(c);
        if (h == ChannelHealth{})
            continue;
        QJsonObject o;
        if (h.disabled)
            o.insert(QStringLiteral("disabled"), true);
        if (h.failures)
            o.insert(QStringLiteral("failures"), h.failures);
        if (h.retryAfter.isValid())
            o.insert(QStringLiteral("retryAfter"), h.retryAfter.toMSecsSinceEpoch());
        if (h.fault != FaultKind::None) {
            o.insert(QStringLiteral("fault"), faultKindName(h.fault));
            o.insert(QStringLiteral("faultCycles"), h.faultCycles);
        }
        json.insert(mailboxChannelName(c), o);
    }
    if (incomingSeq >= 0)
        json.insert(QStringLiteral("incomingSeq"), incomingSeq);
    return json;
}

void Mailbox::setChannelState(const QJsonObject &json)
{
    for (MailboxChannel c : allMailboxChannels()) {
        const QJsonObject o = json.value(mailboxChannelName(c)).toObject();
        ChannelHealth &h = health(c);
        h.disabled = o.value(QStringLiteral("disabled")).toBool();
        h.failures = o.value(QStringLiteral("failures")).toInt();
        const QJsonValue retry = o.value(QStringLiteral("retryAfter"));
        h.retryAfter = retry.isDouble()
                           ? QDateTime::fromMSecsSinceEpoch(qint64(retry.toDouble()), Qt::UTC)
                           : QDateTime();
        h.fault = faultKindFromName(o.value(QStringLiteral("fault")).toString())
                      .value_or(FaultKind::None);
        h.faultCycles = o.value(QStringLiteral("faultCycles")).toInt();
    }
    const QJsonValue seq = json.value(QStringLiteral("incomingSeq"));
    incomingSeq = seq.isDouble() ? qint64(seq.toDouble()) : -1;
}

QString channelModeName(ChannelMode value)
{
    return nameOf<ChannelMode>(kModeNames, value);
}

std::optional<ChannelMode> channelModeFromName(QStringView name)
{
    return valueOf<ChannelMode>(kModeNames, name);
}

QString channelStatusName(ChannelStatus value)
{
    return nameOf<ChannelStatus>(kStatusNames, value);
}

std::optional<ChannelStatus> channelStatusFromName(QStringView name)
{
    return valueOf<ChannelStatus>(kStatusNames, name);
}

QString faultKindName(FaultKind value)
{
    return nameOf<FaultKind>(kMailboxFaultNames, value);
}

std::optional<FaultKind> faultKindFromName(QStringView name)
{
    return valueOf<FaultKind>(kMailboxFaultNames, name);
}

} // namespace SyncLens
