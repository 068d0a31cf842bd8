#include "emailsync.h"

#include "journalwriter.h"
#include "model/recordtypes.h"
#include "store/orgstore.h"
#include "syncstate.h"
#include "tracking/emailtracker.h"

#include <QJsonArray>

#include <algorithm>

namespace SyncLens {

namespace {

const QString kPendingSend = QStringLiteral("pendingSend");

QStringList addresses(const QJsonValue &value)
{
    QStringList list;
    if (value.isString() && !value.toString().trimmed().isEmpty())
        list.append(value.toString().trimmed().toLower());
    for (const QJsonValue &v : value.toArray())
        list.append(v.toString().trimmed().toLower());
    return list;
}

IncomingEmail incomingOf(const ExchangeItem &item)
{
    const QJsonObject &f = item.fields;
    IncomingEmail e;
    e.mailboxId = item.mailboxId;
    e.messageId = item.id;
    e.from = f.value(QStringLiteral("from")).toString().trimmed().toLower();
    e.to = addresses(f.value(QStringLiteral("to")));
    e.cc = addresses(f.value(QStringLiteral("cc")));
    e.subject = f.value(QStringLiteral("subject")).toString();
    e.inReplyTo = f.value(QStringLiteral("inReplyTo")).toString();
    for (const QJsonValue &v : f.value(QStringLiteral("references")).toArray())
        e.references.append(v.toString());
    e.conversationIndex = f.value(QStringLiteral("conversationIndex")).toString();
    e.folder = item.folder;
    e.trackRequested = item.trackRequested;
    e.regardingId = item.regardingId;
    return e;
}

TrackedEmail trackedOf(const CrmRecord &r, qint64 token)
{
    TrackedEmail t;
    t.messageId = r.id;
    t.subject = r.field(QStringLiteral("subject"));
    t.from = r.field(QStringLiteral("from")).trimmed().toLower();
    t.to = addresses(r.fields.value(QStringLiteral("to")));
    t.cc = addresses(r.fields.value(QStringLiteral("cc")));
    t.regardingId = r.field(QStringLiteral("regardingobjectid"));
    t.token = token;
    t.conversation = ConversationIndex::fromHex(r.field(QStringLiteral("conversationindex")));
    return t;
}

bool isOlder(const EmailSync::Arrival &a, const EmailSync::Arrival &b)
{
    return std::tie(a.email.createdOn, a.mailbox->id, a.email.id) <
           std::tie(b.email.createdOn, b.mailbox->id, b.email.id);
}

} // namespace

EmailSync::EmailSync(CycleContext &context)
    : m_ctx(context)
{}

Result<void> EmailSync::receive(std::vector<Arrival> arrivals)
{
    std::stable_sort(arrivals.begin(), arrivals.end(), isOlder);
    for (Arrival &a : arrivals) {
        if (auto r = decide(*a.mailbox, a.email); !r)
            return r;
    }
    return {};
}

Result<void> EmailSync::decide(Mailbox &mailbox, const ExchangeItem &email)
{
    if (email.deleted)
        return {};
    auto links = m_ctx.state.links(m_ctx.store, mailbox.id);
    if (!links)
        return links.error();
    const auto known = (*links)->constFind(email.id);
    if (known != (*links)->cend()) {
        const bool changedSince = email.modifiedOn.isValid() && known->lastSynced.isValid() &&
                                  email.modifiedOn > known->lastSynced;
        if (known->isLinked() || !changedSince)
            return {}; // in CRM already, or decided and not changed since
    }
    const User *user = m_ctx.state.user(mailbox.userId);
    TrackingContext context;
    context.emailFiltering = user ? user->emailFiltering : EmailFiltering::Responses;
    context.trackedFolders = m_ctx.state.trackedFolders(mailbox.id);
    SyncState &state = m_ctx.state;
    context.findSender = [&state](const QString &address) { return state.senders().find(address); };

    const EmailTracker tracker(state.settings());
    const IncomingEmail incoming = incomingOf(email);
    const TrackingDecision d = tracker.decide(incoming, context, state.tracking());

    Link link{mailbox.id, email.id, Link::State::Decided, false, m_ctx.now};
    if (d.isTracked()) {
        CrmRecord crm{email.id, QString(RecordTypes::Email), {}, m_ctx.now, m_ctx.now};
        crm.fields = QJsonObject{
            {QStringLiteral("messageid"), email.id},
            {QStringLiteral("subject"), incoming.subject},
            {QStringLiteral("from"), incoming.from},
            {QStringLiteral("to"), QJsonArray::fromStringList(incoming.to)},
            {QStringLiteral("cc"), QJsonArray::fromStringList(incoming.cc)},
            {QStringLiteral("state"), QStringLiteral("tracked")},
            {QStringLiteral("direction"), QStringLiteral("incoming")},
            {QStringLiteral("ownerid"), mailbox.userId},
            {QStringLiteral("conversationindex"), incoming.conversationIndex},
            {QStringLiteral("inreplyto"), incoming.inReplyTo},
        };
        if (!d.regardingId.isEmpty())
            crm.fields.insert(QStringLiteral("regardingobjectid"), d.regardingId);
        if (auto r = m_ctx.store.upsertCrmRecord(crm); !r)
            return r;
        state.recordWritten(crm, m_ctx.store.lastChangeSeq());
        const auto tokens = TrackingToken(state.settings().tracking).findAll(incoming.subject);
        state.tracking().add(trackedOf(crm, tokens.isEmpty() ? 0 : tokens.first().number));
        link.state = Link::State::Linked;
    } else if (d.code == ReasonCode::DuplicateSuppressed) {
        link.state = Link::State::Linked; // this copy is the CRM email that exists
    }
    (*links)->insert(email.id, link);
    if (auto r = m_ctx.store.upsertLink(link); !r)
        return r;
    QJsonObject facts = d.factsJson();
    facts.insert(QStringLiteral("tracked"), d.isTracked());
    return m_ctx.journal.record(mailbox.id, email.id, d.code, facts);
}

Result<void> EmailSync::send(const QSet<QString> &running)
{
    QStringList queue = m_ctx.state.pendingSends().values();
    queue.sort(); // a stable order: the tokens they get do not depend on hashing
    for (const QString &id : std::as_const(queue)) {
        if (auto r = sendOne(id, running); !r)
            return r;
    }
    return {};
}

Result<void> EmailSync::sendOne(const QString &emailId, const QSet<QString> &running)
{
    SyncState &state = m_ctx.state;
    auto found = m_ctx.store.crmRecord(emailId);
    if (!found)
        return found.error();
    if (!*found || (*found)->deleted || (*found)->field(QStringLiteral("state")) != kPendingSend) {
        state.pendingSends().remove(emailId);
        return {};
    }
    CrmRecord crm = **found;
    const QString from = crm.field(QStringLiteral("from"));
    const User *sender = state.user(from);
    for (const Mailbox &m : state.mailboxes()) {
        const User *u = state.user(m.userId);
        if (!sender && u && u->email.compare(from, Qt::CaseInsensitive) == 0)
            sender = u;
    }
    const Mailbox *mailbox = sender ? state.mailboxOfUser(sender->id) : nullptr;
    if (!mailbox)
        return failSend(emailId, nullptr, QStringLiteral("noMailbox"));
    if (mailbox->outgoing != ChannelMode::Sss)
        return failSend(emailId, mailbox, QStringLiteral("outgoingNone"));
    if (!mailbox->approved)
        return failSend(emailId, mailbox, QStringLiteral("notApproved"));
    if (!mailbox->enabled)
        return failSend(emailId, mailbox, QStringLiteral("disabled"));
    if (!running.contains(mailbox->id))
        return {}; // waiting out a back-off: it goes at a later cycle

    const OrgSettings &settings = state.settings();
    QString subject = crm.field(QStringLiteral("subject"));
    QString token;
    qint64 tokenNumber = 0;
    if (settings.tracking.enabled) {
        auto next = m_ctx.store.nextSequenceValue(QStringLiteral("token"));
        if (!next)
            return next.error();
        tokenNumber = *next;
        token = TrackingToken(settings.tracking).format(tokenNumber);
        subject = subject.isEmpty() ? token : subject + u' ' + token;
        crm.fields.insert(QStringLiteral("token"), token);
    }
    crm.fields.insert(QStringLiteral("subject"), subject);
    crm.fields.insert(QStringLiteral("state"), QStringLiteral("sent"));
    crm.fields.insert(QStringLiteral("messageid"), emailId);
    crm.fields.insert(QStringLiteral("from"), sender->email.toLower());
    crm.fields.insert(QStringLiteral("ownerid"), sender->id);
    crm.fields.insert(QStringLiteral("direction"), QStringLiteral("outgoing"));
    crm.fields.insert(QStringLiteral("senton"), m_ctx.now.toString(Qt::ISODate));
    crm.modifiedOn = m_ctx.now;
    if (auto r = m_ctx.store.upsertCrmRecord(crm); !r)
        return r;
    state.recordWritten(crm, m_ctx.store.lastChangeSeq());
    state.tracking().add(trackedOf(crm, tokenNumber));

    // The sender's copy, in Sent Items, already in CRM.
    ExchangeItem copy{
        mailbox->id, emailId, QString(RecordTypes::Email), {}, QStringLiteral("Sent Items")};
    for (const char *field : {"subject", "from", "to", "cc"})
        copy.fields.insert(QLatin1String(field), crm.fields.value(QLatin1String(field)));
    copy.createdOn = copy.modifiedOn = m_ctx.now;
    if (auto r = m_ctx.store.upsertExchangeItem(copy); !r)
        return r;
    auto links = state.links(m_ctx.store, mailbox->id);
    if (!links)
        return links.error();
    const Link link{mailbox->id, emailId, Link::State::Linked, false, m_ctx.now};
    (*links)->insert(emailId, link);
    if (auto r = m_ctx.store.upsertLink(link); !r)
        return r;
    QJsonObject facts{{QStringLiteral("subject"), subject},
                      {QStringLiteral("to"), crm.fields.value(QStringLiteral("to"))}};
    if (!token.isEmpty())
        facts.insert(QStringLiteral("token"), token);
    return m_ctx.journal.record(mailbox->id, emailId, ReasonCode::Sent, facts);
}

QString EmailSync::sendFailureText(const QString &why)
{
    if (why == u"outgoingNone")
        return tr("outgoing email is not synchronised for the mailbox");
    if (why == u"notApproved")
        return tr("the mailbox is not approved");
    if (why == u"disabled")
        return tr("the mailbox is disabled");
    return tr("the sender has no mailbox");
}

// Journaled and alerted once; the email stays queued and goes when it can.
Result<void> EmailSync::failSend(const QString &emailId, const Mailbox *mailbox, const QString &why)
{
    auto latest = m_ctx.store.latestJournalForItem(emailId, 1);
    if (!latest)
        return latest.error();
    if (!latest->isEmpty() && latest->first().code == ReasonCode::SendFailedMailbox)
        return {};
    const QString mailboxId = mailbox ? mailbox->id : QString();
    if (mailbox) {
        Alert alert{0,
                    mailboxId,
                    m_ctx.now,
                    AlertSeverity::Error,
                    ReasonCode::SendFailedMailbox,
                    tr("An email could not be sent: %1. It waits until the mailbox can send.")
                        .arg(sendFailureText(why))};
        if (auto r = m_ctx.store.addAlert(alert); !r)
            return r.error();
    }
    return m_ctx.journal.record(mailboxId, emailId, ReasonCode::SendFailedMailbox,
                                QJsonObject{{QStringLiteral("why"), why}});
}

} // namespace SyncLens
