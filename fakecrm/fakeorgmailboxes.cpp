#include "fakeorgmailboxes.h"

#include "store/orgstore.h"
#include "sync/mailboxhealth.h"

#include <algorithm>

namespace SyncLens::Fake {

namespace {

int statusCode(ChannelStatus s)
{
    return s == ChannelStatus::Success ? 1 : (s == ChannelStatus::Failure ? 2 : 0);
}

// A channel is off when the mailbox is, or when it was disabled alone.
bool enabledFor(const Mailbox &m, MailboxChannel c)
{
    return m.enabled && !m.health(c).disabled;
}

// Dataverse keeps one count: the mailbox's, or that of the channel failing alone.
int failuresInARow(const Mailbox &m)
{
    int n = m.consecutiveFailures;
    for (const ChannelHealth &h : m.channels)
        n = std::max(n, h.failures);
    return n;
}

} // namespace

void FakeOrgMailboxes::add(OrgStore &store, const QList<Mailbox> &mailboxes,
                           const QHash<QString, User> &usersById, FakeOrgData &data)
{
    for (const Mailbox &m : mailboxes) {
        const User owner = usersById.value(m.userId);
        const auto alerts = store.alerts(m.id);
        QString lastError;
        QDateTime lastErrorTime;
        if (alerts && m.isFailing()) {
            for (const Alert &a : *alerts) {
                if (a.severity != AlertSeverity::Information) {
                    lastError = MailboxHealth::message(a);
                    lastErrorTime = a.time;
                }
            }
        }
        QJsonObject row{
            {QStringLiteral("mailboxid"), m.id},
            {QStringLiteral("name"), owner.name},
            {QStringLiteral("emailaddress"), owner.email},
            {QStringLiteral("incomingemailstatus"), statusCode(m.incomingStatus)},
            {QStringLiteral("outgoingemailstatus"), statusCode(m.outgoingStatus)},
            {QStringLiteral("actstatus"), statusCode(m.actStatus)},
            {QStringLiteral("emailrouteraccessapproval"), m.approved ? 1 : 2},
            {QStringLiteral("incomingemaildeliverymethod"), m.incoming == ChannelMode::Sss ? 2 : 0},
            {QStringLiteral("outgoingemaildeliverymethod"), m.outgoing == ChannelMode::Sss ? 2 : 0},
            {QStringLiteral("actdeliverymethod"), m.act == ChannelMode::Sss ? 1 : 2},
            {QStringLiteral("enabledforincomingemail"), enabledFor(m, MailboxChannel::Incoming)},
            {QStringLiteral("enabledforoutgoingemail"), enabledFor(m, MailboxChannel::Outgoing)},
            {QStringLiteral("enabledforact"), enabledFor(m, MailboxChannel::Act)},
            {QStringLiteral("processinglastattemptedon"), FakeOrgData::isoTime(m.lastCycle)},
            {QStringLiteral("lastsuccessfulsynccompletedon"),
             m.isFailing() ? QJsonValue() : FakeOrgData::isoTime(m.lastCycle)},
            {QStringLiteral("lastsyncerror"), lastError.isEmpty() ? QJsonValue() : lastError},
            {QStringLiteral("lastsyncerrorcode"), lastError.isEmpty() ? QJsonValue() : -2147220891},
            {QStringLiteral("lastsyncerroroccurredon"), FakeOrgData::isoTime(lastErrorTime)},
            {QStringLiteral("lastsyncerrorcount"), failuresInARow(m)},
            {QStringLiteral("postponemailboxprocessinguntil"), FakeOrgData::isoTime(m.retryAfter)},
            {QStringLiteral("receivingpostponeduntil"),
             FakeOrgData::isoTime(m.health(MailboxChannel::Incoming).retryAfter)},
            {QStringLiteral("postponesendinguntil"),
             FakeOrgData::isoTime(m.health(MailboxChannel::Outgoing).retryAfter)},
            {QStringLiteral("receivingpostponeduntilforact"),
             FakeOrgData::isoTime(m.health(MailboxChannel::Act).retryAfter)}};
        FakeOrgData::setLookup(row, QStringLiteral("regardingobjectid"), m.userId,
                               QStringLiteral("systemuser"));
        data.add(QStringLiteral("mailboxes"), QStringLiteral("mailboxid"), row);
        if (alerts) {
            for (const Alert &a : *alerts) {
                QJsonObject trace{{QStringLiteral("tracelogid"),
                                   QStringLiteral("trace-%1").arg(a.id, 8, 10, QLatin1Char('0'))},
                                  {QStringLiteral("level"), a.severity == AlertSeverity::Error ? 3
                                                            : a.severity == AlertSeverity::Warning
                                                                ? 2
                                                                : 1},
                                  {QStringLiteral("tracecode"), 0},
                                  {QStringLiteral("text"), MailboxHealth::message(a)},
                                  {QStringLiteral("createdon"), FakeOrgData::isoTime(a.time)}};
                FakeOrgData::setLookup(trace, QStringLiteral("regardingobjectid"), a.mailboxId,
                                       QStringLiteral("mailbox"));
                data.add(QStringLiteral("tracelogs"), QStringLiteral("tracelogid"), trace);
            }
        }
    }
    // A queue and its mailbox: not a user, never a user's mailbox.
    QJsonObject queue{{QStringLiteral("mailboxid"), QStringLiteral("zz-queue-mailbox")},
                      {QStringLiteral("name"), QStringLiteral("Support queue")},
                      {QStringLiteral("emailaddress"), QStringLiteral("support@contoso.com")},
                      {QStringLiteral("incomingemailstatus"), 1},
                      {QStringLiteral("outgoingemailstatus"), 1},
                      {QStringLiteral("actstatus"), 0},
                      {QStringLiteral("emailrouteraccessapproval"), 1},
                      {QStringLiteral("incomingemaildeliverymethod"), 2},
                      {QStringLiteral("outgoingemaildeliverymethod"), 2},
                      {QStringLiteral("actdeliverymethod"), 2},
                      {QStringLiteral("enabledforincomingemail"), true},
                      {QStringLiteral("enabledforoutgoingemail"), true},
                      {QStringLiteral("enabledforact"), false}};
    FakeOrgData::setLookup(queue, QStringLiteral("regardingobjectid"),
                           QStringLiteral("zz-queue-support"), QStringLiteral("queue"));
    data.add(QStringLiteral("mailboxes"), QStringLiteral("mailboxid"), queue);
}

} // namespace SyncLens::Fake
