#pragma once

#include "cyclecontext.h"
#include "model/crmrecord.h"
#include "model/exchangeitem.h"
#include "model/mailbox.h"
#include "model/result.h"
#include "model/user.h"
#include "tracking/outgoingdecision.h"

#include <QCoreApplication>
#include <QSet>

namespace SyncLens {

struct IncomingEmail;

// Email in one cycle (sss-model §2): new emails in the mailboxes decided by
// the tracking rules, in arrival order, and CRM emails waiting to be sent
// sent through their sender's mailbox with a tracking token.
class EmailSync
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::EmailSync)

public:
    explicit EmailSync(CycleContext &context);

    // An email to decide, as the changes read found it: its fields stay the
    // stored text until its turn comes, so that a cycle holds the new emails
    // of every mailbox compactly (parsed, they were a fifth of a 1M-item
    // org's first cycle at its peak). Reading each again by key instead, in
    // time order across mailboxes, missed the page cache: half of that
    // cycle's email phase. Deciding writes no Exchange item, so the email
    // found is the one there when it is decided.
    struct Arrival
    {
        Mailbox *mailbox;
        ExchangeItem email; // without its fields
        QByteArray fieldsText;
    };
    // The order emails are decided in: by arrival time across mailboxes,
    // then by mailbox and id (a total order: any input order ends the same).
    static bool arrivesBefore(const Arrival &a, const Arrival &b);
    // Decides each email not yet decided (or changed since: tracked by hand),
    // in the order of arrivesBefore() (sorted here unless already so).
    Result<void> receive(std::vector<Arrival> arrivals);
    // Sends the queued CRM emails; `running` are the mailboxes this cycle
    // reaches (one waiting out a back-off holds its emails without failing).
    Result<void> send(const QSet<QString> &running);

private:
    Result<void> decide(Mailbox &mailbox, const ExchangeItem &email, const IncomingEmail &incoming);
    Result<void> makeRoomForLinks(const std::vector<Arrival> &arrivals);
    Result<void> sendOne(const QString &emailId, const QSet<QString> &running);
    const User *senderOf(const CrmRecord &email) const;
    Result<void> keepSentCopy(const Mailbox &mailbox, const CrmRecord &crm);
    Result<void> failSend(const OutgoingDecision &decision);

    CycleContext &m_ctx;
};

} // namespace SyncLens
