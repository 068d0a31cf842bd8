#pragma once

#include "model/orgsettings.h"
#include "model/user.h"
#include "trackingdecision.h"
#include "trackingindex.h"

#include <QHash>
#include <QSet>
#include <QVarLengthArray>

#include <functional>
#include <optional>
#include <span>

namespace SyncLens {

// The record an address belongs to, for E8 and E9.
struct SenderRecord
{
    QString id;
    QString type; // contact, lead, account, systemuser, queue, …
    QString name; // for the explanation; may be empty
    bool isContactLeadOrAccount() const
    {
        return type == u"contact" || type == u"lead" || type == u"account";
    }
};

// Everything about the mailbox that the rules read besides the email itself.
struct TrackingContext
{
    EmailFiltering emailFiltering = EmailFiltering::Responses;
    QHash<QString, QString> trackedFolders; // folder → regarding
    // The org's users' addresses, lower case: an email with none of them in
    // To or Cc is not tracked automatically (NOT_TRACKED_NO_RECIPIENT).
    QSet<QString> userAddresses;
    // The email-enabled record with this (lower-case) address, if any. When
    // several records share an address, a contact, lead or account comes
    // before a user or queue, so that `records` tracks what it should.
    std::function<std::optional<SenderRecord>(const QString &address)> findSender;
};

// The users' addresses as TrackingContext::userAddresses holds them.
QSet<QString> userAddressesOf(const QList<User> &users);

// Decides, for one new email in one mailbox, whether SSS tracks it and why:
// the rules of sss-model §2 in their order. No UI, no threads, no I/O: the
// engine calls it per email and adds what it tracks to the index.
class EmailTracker
{
public:
    explicit EmailTracker(const OrgSettings &settings);

    TrackingDecision decide(const IncomingEmail &email, const TrackingContext &context,
                            const TrackingIndex &index) const;

private:
    void startFacts(const IncomingEmail &email, const TrackingContext &context,
                    TrackingDecision &d) const;
    bool byDuplicate(const IncomingEmail &email, const TrackingIndex &index,
                     TrackingDecision &d) const;
    bool byUser(const IncomingEmail &email, const TrackingContext &context,
                TrackingDecision &d) const;
    static bool outsideInbox(const IncomingEmail &email, TrackingDecision &d);
    static bool withoutRecipient(const IncomingEmail &email, const TrackingContext &context,
                                 TrackingDecision &d);
    using Tokens = QVarLengthArray<TrackingToken::Span, 4>;
    bool byInReplyTo(const IncomingEmail &email, const Tokens &tokens, const TrackingIndex &index,
                     TrackingDecision &d) const;
    bool byToken(const Tokens &tokens, const TrackingIndex &index, TrackingDecision &d) const;
    bool byConversation(const ConversationIndex &conversation, const TrackingIndex &index,
                        TrackingDecision &d) const;
    bool bySmartMatch(const IncomingEmail &email, const TrackingIndex &index,
                      TrackingDecision &d) const;
    void byFiltering(const IncomingEmail &email, const TrackingContext &context,
                     TrackingDecision &d) const;
    void smartMatch(TrackingDecision &d, const IncomingEmail &email, const TrackingIndex &index,
                    int i, std::span<const quint64> theirKeys) const;
    void correlate(TrackingDecision &d, ReasonCode code, const TrackingIndex &index, int i) const;

    OrgSettings m_settings;
    TrackingToken m_tokens;
};

} // namespace SyncLens
