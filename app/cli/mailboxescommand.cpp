#include "livecommands.h"

#include "store/orgstore.h"
#include "sync/mailboxhealth.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace SyncLens::Cli {

namespace {

QJsonValue iso(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

// A sandbox mailbox as live mode shows one: its user's address and name,
// approval and enable flags from the engine's model.
LiveMailbox fromSandbox(const Mailbox &m, const std::optional<User> &user,
                        const QList<Alert> &alerts)
{
    LiveMailbox live;
    live.id = m.id;
    live.ownerId = m.userId;
    live.name = user ? user->name : m.userId;
    live.address = user ? user->email : QString();
    live.incomingStatus = m.incomingStatus;
    live.outgoingStatus = m.outgoingStatus;
    live.actStatus = m.actStatus;
    live.approval = m.approved ? QStringLiteral("Approved") : QStringLiteral("PendingApproval");
    live.incomingEnabled = live.outgoingEnabled = live.actEnabled = m.enabled;
    live.lastAttempt = m.lastCycle;
    if (!m.isFailing())
        live.lastSuccess = m.lastCycle;
    for (const Alert &a : alerts) {
        if (m.isFailing() && a.severity != AlertSeverity::Information) {
            live.lastError = MailboxHealth::message(a);
            live.lastErrorTime = a.time;
        }
    }
    live.postponedProcessing = m.retryAfter;
    return live;
}

QJsonObject toJson(const LiveMailbox &m, const QList<Alert> &alerts)
{
    QJsonArray list;
    for (const Alert &a : alerts)
        list.append(QJsonObject{{QStringLiteral("level"), alertSeverityName(a.severity)},
                                {QStringLiteral("time"), iso(a.time)},
                                {QStringLiteral("message"), MailboxHealth::message(a)}});
    return QJsonObject{{QStringLiteral("id"), m.id},
                       {QStringLiteral("address"), m.address},
                       {QStringLiteral("user"), m.name},
                       {QStringLiteral("ownerId"), m.ownerId},
                       {QStringLiteral("ownerType"), m.ownerType},
                       {QStringLiteral("incoming"), channelStatusName(m.incomingStatus)},
                       {QStringLiteral("outgoing"), channelStatusName(m.outgoingStatus)},
                       {QStringLiteral("act"), channelStatusName(m.actStatus)},
                       {QStringLiteral("approval"), m.approval},
                       {QStringLiteral("incomingEnabled"), m.incomingEnabled},
                       {QStringLiteral("outgoingEnabled"), m.outgoingEnabled},
                       {QStringLiteral("actEnabled"), m.actEnabled},
                       {QStringLiteral("lastSuccessfulSync"), iso(m.lastSuccess)},
                       {QStringLiteral("lastError"), m.lastError},
                       {QStringLiteral("postponedUntil"), iso(m.postponedProcessing)},
                       {QStringLiteral("alerts"), list}};
}

QString yesNo(bool value)
{
    return value ? Command::tr("on") : Command::tr("off");
}

QString toText(const LiveMailbox &m, const QList<Alert> &alerts)
{
    QString text = QStringLiteral("%1 <%2>\n").arg(m.name, m.address);
    text += Command::tr("  incoming %1, outgoing %2, act %3; approval %4\n")
                .arg(channelStatusName(m.incomingStatus), channelStatusName(m.outgoingStatus),
                     channelStatusName(m.actStatus), m.approval);
    text += Command::tr("  enabled: incoming %1, outgoing %2, act %3\n")
                .arg(yesNo(m.incomingEnabled), yesNo(m.outgoingEnabled), yesNo(m.actEnabled));
    text += Command::tr("  last successful sync %1\n")
                .arg(m.lastSuccess.isValid() ? m.lastSuccess.toString(Qt::ISODate)
                                             : Command::tr("never"));
    if (!m.lastError.isEmpty())
        text += Command::tr("  last error: %1\n").arg(m.lastError);
    for (const Alert &a : alerts)
        text += QStringLiteral("  %1 %2 %3\n")
                    .arg(alertSeverityName(a.severity), a.time.toString(Qt::ISODate),
                         MailboxHealth::message(a));
    return text;
}

} // namespace

QStringList MailboxesCommand::words() const
{
    return {QStringLiteral("mailboxes")};
}

QString MailboxesCommand::summary() const
{
    return Command::tr("List mailboxes with their statuses, approval, last sync and alerts.");
}

void MailboxesCommand::describe(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("org"), Command::tr("The org file."), Command::tr("FILE")});
    parser.addOption({QStringLiteral("json"), Command::tr("Print one JSON document.")});
}

int MailboxesCommand::run(const QCommandLineParser &parser)
{
    auto store = openOrgOption(parser, OrgStore::Access::ReadOnly);
    if (!store)
        return BadInput;
    auto live = store->liveMailboxes();
    if (!live) {
        printError(live.error().message);
        return BadInput;
    }
    QList<LiveMailbox> mailboxes = *live;
    if (mailboxes.isEmpty()) { // a sandbox org
        const auto engine = store->mailboxes();
        if (!engine) {
            printError(engine.error().message);
            return BadInput;
        }
        for (const Mailbox &m : *engine) {
            const auto user = store->user(m.userId);
            const auto alerts = store->alerts(m.id);
            mailboxes.append(
                fromSandbox(m, user ? *user : std::nullopt, alerts ? *alerts : QList<Alert>()));
        }
    }
    QJsonArray json;
    QString text;
    for (const LiveMailbox &m : std::as_const(mailboxes)) {
        const auto alerts = store->alerts(m.id);
        if (!alerts) {
            printError(alerts.error().message);
            return BadInput;
        }
        json.append(toJson(m, *alerts));
        text += toText(m, *alerts);
    }
    printOut(parser.isSet(QStringLiteral("json")) ? QString::fromUtf8(QJsonDocument(json).toJson())
                                                  : text);
    return Ok;
}

} // namespace SyncLens::Cli
