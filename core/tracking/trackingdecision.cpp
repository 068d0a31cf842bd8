#include "trackingdecision.h"

#include <QJsonArray>

namespace SyncLens {

bool TrackingDecision::isTracked() const
{
    switch (code) {
    case ReasonCode::ManualTrack:
    case ReasonCode::TrackedFolder:
    case ReasonCode::Token:
    case ReasonCode::Conversation:
    case ReasonCode::SmartMatch:
    case ReasonCode::AllEmail:
    case ReasonCode::FromRecord:
    case ReasonCode::FromEmailEnabled:
        return true;
    default:
        return false;
    }
}

QJsonObject TrackingDecision::factsJson() const
{
    QJsonObject o;
    auto put = [&](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    put("regarding", regardingId);
    put("correlatedWith", correlatedWith);
    if (!facts.tokensFound.isEmpty())
        o.insert(QStringLiteral("tokensFound"), QJsonArray::fromStringList(facts.tokensFound));
    put("token", facts.tokenUsed);
    put("matchedHeader", facts.matchedHeader);
    if (!facts.sharedAddresses.isEmpty())
        o.insert(QStringLiteral("sharedAddresses"),
                 QJsonArray::fromStringList(facts.sharedAddresses));
    put("subject", facts.subject);
    put("matchedSubject", facts.matchedSubject);
    if (facts.wordsDiffering >= 0)
        o.insert(QStringLiteral("wordsDiffering"), facts.wordsDiffering);
    o.insert(QStringLiteral("recipients"), facts.recipients);
    put("nearestSubject", facts.nearestSubject);
    if (facts.nearestSharedAddresses >= 0)
        o.insert(QStringLiteral("nearestSharedAddresses"), facts.nearestSharedAddresses);
    put("senderRecord", facts.senderRecordId);
    put("senderRecordType", facts.senderRecordType);
    put("folder", facts.folder);
    put("emailFiltering", facts.emailFiltering);
    return o;
}

} // namespace SyncLens
