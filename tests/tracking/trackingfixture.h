#pragma once

#include "tracking/emailtracker.h"

#include <QMetaType>

namespace SyncLens::Test {

// A small org's emails in CRM, the people who write them, and helpers to
// write new emails: what the tracker tests decide against.
//
//   <t1@crm>  "Quote for 40 seats [CRM:000001]"  alice → dan            regarding con-dan
//   <t2@crm>  "Renewal terms [CRM:000002]"       alice → erin, cc frank regarding acc-fabrikam
//   <t3@crm>  "Project kickoff" (received)       dan → alice            regarding opp-kickoff
//
// t1's conversation index is a new thread (H1); t2's is a reply in thread H2
// (H2 + one block); t3 has none.
namespace Fixture {

QString header(int thread);        // 22 bytes of hex, a thread's header
QString block(int reply);          // 5 bytes of hex, one reply's block
QString address(const char *name); // "alice" → "alice@contoso.com", others @fabrikam.com

TrackedEmail tracked(const QString &messageId, const QString &subject, const QString &from,
                     const QStringList &to, const QString &regarding, qint64 token = 0,
                     const QString &conversation = {});
TrackingIndex index(const OrgSettings &settings = {});

// A new email from `from` to alice, with the given subject.
IncomingEmail incoming(const QString &subject, const QString &from = address("dan"));
// The same email with other recipients.
IncomingEmail addressed(IncomingEmail e, const QStringList &to, const QStringList &cc = {});
// The default settings with smart matching on (it is off by default).
OrgSettings smartMatchingOn();
// Senders of the org: dan (contact), lee (lead), fabrikam (account), bob
// (user), support (queue); anyone else is nobody. Users (recipients in the
// org): alice and bob. Tracked folder: "Inbox/Clients" (acc-clients).
TrackingContext context(EmailFiltering filtering = EmailFiltering::Responses);

} // namespace Fixture

} // namespace SyncLens::Test

Q_DECLARE_METATYPE(SyncLens::IncomingEmail)
Q_DECLARE_METATYPE(SyncLens::ReasonCode)
Q_DECLARE_METATYPE(SyncLens::EmailFiltering)
