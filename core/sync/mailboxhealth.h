#pragma once

#include "model/alert.h"
#include "model/mailbox.h"

#include <QCoreApplication>
#include <QList>

namespace SyncLens {

// The health rules of sss-model §4, as a state machine over one mailbox: no
// store, no clock of its own. The cycle asks whether a mailbox runs, and
// reports the outcome; this class updates the mailbox and says which alerts
// to raise.
class MailboxHealth
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::MailboxHealth)

public:
    enum class Verdict
    {
        Runs,        // synchronise it now
        Skipped,     // disabled, or waiting out a back-off: nothing changes
        NotApproved, // every channel fails; nothing moves
        Failed,      // an injected fault made this attempt fail
    };

    struct Outcome
    {
        Verdict verdict = Verdict::Runs;
        QList<Alert> alerts; // also journaled, with their codes
    };

    static constexpr int DisableAfterFailures = 10;

    // Called before a cycle touches the mailbox at `now`.
    static Outcome attempt(Mailbox &mailbox, const QDateTime &now);
    // Called when the mailbox's cycle went through.
    static Outcome succeed(Mailbox &mailbox, const QDateTime &now);
    // Test & Enable: enabled again, failure count and back-off cleared.
    static void enable(Mailbox &mailbox);
    // The wait after the n-th failure in a row: 5 min × 2^(n−1), at most 1 h.
    static qint64 backOffSeconds(int failures);

private:
    static void setStatuses(Mailbox &mailbox, ChannelStatus whenSss);
    static Alert alert(const Mailbox &mailbox, const QDateTime &now, AlertSeverity severity,
                       ReasonCode code, const QString &message);
};

} // namespace SyncLens
