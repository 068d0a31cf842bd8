#include "outgoingemail.h"

#include "store/orgstore.h"

namespace SyncLens {

OutgoingEmail::OutgoingEmail(const OrgSettings &settings)
    : m_settings(settings)
    , m_tokens(settings.tracking)
{}

QList<OutgoingDecision::Reason>
OutgoingEmail::reasonsNotToSend(const std::optional<Mailbox> &mailbox)
{
    using R = OutgoingDecision::Reason;
    if (!mailbox)
        return {R::NoMailbox};
    QList<R> reasons;
    if (mailbox->outgoing == ChannelMode::None)
        reasons.append(R::OutgoingNone);
    if (!mailbox->approved)
        reasons.append(R::NotApproved);
    if (!mailbox->enabled)
        reasons.append(R::Disabled);
    return reasons;
}

Result<OutgoingDecision> OutgoingEmail::decide(const CrmRecord &email,
                                               const std::optional<Mailbox> &senderMailbox,
                                               const TokenSource &nextToken) const
{
    const QString state = email.field(QStringLiteral("state"));
    if (state != u"pendingSend") {
        return makeError(
            Error::Code::InvalidArgument,
            tr("email %1 is not waiting to be sent (its state is \"%2\")").arg(email.id, state));
    }
    OutgoingDecision d;
    d.emailId = email.id;
    d.mailboxId = senderMailbox ? senderMailbox->id : QString();
    d.subject = email.field(QStringLiteral("subject"));
    d.reasons = reasonsNotToSend(senderMailbox);
    if (!d.reasons.isEmpty()) { // nothing is lost: it waits for the mailbox
        d.code = ReasonCode::SendFailedMailbox;
        d.alert = alertFor(d);
        return d;
    }
    d.code = ReasonCode::Sent;
    if (!m_settings.tracking.enabled)
        return d;
    const auto number = nextToken();
    if (!number)
        return number.error();
    for (const auto &old : m_tokens.findAll(d.subject))
        d.replacedTokens.append(old.text);
    d.token = m_tokens.format(*number);
    d.subject = m_tokens.appendTo(d.subject, *number);
    return d;
}

Result<OutgoingDecision> OutgoingEmail::decide(const CrmRecord &email,
                                               const std::optional<Mailbox> &senderMailbox,
                                               OrgStore &store) const
{
    return decide(email, senderMailbox, [&] { return m_tokens.nextNumber(store); });
}

Alert OutgoingEmail::alertFor(const OutgoingDecision &d) const
{
    using R = OutgoingDecision::Reason;
    QString why;
    switch (d.reasons.first()) {
    case R::NoMailbox:
        why = tr("the sender has no mailbox");
        break;
    case R::OutgoingNone:
        why = tr("the mailbox's outgoing email is not synchronised (set to none)");
        break;
    case R::NotApproved:
        why = tr("the mailbox is not approved");
        break;
    case R::Disabled:
        why = tr("the mailbox is disabled");
        break;
    }
    Alert alert;
    alert.mailboxId = d.mailboxId;
    alert.severity = AlertSeverity::Error;
    alert.code = ReasonCode::SendFailedMailbox;
    //: %1 is the email's subject, %2 why the mailbox cannot send it
    alert.message = tr("The email \"%1\" could not be sent: %2. It will be sent once the "
                       "mailbox can send.")
                        .arg(d.subject, why);
    return alert;
}

} // namespace SyncLens
