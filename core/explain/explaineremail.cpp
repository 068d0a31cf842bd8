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
    if (e.code == ReasonCode::Sent || e.code == ReasonCode::SendFailedMailbox)
        return {};
    return TrackingExplainer::advice(TrackingDecision::fromFacts(e.code, e.facts),
                                     mailboxOwner(e.mailboxId));
}

} // namespace SyncLens
