// Explainer: emails, in the tracking module's words (sss-model §2).
#include "explainer.h"
#include "model/correlationmethod.h"
#include "tracking/outgoingdecision.h"
#include "tracking/trackingdecision.h"
#include "tracking/trackingexplainer.h"

namespace SyncLens {

namespace {

bool isFromLiveOrg(const JournalEntry &e)
{
    return e.facts.value(QLatin1String("source")).toString() == u"live";
}

} // namespace

QString Explainer::emailSentence(const JournalEntry &e)
{
    const QString who = mailboxOwner(e.mailboxId);
    if (isFromLiveOrg(e)) {
        // Dynamics records which rule correlated the email, not with what:
        // its own words, never the engine's facts it did not give.
        const int method = e.facts.value(QLatin1String("correlationmethod")).toInt();
        //: %1 a user's name, %2 Dataverse's name of the value (InReplyTo…), %3 its number, %4 the
        //: reason code
        return tr("Tracked by Server-Side Synchronization for %1 in Dynamics 365: its "
                  "correlationmethod is %2 (%3), the rule %4.")
            .arg(who, correlationMethodName(method), QString::number(method),
                 reasonCodeName(e.code));
    }
    if (e.code == ReasonCode::Sent || e.code == ReasonCode::SendFailedMailbox)
        return TrackingExplainer::explain(OutgoingDecision::fromFacts(e.code, e.itemId, e.facts),
                                          who);
    return TrackingExplainer::explain(TrackingDecision::fromFacts(e.code, e.facts), who);
}

QStringList Explainer::emailAdvice(const JournalEntry &e)
{
    if (isFromLiveOrg(e))
        return {};
    if (e.code == ReasonCode::Sent || e.code == ReasonCode::SendFailedMailbox)
        return {};
    return TrackingExplainer::advice(TrackingDecision::fromFacts(e.code, e.facts),
                                     mailboxOwner(e.mailboxId));
}

} // namespace SyncLens
