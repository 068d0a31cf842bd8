#include "outgoingemail.h"

#include "model/orgreader.h"

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
    if (!mailbox->enabled || mailbox->health(MailboxChannel::Outgoing).disabled)
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
                                               SequenceSource &store) const
{
    return decide(email, senderMailbox, [&] { return m_tokens.nextNumber(store); });
}

Alert OutgoingEmail::alertFor(const OutgoingDecision &d) const
{
    using R = OutgoingDecision::Reason;
    QString why;
    switch (d.reasons.first()) {
    case R::NoMailbox:
        why = QStringLiteral("noMailbox");
        break;
    case R::OutgoingNone:
        why = QStringLiteral("outgoingNone");
        break;
    case R::NotApproved:
        why = QStringLiteral("notApproved");
        break;
    case R::Disabled:
        why = QStringLiteral("disabled");
        break;
    }
    Alert alert;
    alert.mailboxId = d.mailboxId;
    alert.severity = AlertSeverity::Error;
    alert.code = ReasonCode::SendFailedMailbox;
    alert.facts = QJsonObject{{QStringLiteral("subject"), d.subject},
                              {QStringLiteral("why"), why},
                              {QStringLiteral("channel"), QStringLiteral("outgoing")}};
    return alert;
}

QString OutgoingEmail::alertMessage(const QJsonObject &facts)
{
    const QString code = facts.value(QLatin1String("why")).toString();
    QString why;
    if (code == u"noMailbox")
        why = tr("the sender has no mailbox");
    else if (code == u"outgoingNone")
        why = tr("the mailbox's outgoing email is not synchronised (set to none)");
    else if (code == u"notApproved")
        why = tr("the mailbox is not approved");
    else
        why = tr("the mailbox is disabled");
    //: %1 is the email's subject, %2 why the mailbox cannot send it
    return tr("The email \"%1\" could not be sent: %2. It will be sent once the "
              "mailbox can send.")
        .arg(facts.value(QLatin1String("subject")).toString(), why);
}

} // namespace SyncLens
