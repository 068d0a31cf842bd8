#include "mailboxhealth.h"

#include <algorithm>

namespace SyncLens {

void MailboxHealth::setStatuses(Mailbox &m, ChannelStatus whenSss)
{
    auto status = [whenSss](ChannelMode mode) {
        return mode == ChannelMode::Sss ? whenSss : ChannelStatus::NotRun;
    };
    m.incomingStatus = status(m.incoming);
    m.outgoingStatus = status(m.outgoing);
    m.actStatus = status(m.act);
}

Alert MailboxHealth::alert(const Mailbox &m, const QDateTime &now, AlertSeverity severity,
                           ReasonCode code, const QString &message)
{
    return Alert{0, m.id, now, severity, code, message};
}

qint64 MailboxHealth::backOffSeconds(int failures)
{
    const int doublings = std::clamp(failures - 1, 0, 10);
    return std::min<qint64>(qint64(5 * 60) << doublings, 60 * 60);
}

MailboxHealth::Outcome MailboxHealth::attempt(Mailbox &m, const QDateTime &now)
{
    Outcome out;
    if (!m.enabled || (m.retryAfter.isValid() && now < m.retryAfter)) {
        out.verdict = Verdict::Skipped;
        return out;
    }
    if (!m.approved) {
        out.verdict = Verdict::NotApproved;
        // Raised once, when the mailbox starts failing for it.
        if (!m.isFailing()) {
            out.alerts.append(alert(m, now, AlertSeverity::Error, ReasonCode::MailboxNotApproved,
                                    tr("The mailbox is not approved: nothing is synchronised "
                                       "until an administrator approves it.")));
        }
        setStatuses(m, ChannelStatus::Failure);
        m.lastCycle = now;
        return out;
    }
    if (m.faultCycles <= 0 || m.fault == FaultKind::None)
        return out;

    out.verdict = Verdict::Failed;
    const FaultKind kind = m.fault;
    if (--m.faultCycles == 0)
        m.fault = FaultKind::None;
    setStatuses(m, ChannelStatus::Failure);
    m.lastCycle = now;
    ++m.consecutiveFailures;
    if (kind == FaultKind::Auth) {
        m.enabled = false;
        m.retryAfter = QDateTime();
        out.alerts.append(alert(m, now, AlertSeverity::Error, ReasonCode::MailboxDisabledAuth,
                                tr("Exchange refused the mailbox's credentials. The mailbox is "
                                   "disabled until it is tested and enabled again.")));
        return out;
    }
    out.alerts.append(
        alert(m, now, AlertSeverity::Warning, ReasonCode::TransientFailure,
              kind == FaultKind::Throttle
                  ? tr("Exchange throttled the mailbox (failure %n in a row).", nullptr,
                       m.consecutiveFailures)
                  : tr("A temporary error stopped the mailbox's cycle (failure %n in a row).",
                       nullptr, m.consecutiveFailures)));
    if (m.consecutiveFailures >= DisableAfterFailures) {
        m.enabled = false;
        m.retryAfter = QDateTime();
        out.alerts.append(alert(m, now, AlertSeverity::Error, ReasonCode::MailboxDisabledTransient,
                                tr("The mailbox failed %n times in a row and is disabled until it "
                                   "is tested and enabled again.",
                                   nullptr, m.consecutiveFailures)));
        return out;
    }
    m.retryAfter = now.addSecs(backOffSeconds(m.consecutiveFailures));
    return out;
}

MailboxHealth::Outcome MailboxHealth::succeed(Mailbox &m, const QDateTime &now)
{
    Outcome out;
    if (m.isFailing()) {
        out.alerts.append(alert(m, now, AlertSeverity::Information, ReasonCode::Recovered,
                                tr("The mailbox synchronises again.")));
    }
    setStatuses(m, ChannelStatus::Success);
    m.consecutiveFailures = 0;
    m.retryAfter = QDateTime();
    m.lastCycle = now;
    return out;
}

void MailboxHealth::enable(Mailbox &m)
{
    m.enabled = true;
    m.consecutiveFailures = 0;
    m.retryAfter = QDateTime();
}

} // namespace SyncLens
