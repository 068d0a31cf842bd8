// MailboxHealth: an alert's sentence, rendered when it is shown.
#include "mailboxhealth.h"

#include "tracking/outgoingemail.h"

namespace SyncLens {

QString MailboxHealth::channelLabel(MailboxChannel channel)
{
    switch (channel) {
    case MailboxChannel::Incoming:
        return tr("Incoming email");
    case MailboxChannel::Outgoing:
        return tr("Outgoing email");
    case MailboxChannel::Act:
        return tr("Appointments, contacts and tasks");
    }
    return {};
}

QString MailboxHealth::channelMessage(ReasonCode code, MailboxChannel channel,
                                      const QJsonObject &facts)
{
    QString label = channelLabel(channel); // not const: the default case moves it out
    const int failures = facts.value(QLatin1String("failures")).toInt();
    switch (code) {
    case ReasonCode::MailboxDisabledAuth:
        //: %1 is a channel, e.g. "Appointments, contacts and tasks"
        return tr("%1: Exchange refused the mailbox's credentials. This channel is disabled "
                  "until the mailbox is tested and enabled again; the other channels go on.")
            .arg(label);
    case ReasonCode::TransientFailure:
        return facts.value(QLatin1String("fault")).toString() == u"throttle"
                   ? tr("%1: Exchange throttled this channel (failure %n in a row); the other "
                        "channels go on.",
                        nullptr, failures)
                         .arg(label)
                   : tr("%1: a temporary error stopped this channel (failure %n in a row); the "
                        "other channels go on.",
                        nullptr, failures)
                         .arg(label);
    case ReasonCode::MailboxDisabledTransient:
        return tr("%1: this channel failed %n times in a row and is disabled until the mailbox "
                  "is tested and enabled again.",
                  nullptr, failures)
            .arg(label);
    case ReasonCode::Recovered:
        return tr("%1: this channel synchronises again.").arg(label);
    default:
        return label;
    }
}

QString MailboxHealth::message(ReasonCode code, const QJsonObject &facts)
{
    // Written before alerts kept facts (schema 4 and older): the old sentence.
    for (const char *old : {"text", "message"}) {
        if (facts.contains(QLatin1String(old)))
            return facts.value(QLatin1String(old)).toString();
    }
    if (code == ReasonCode::SendFailedMailbox)
        return OutgoingEmail::alertMessage(facts);
    if (const auto channel =
            mailboxChannelFromName(facts.value(QLatin1String("channel")).toString()))
        return channelMessage(code, *channel, facts);
    const int failures = facts.value(QLatin1String("failures")).toInt();
    switch (code) {
    case ReasonCode::MailboxNotApproved:
        return tr("The mailbox is not approved: nothing is synchronised "
                  "until an administrator approves it.");
    case ReasonCode::MailboxDisabledAuth:
        return tr("Exchange refused the mailbox's credentials. The mailbox is "
                  "disabled until it is tested and enabled again.");
    case ReasonCode::TransientFailure:
        return facts.value(QLatin1String("fault")).toString() == u"throttle"
                   ? tr("Exchange throttled the mailbox (failure %n in a row).", nullptr, failures)
                   : tr("A temporary error stopped the mailbox's cycle (failure %n in a row).",
                        nullptr, failures);
    case ReasonCode::MailboxDisabledTransient:
        return tr("The mailbox failed %n times in a row and is disabled until it "
                  "is tested and enabled again.",
                  nullptr, failures);
    case ReasonCode::Recovered:
        return tr("The mailbox synchronises again.");
    default:
        return reasonCodeName(code);
    }
}

} // namespace SyncLens
