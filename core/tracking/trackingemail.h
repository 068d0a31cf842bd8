#pragma once

#include "conversationindex.h"

#include <optional>

#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace SyncLens {

struct CrmRecord;
class RecordFields;
struct ExchangeItem;
class TrackingToken;

// An email that is in CRM: tracked, or sent from CRM. Addresses lower case.
struct TrackedEmail
{
    QString messageId;
    QString subject;
    QString from;
    QStringList to;
    QStringList cc;
    QString regardingId;
    qint64 token = 0; // 0: none
    ConversationIndex conversation;
};

// A new email arriving in a mailbox, as SSS sees it.
struct IncomingEmail
{
    QString mailboxId;
    QString messageId;
    QString from;
    QStringList to;
    QStringList cc;
    QString subject;
    QString inReplyTo;
    QString conversationIndex; // hex
    QString folder;
    bool trackRequested = false; // the user clicked Track in Outlook
    QString regardingId;         // chosen when tracking
};

// An Exchange email item as the tracker reads it: fields from, to, cc
// (arrays, or one address as a string), subject, inReplyTo and
// conversationIndex (hex). The item's id is the message id. A References
// header is not read: SSS correlates by In-Reply-To (sss-model §2).
IncomingEmail fromExchangeItem(const ExchangeItem &item);
// The same from the item's fields as the store holds them, compact JSON
// text, without building them as an object; std::nullopt when the text is
// not compactJson()'s (compactJsonMembers()): parse it then.
std::optional<IncomingEmail> fromExchangeItem(const ExchangeItem &item, QByteArrayView fieldsText);

// A CRM email record as the index holds it: messageid (else the record id),
// subject, from, to, cc, regardingobjectid, conversationindex; the token is
// the record's `token` field when it holds one, else the first in the subject.
TrackedEmail fromCrmRecord(const CrmRecord &record, const TrackingToken &tokens);
TrackedEmail fromCrmRecord(const RecordFields &record, const TrackingToken &tokens);
// What fromCrmRecord() reads from the CRM email that tracking `incoming`
// writes (message id `messageId`, its subject, addresses and conversation,
// regarding `regardingId`, no token field), without writing and reading it.
TrackedEmail trackedFromIncoming(const QString &messageId, const IncomingEmail &incoming,
                                 const QString &regardingId, const TrackingToken &tokens);
// The fields fromCrmRecord() and isInCrm() read, in ascending order.
const QStringList &trackedEmailFields();

// An address as the tracker compares it: trimmed, lower case; the same
// string, without a copy, when it already is (the common case).
QString normalizedAddress(const QString &address);

// The sender and recipients, normalised, sorted, without repeats: shared
// addresses are then one merge of two sorted lists.
QStringList sortedParticipants(const QString &from, const QStringList &to, const QStringList &cc);

// Whether a CRM email counts as in CRM for correlation: tracked, received or
// sent — not deleted and not still waiting to be sent (sss-model §2).
bool isInCrm(const CrmRecord &record);
bool isInCrm(const RecordFields &record);

} // namespace SyncLens
