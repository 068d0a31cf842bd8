#include "reasoncodetext.h"

namespace SyncLens {

QString ReasonCodeText::plainName(ReasonCode code)
{
    using R = ReasonCode;
    switch (code) {
    case R::DuplicateSuppressed:
        return tr("Email already tracked: no second copy");
    case R::ManualTrack:
        return tr("Email tracked by the user in Outlook");
    case R::TrackedFolder:
        return tr("Email tracked: in a tracked folder");
    case R::InReplyTo:
        return tr("Email tracked: a reply to an email in CRM");
    case R::Token:
        return tr("Email tracked by its tracking token");
    case R::Conversation:
        return tr("Email tracked: same conversation index");
    case R::SmartMatch:
        return tr("Email tracked by smart matching");
    case R::AllEmail:
        return tr("Email tracked: the user tracks all email");
    case R::FromRecord:
        return tr("Email tracked: sender is a contact, lead or account");
    case R::FromEmailEnabled:
        return tr("Email tracked: sender is an email-enabled record");
    case R::NotTrackedNoSignal:
        return tr("Email not tracked: not a response to CRM email");
    case R::NotTrackedNoRecord:
        return tr("Email not tracked: sender not in CRM");
    case R::NotTrackedFilteringNone:
        return tr("Email not tracked: automatic tracking is off");
    case R::NotTrackedFolder:
        return tr("Email not tracked: not in the Inbox or a tracked folder");
    case R::NotTrackedNoRecipient:
        return tr("Email not tracked: no user in To or Cc (a list or Bcc)");
    case R::Sent:
        return tr("CRM email sent");
    case R::SendFailedMailbox:
        return tr("CRM email not sent: mailbox cannot send");
    case R::CrmDelete:
        return tr("Deleted in CRM: Outlook copy deleted");
    case R::CrmDeleteKept:
        return tr("Deleted in CRM: Outlook copy kept, unlinked");
    case R::OutCreate:
        return tr("Copied to Outlook");
    case R::BackInScope:
        return tr("Back in the sync filters: Outlook copy caught up");
    case R::OutUpdate:
        return tr("CRM change copied to Outlook");
    case R::LeftScope:
        return tr("Left the sync filters: Outlook copy kept");
    case R::LeftScopeDeleted:
        return tr("Left the sync filters: Outlook copy deleted");
    case R::OutSkippedOutOfScope:
        return tr("CRM change not sent: out of the sync filters");
    case R::NotInScope:
        return tr("Not in any sync filter: not copied");
    case R::InCreate:
        return tr("Tracked in Outlook: created in CRM");
    case R::InNotTracked:
        return tr("Not tracked in Outlook: stays in Exchange");
    case R::InUpdate:
        return tr("Outlook change copied to CRM");
    case R::InOverwriteOutOfScope:
        return tr("Outlook overwrote a CRM edit");
    case R::ConflictExchangeWon:
        return tr("Changed on both sides: Outlook won");
    case R::ConflictCrmWon:
        return tr("Changed on both sides: CRM won");
    case R::ExchangeDeleteUntracked:
        return tr("Deleted in Outlook: CRM record kept");
    case R::ExchangeDeletePropagated:
        return tr("Deleted in Outlook: CRM record deleted");
    case R::MailboxNotApproved:
        return tr("Mailbox not approved");
    case R::MailboxDisabledAuth:
        return tr("Mailbox disabled: credentials refused");
    case R::TransientFailure:
        return tr("Temporary failure");
    case R::MailboxDisabledTransient:
        return tr("Mailbox disabled after repeated failures");
    case R::Recovered:
        return tr("Mailbox synchronises again");
    }
    return reasonCodeName(code);
}

} // namespace SyncLens
