#pragma once

#include "model/reasoncode.h"

#include <QJsonObject>
#include <QStringList>

namespace SyncLens {

// What the tracker decided for one email, and the facts that prove it.
struct TrackingDecision
{
    ReasonCode code = ReasonCode::NotTrackedNoSignal;
    QString regardingId;
    QString correlatedWith; // message id of the tracked email it matched

    struct Facts
    {
        QStringList tokensFound; // every well-formed token in the subject
        QString tokenUsed;       // the first one that belongs to a tracked email
        QString matchedHeader;   // "In-Reply-To", "References" or "Conversation-Index"
        QStringList sharedAddresses;
        QString subject;        // normalised, of the new email
        QString matchedSubject; // normalised, of the tracked email
        int wordsDiffering = -1;
        int recipients = 0;
        // Smart matching's nearest miss: a tracked email with the same subject
        // but too few shared addresses (for the explanation).
        QString nearestSubject;
        int nearestSharedAddresses = -1;
        QString senderRecordId;
        QString senderRecordType;
        QString folder;
        QString emailFiltering;
    } facts;

    bool isTracked() const;
    QJsonObject factsJson() const;
};

} // namespace SyncLens
