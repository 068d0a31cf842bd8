#pragma once

#include "model/alert.h"
#include "model/mailbox.h"

#include <QCoreApplication>
#include <QList>

#include <array>

namespace SyncLens {

// The health rules of sss-model §4, as a state machine over one mailbox: no
// store, no clock of its own. The cycle asks whether a mailbox runs, and
// reports the outcome; this class updates the mailbox and says which alerts
// to raise. A fault may hit the whole mailbox or one channel alone: then only
// that channel fails, backs off or is disabled, and the others go on.
class MailboxHealth
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::MailboxHealth)

public:
    enum class Verdict
    {
        Runs,        // synchronise it now (the channels in `runs`)
        Skipped,     // disabled, or waiting out a back-off: nothing changes
        NotApproved, // every channel fails; nothing moves
        Failed,      // an injected fault made this attempt fail
    };

    struct Outcome
    {
        Verdict verdict = Verdict::Runs;
        QList<Alert> alerts; // also journaled, with their codes
        // With Runs: which channels synchronise now (Server-Side Sync, not
        // disabled, not backing off, not failing at this attempt).
        std::array<bool, MailboxChannelCount> runs{};
        bool channelRuns(MailboxChannel c) const { return runs[size_t(c)]; }
    };

    static constexpr int DisableAfterFailures = 10;

    // Called before a cycle touches the mailbox at `now`.
    static Outcome attempt(Mailbox &mailbox, const QDateTime &now);
    // Called when the mailbox's cycle went through for the channels `ran`
    // (attempt()'s `runs`; by default every channel).
    static Outcome succeed(Mailbox &mailbox, const QDateTime &now,
                           const std::array<bool, MailboxChannelCount> &ran = {true, true, true});
    // Test & Enable: enabled again (every channel), failure counts and back-offs cleared.
    static void enable(Mailbox &mailbox);
    // The wait after the n-th failure in a row: 5 min × 2^(n−1), at most 1 h.
    static qint64 backOffSeconds(int failures);

    // An alert's sentence, rendered now in the current language from its
    // code and facts (an alert from an older file: the text it kept).
    static QString message(ReasonCode code, const QJsonObject &facts);
    static QString message(const Alert &alert) { return message(alert.code, alert.facts); }
    // "Appointments, contacts and tasks" for act, …
    static QString channelLabel(MailboxChannel channel);

private:
    static void setStatuses(Mailbox &mailbox, ChannelStatus whenSss);
    static Outcome failWhole(Mailbox &mailbox, const QDateTime &now);
    static void failChannel(Mailbox &mailbox, MailboxChannel channel, const QDateTime &now,
                            Outcome &out);
    static Alert alert(const Mailbox &mailbox, const QDateTime &now, AlertSeverity severity,
                       ReasonCode code, QJsonObject facts = {});
    static QString channelMessage(ReasonCode code, MailboxChannel channel,
                                  const QJsonObject &facts);
};

} // namespace SyncLens
