#include "mailboxhealth.h"

#include <algorithm>

namespace SyncLens {

namespace {
const QString kChannel = QStringLiteral("channel");
const QString kFailures = QStringLiteral("failures");
const QString kFault = QStringLiteral("fault");
} // namespace

void MailboxHealth::setStatuses(Mailbox &m, ChannelStatus whenSss)
{
    for (MailboxChannel c : allMailboxChannels())
        m.setStatus(c, m.mode(c) == ChannelMode::Sss ? whenSss : ChannelStatus::NotRun);
}

Alert MailboxHealth::alert(const Mailbox &m, const QDateTime &now, AlertSeverity severity,
                           ReasonCode code, QJsonObject facts)
{
    return Alert{0, m.id, now, severity, code, std::move(facts)};
}

qint64 MailboxHealth::backOffSeconds(int failures)
{
    const int doublings = std::clamp(failures - 1, 0, 10);
    return std::min<qint64>(qint64(5 * 60) << doublings, 60 * 60);
}

// One channel's injected fault: that channel fails, backs off or is disabled.
void MailboxHealth::failChannel(Mailbox &m, MailboxChannel c, const QDateTime &now, Outcome &out)
{
    ChannelHealth &h = m.health(c);
    const FaultKind kind = h.fault;
    if (--h.faultCycles <= 0) {
        h.fault = FaultKind::None;
        h.faultCycles = 0;
    }
    m.setStatus(c, ChannelStatus::Failure);
    ++h.failures;
    const QJsonObject channel{{kChannel, mailboxChannelName(c)}};
    if (kind == FaultKind::Auth) {
        h.disabled = true;
        h.retryAfter = QDateTime();
        out.alerts.append(
            alert(m, now, AlertSeverity::Error, ReasonCode::MailboxDisabledAuth, channel));
        return;
    }
    QJsonObject facts = channel;
    facts.insert(kFailures, h.failures);
    facts.insert(kFault, faultKindName(kind));
    out.alerts.append(alert(m, now, AlertSeverity::Warning, ReasonCode::TransientFailure, facts));
    if (h.failures >= DisableAfterFailures) {
        h.disabled = true;
        h.retryAfter = QDateTime();
        facts.remove(kFault);
        out.alerts.append(
            alert(m, now, AlertSeverity::Error, ReasonCode::MailboxDisabledTransient, facts));
        return;
    }
    h.retryAfter = now.addSecs(backOffSeconds(h.failures));
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
        if (!m.isFailing())
            out.alerts.append(alert(m, now, AlertSeverity::Error, ReasonCode::MailboxNotApproved));
        setStatuses(m, ChannelStatus::Failure);
        m.lastCycle = now;
        return out;
    }
    if (m.faultCycles > 0 && m.fault != FaultKind::None)
        return failWhole(m, now);

    for (MailboxChannel c : allMailboxChannels()) {
        ChannelHealth &h = m.health(c);
        if (m.mode(c) != ChannelMode::Sss || h.disabled ||
            (h.retryAfter.isValid() && now < h.retryAfter))
            continue; // its status stays as it was
        if (h.faultCycles > 0 && h.fault != FaultKind::None) {
            failChannel(m, c, now, out);
            continue;
        }
        out.runs[size_t(c)] = true;
    }
    return out;
}

MailboxHealth::Outcome MailboxHealth::failWhole(Mailbox &m, const QDateTime &now)
{
    Outcome out;
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
        out.alerts.append(alert(m, now, AlertSeverity::Error, ReasonCode::MailboxDisabledAuth));
        return out;
    }
    const QJsonObject facts{{kFailures, m.consecutiveFailures}, {kFault, faultKindName(kind)}};
    out.alerts.append(alert(m, now, AlertSeverity::Warning, ReasonCode::TransientFailure, facts));
    if (m.consecutiveFailures >= DisableAfterFailures) {
        m.enabled = false;
        m.retryAfter = QDateTime();
        out.alerts.append(alert(m, now, AlertSeverity::Error, ReasonCode::MailboxDisabledTransient,
                                {{kFailures, m.consecutiveFailures}}));
        return out;
    }
    m.retryAfter = now.addSecs(backOffSeconds(m.consecutiveFailures));
    return out;
}

MailboxHealth::Outcome MailboxHealth::succeed(Mailbox &m, const QDateTime &now,
                                              const std::array<bool, MailboxChannelCount> &ran)
{
    Outcome out;
    out.runs = ran;
    // Channels that failed and now ran: all of the mailbox's channels is one
    // recovery of the mailbox; fewer, each channel recovers alone.
    QList<MailboxChannel> failing, recovered;
    for (MailboxChannel c : allMailboxChannels()) {
        if (m.mode(c) != ChannelMode::Sss) {
            m.setStatus(c, ChannelStatus::NotRun);
            continue;
        }
        if (m.status(c) == ChannelStatus::Failure)
            failing.append(c);
        if (!ran[size_t(c)])
            continue;
        if (m.status(c) == ChannelStatus::Failure)
            recovered.append(c);
        m.setStatus(c, ChannelStatus::Success);
        m.health(c).failures = 0;
        m.health(c).retryAfter = QDateTime();
    }
    const QList<MailboxChannel> channels = allMailboxChannels();
    const bool whole = !recovered.isEmpty() && recovered.size() == failing.size() &&
                       std::all_of(channels.cbegin(), channels.cend(), [&](MailboxChannel c) {
                           return m.mode(c) != ChannelMode::Sss || recovered.contains(c);
                       });
    if (whole) {
        out.alerts.append(alert(m, now, AlertSeverity::Information, ReasonCode::Recovered));
    } else {
        for (MailboxChannel c : std::as_const(recovered)) {
            out.alerts.append(alert(m, now, AlertSeverity::Information, ReasonCode::Recovered,
                                    {{kChannel, mailboxChannelName(c)}}));
        }
    }
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
    for (ChannelHealth &h : m.channels) {
        h.disabled = false;
        h.failures = 0;
        h.retryAfter = QDateTime();
    }
}

} // namespace SyncLens
