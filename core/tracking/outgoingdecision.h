#pragma once

#include "model/alert.h"
#include "model/reasoncode.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace SyncLens {

// What happens to a CRM email waiting to be sent (sss-model §2, Outgoing):
// SENT with the subject as sent, or SEND_FAILED_MAILBOX with the reasons and
// an alert for the mailbox. The engine applies it; the time of the alert is
// the engine's clock.
struct OutgoingDecision
{
    // Why the sender's mailbox cannot send, in the order they are checked.
    enum class Reason
    {
        NoMailbox,
        OutgoingNone,
        NotApproved,
        Disabled
    };

    ReasonCode code = ReasonCode::Sent;
    QString emailId;
    QString mailboxId;
    QString subject;            // as sent: with its new token when tracking is on
    QString token;              // "[CRM:000001]"; empty when tracking is off or not sent
    QStringList replacedTokens; // tokens the subject held before, now replaced
    QList<Reason> reasons;      // SEND_FAILED_MAILBOX only
    std::optional<Alert> alert; // SEND_FAILED_MAILBOX only

    static QString reasonName(Reason reason); // "outgoingNone", … (stable, for facts)
    static std::optional<Reason> reasonFromName(QStringView name);
    QJsonObject factsJson() const;
    // The decision again from a journal entry (its code and facts), so that it
    // can be explained later in any language.
    static OutgoingDecision fromFacts(ReasonCode code, const QString &emailId,
                                      const QJsonObject &facts);
};

} // namespace SyncLens
