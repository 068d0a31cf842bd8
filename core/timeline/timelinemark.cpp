#include "timelinemark.h"

namespace SyncLens {

namespace {

constexpr TimelinePlacement both(TimelineMark mark)
{
    return {true, true, mark};
}

constexpr TimelinePlacement exchangeOnly(TimelineMark mark)
{
    return {true, false, mark};
}

constexpr TimelinePlacement crmOnly(TimelineMark mark)
{
    return {false, true, mark};
}

} // namespace

// A decision shows on the lane of each side where its item has (or had) a copy
// that the decision is about. Rules, in sss-model.md's words:
// - Email tracked from Exchange (E1–E9) and email sent from CRM exist on both
//   sides: Tracked on both lanes, linked. DUPLICATE_SUPPRESSED is a second
//   Exchange copy of an email that is already tracked: Tracked, Exchange only.
// - Email that no rule tracks (outside the Inbox, without a recipient in the
//   org, or no rule matched), and Exchange items the user did not track, stay
//   in Exchange: NotTracked on the Exchange lane.
// - NOT_IN_SCOPE and OUT_SKIPPED_OUT_OF_SCOPE are about a CRM record that no
//   filter matches; nothing reaches Exchange: OutOfScope on the CRM lane.
// - LEFT_SCOPE and LEFT_SCOPE_DELETED: the record left scope (CRM) and its copy
//   stays stale or is deleted (Exchange): LeftScope on both lanes. The reason,
//   not the effect, picks the kind: the tooltip names the code.
// - IN_OVERWRITE_OUT_OF_SCOPE and CONFLICT_EXCHANGE_WON: Outlook's values
//   replaced CRM's, the seed's trust issue: Overwritten on both lanes.
// - CRM_DELETE and EXCHANGE_DELETE_*: one side deleted, the other follows or
//   is unlinked: Deleted on both lanes.
// - Creates, updates and CONFLICT_CRM_WON move values across: Tracked for a
//   new link, Updated (neutral) for a change, both lanes.
// - SEND_FAILED_MAILBOX leaves the email queued in CRM: Health on the CRM lane.
//   Mailbox health codes concern the mailbox's connection to Exchange, and
//   carry no item: Health on the Exchange lane.
// - BACK_IN_SCOPE: the record is in scope again (CRM) and its copy catches up
//   (Exchange): BackInScope on both lanes.
// - CRM_DELETE_KEPT: deleted in CRM, the Outlook copy stays, unlinked:
//   DeleteKept on both lanes (told apart from a delete that took both).
TimelinePlacement timelinePlacement(ReasonCode code)
{
    using R = ReasonCode;
    using M = TimelineMark;
    switch (code) {
    case R::ManualTrack:
    case R::TrackedFolder:
    case R::InReplyTo:
    case R::Token:
    case R::Conversation:
    case R::SmartMatch:
    case R::AllEmail:
    case R::FromRecord:
    case R::FromEmailEnabled:
    case R::Sent:
    case R::OutCreate:
    case R::InCreate:
        return both(M::Tracked);
    case R::DuplicateSuppressed:
        return exchangeOnly(M::Tracked);
    case R::NotTrackedNoSignal:
    case R::NotTrackedNoRecord:
    case R::NotTrackedFilteringNone:
    case R::NotTrackedFolder:
    case R::NotTrackedNoRecipient:
    case R::InNotTracked:
        return exchangeOnly(M::NotTracked);
    case R::NotInScope:
    case R::OutSkippedOutOfScope:
        return crmOnly(M::OutOfScope);
    case R::LeftScope:
    case R::LeftScopeDeleted:
        return both(M::LeftScope);
    case R::InOverwriteOutOfScope:
    case R::ConflictExchangeWon:
        return both(M::Overwritten);
    case R::CrmDelete:
    case R::ExchangeDeleteUntracked:
    case R::ExchangeDeletePropagated:
        return both(M::Deleted);
    case R::BackInScope:
        return both(M::BackInScope);
    case R::CrmDeleteKept:
        return both(M::DeleteKept);
    case R::OutUpdate:
    case R::InUpdate:
    case R::ConflictCrmWon:
        return both(M::Updated);
    case R::SendFailedMailbox:
        return crmOnly(M::Health);
    case R::MailboxNotApproved:
    case R::MailboxDisabledAuth:
    case R::TransientFailure:
    case R::MailboxDisabledTransient:
    case R::Recovered:
        return exchangeOnly(M::Health);
    }
    return exchangeOnly(M::Health); // unreachable: every code is listed above
}

QString timelineMarkName(TimelineMark mark)
{
    switch (mark) {
    case TimelineMark::Tracked:
        return QStringLiteral("TRACKED");
    case TimelineMark::NotTracked:
        return QStringLiteral("NOT_TRACKED");
    case TimelineMark::OutOfScope:
        return QStringLiteral("OUT_OF_SCOPE");
    case TimelineMark::LeftScope:
        return QStringLiteral("LEFT_SCOPE");
    case TimelineMark::Overwritten:
        return QStringLiteral("OVERWRITTEN");
    case TimelineMark::Deleted:
        return QStringLiteral("DELETED");
    case TimelineMark::Updated:
        return QStringLiteral("UPDATED");
    case TimelineMark::Health:
        return QStringLiteral("HEALTH");
    case TimelineMark::BackInScope:
        return QStringLiteral("BACK_IN_SCOPE");
    case TimelineMark::DeleteKept:
        return QStringLiteral("DELETE_KEPT");
    }
    return {};
}

QList<TimelineMark> allTimelineMarks()
{
    QList<TimelineMark> marks;
    for (int i = 0; i < TimelineMarkCount; ++i)
        marks.append(static_cast<TimelineMark>(i));
    return marks;
}

} // namespace SyncLens
