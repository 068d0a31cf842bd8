#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace SyncLens {

// Every decision and every mailbox-health event has exactly one reason code.
// The names (sss-model.md) are stable: scenarios, the journal and the UI use them.
enum class ReasonCode
{
    // Email, Exchange → CRM (sss-model §2)
    DuplicateSuppressed,
    ManualTrack,
    TrackedFolder,
    InReplyTo,
    Token,
    Conversation,
    SmartMatch,
    AllEmail,
    FromRecord,
    FromEmailEnabled,
    NotTrackedNoSignal,
    NotTrackedNoRecord,
    NotTrackedFilteringNone,
    NotTrackedFolder,
    NotTrackedNoRecipient,
    // Email, CRM → Exchange
    Sent,
    SendFailedMailbox,
    // Appointments, tasks, contacts: outbound (§3)
    CrmDelete,
    CrmDeleteKept, // model v2: the Outlook copy stays, unlinked
    OutCreate,
    BackInScope, // model v2: a linked record in scope again catches up
    OutUpdate,
    LeftScope,
    LeftScopeDeleted,
    OutSkippedOutOfScope,
    NotInScope,
    // Inbound
    InCreate,
    InNotTracked,
    InUpdate,
    InOverwriteOutOfScope,
    ConflictExchangeWon,
    ConflictCrmWon,
    ExchangeDeleteUntracked,
    ExchangeDeletePropagated,
    // Mailbox health (§4)
    MailboxNotApproved,
    MailboxDisabledAuth,
    TransientFailure,
    MailboxDisabledTransient,
    Recovered,
};

QString reasonCodeName(ReasonCode code);
std::optional<ReasonCode> reasonCodeFromName(QStringView name);
QList<ReasonCode> allReasonCodes();

} // namespace SyncLens
