#pragma once

#include "model/compactjson.h"
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
        QString matchedHeader;   // "In-Reply-To" or "Conversation-Index"
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

        // Added for the explanation; all optional.
        QString correlatedSubject; // the matched email's subject as written, tokens removed
        QString nearestMessageId;
        QString sender; // the new email's From, lower case
        QString inReplyTo;
        QString senderRecordName;
        QString regardingName; // filled by whoever knows record names (the tracker does not)
        QStringList recipientAddresses; // To and Cc, lower case: NOT_TRACKED_NO_RECIPIENT
        QString passedToken;            // IN_REPLY_TO: a token of another email in CRM, which
        QString passedTokenSubject;     // E4 would have taken; that email's subject
        // The settings that the rules read, as they were for this decision.
        bool trackingEnabled = true;
        bool correlationEnabled = true;
        bool smartMatchingEnabled = false;
        int minAddressCount = 2;
        int maxRecipientCount = 20;
        int deltaSubjectCount = 0;
    } facts;

    bool isTracked() const;
    QJsonObject factsJson() const;
    // The same facts inserted into an object written as text (the journal's).
    void writeFacts(CompactJsonObject &out) const;
    // The decision back from a journal entry's code and facts.
    static TrackingDecision fromFacts(ReasonCode code, const QJsonObject &json);
};

} // namespace SyncLens
