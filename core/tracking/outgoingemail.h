#pragma once

#include "model/crmrecord.h"
#include "model/mailbox.h"
#include "model/orgsettings.h"
#include "model/result.h"
#include "outgoingdecision.h"
#include "trackingtoken.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace SyncLens {

class SequenceSource;

// Decides what happens to a CRM email in state pendingSend at a cycle
// (sss-model §2, Outgoing): sent through the sender's mailbox, with a new
// token at the end of its subject when tracking is on — or not sent, because
// that mailbox's outgoing channel is none, or it is not approved, or it is
// disabled. No I/O of its own: a new token comes from `nextToken` (the
// store's sequence), drawn only when the email is sent with tracking on.
class OutgoingEmail
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::OutgoingEmail)

public:
    using TokenSource = std::function<Result<qint64>()>;

    explicit OutgoingEmail(const OrgSettings &settings);

    // An email not in state pendingSend is an error (nothing to decide).
    Result<OutgoingDecision> decide(const CrmRecord &email,
                                    const std::optional<Mailbox> &senderMailbox,
                                    const TokenSource &nextToken) const;
    // The same, tokens from the org's sequence in `store`.
    Result<OutgoingDecision> decide(const CrmRecord &email,
                                    const std::optional<Mailbox> &senderMailbox,
                                    SequenceSource &store) const;

    static QList<OutgoingDecision::Reason> reasonsNotToSend(const std::optional<Mailbox> &mailbox);
    // The alert's sentence from its facts ("subject", "why"), in the current language.
    static QString alertMessage(const QJsonObject &facts);

private:
    Alert alertFor(const OutgoingDecision &decision) const;

    OrgSettings m_settings;
    TrackingToken m_tokens;
};

} // namespace SyncLens
