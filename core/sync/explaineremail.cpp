// Explainer: emails, in the tracking module's words (sss-model §2).
#include "explainer.h"
#include "tracking/outgoingdecision.h"
#include "tracking/trackingdecision.h"
#include "tracking/trackingexplainer.h"

namespace SyncLens {

QString Explainer::emailSentence(const JournalEntry &e)
{
    const QString who = mailboxOwner(e.mailboxId);
    if (e.code == ReasonCode::Sent || e.code == ReasonCode::SendFailedMailbox)
        return TrackingExplainer::explain(OutgoingDecision::fromFacts(e.code, e.itemId, e.facts),
                                          who);
    return TrackingExplainer::explain(TrackingDecision::fromFacts(e.code, e.facts), who);
}

QStringList Explainer::emailAdvice(const JournalEntry &e)
{
    const QString who = mailboxOwner(e.mailboxId);
    switch (e.code) {
    case ReasonCode::NotTrackedNoSignal:
        return {tr("Track it in Outlook by hand, or move it to a tracked folder."),
                tr("Or set %1's email filtering to all email messages, or to email from CRM "
                   "records.")
                    .arg(who)};
    case ReasonCode::NotTrackedNoRecord:
        return {tr("Add the sender to CRM as a contact, lead or account, or track the email by "
                   "hand.")};
    case ReasonCode::NotTrackedFilteringNone:
        return {tr("%1's email filtering is set to none: choose another method, or track the "
                   "email by hand.")
                    .arg(who)};
    case ReasonCode::DuplicateSuppressed:
        return {tr("Nothing to do: the email is already in CRM once.")};
    default:
        return {};
    }
}

} // namespace SyncLens
