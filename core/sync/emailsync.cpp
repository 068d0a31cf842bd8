#include "emailsync.h"

#include "journalwriter.h"
#include "model/compactjson.h"
#include "model/recordtypes.h"
#include "store/orgstore.h"
#include "syncstate.h"
#include "tracking/emailtracker.h"
#include "tracking/outgoingemail.h"
#include "tracking/trackingemail.h"

#include <QJsonDocument>

#include <algorithm>

namespace SyncLens {

namespace {

bool isPendingSend(const CrmRecord &email)
{
    return !email.deleted && email.field(QStringLiteral("state")) == u"pendingSend";
}

// The fields of the CRM email a tracked email becomes, as compact JSON text.
QByteArray crmEmailFieldsText(const Mailbox &mailbox, const QString &id,
                              const IncomingEmail &incoming, const TrackingDecision &d)
{
    CompactJsonObject fields;
    fields.insertString(QLatin1StringView("messageid"), id);
    fields.insertString(QLatin1StringView("subject"), incoming.subject);
    fields.insertString(QLatin1StringView("from"), incoming.from);
    fields.insertStrings(QLatin1StringView("to"), incoming.to);
    fields.insertStrings(QLatin1StringView("cc"), incoming.cc);
    fields.insertString(QLatin1StringView("state"), u"tracked");
    fields.insertString(QLatin1StringView("direction"), u"incoming");
    fields.insertString(QLatin1StringView("ownerid"), mailbox.userId);
    fields.insertString(QLatin1StringView("conversationindex"), incoming.conversationIndex);
    fields.insertString(QLatin1StringView("inreplyto"), incoming.inReplyTo);
    if (!d.regardingId.isEmpty())
        fields.insertString(QLatin1StringView("regardingobjectid"), d.regardingId);
    return fields.text();
}

} // namespace

bool EmailSync::arrivesBefore(const Arrival &a, const Arrival &b)
{
    return std::tie(a.email.createdOn, a.mailbox->id, a.email.id) <
           std::tie(b.email.createdOn, b.mailbox->id, b.email.id);
}

EmailSync::EmailSync(CycleContext &context)
    : m_ctx(context)
{}

Result<void> EmailSync::receive(std::vector<Arrival> arrivals)
{
    if (!std::is_sorted(arrivals.cbegin(), arrivals.cend(), arrivesBefore))
        std::sort(arrivals.begin(), arrivals.end(), arrivesBefore);
    if (auto r = makeRoomForLinks(arrivals); !r)
        return r;
    for (Arrival &a : arrivals) {
        // The fields are read from their text as it is stored; any other
        // text is parsed, and named if damaged. Building each email's fields
        // as an object was 7 % of a first cycle's deciding thread (callgrind,
        // 200,000 items, 7 December).
        std::optional<IncomingEmail> incoming = fromExchangeItem(a.email, a.fieldsText);
        if (!incoming) {
            auto fields = m_ctx.store.exchangeItemFields(a.email, a.fieldsText);
            if (!fields)
                return fields.error();
            a.email.fields = std::move(*fields);
            incoming = fromExchangeItem(a.email);
            a.email.fields = QJsonObject();
        }
        a.fieldsText = QByteArray(); // held no longer than needed
        if (auto r = decide(*a.mailbox, a.email, *incoming); !r)
            return r;
    }
    return {};
}

// Each email decided gets a link in its mailbox.
Result<void> EmailSync::makeRoomForLinks(const std::vector<Arrival> &arrivals)
{
    QHash<Mailbox *, qsizetype> perMailbox;
    for (const Arrival &a : arrivals)
        ++perMailbox[a.mailbox];
    for (auto it = perMailbox.cbegin(); it != perMailbox.cend(); ++it) {
        auto links = m_ctx.state.links(m_ctx.store, it.key()->id);
        if (!links)
            return links.error();
        SyncState::reserveLinks(**links, it.value());
    }
    return {};
}

Result<void> EmailSync::decide(Mailbox &mailbox, const ExchangeItem &email,
                               const IncomingEmail &incoming)
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
    context.userAddresses = m_ctx.state.userAddresses();
    SyncState &state = m_ctx.state;
    context.findSender = [&state](const QString &address) { return state.senders().find(address); };

    const EmailTracker tracker(state.settings());
    const TrackingDecision d = tracker.decide(incoming, context, state.tracking());

    Link link{mailbox.id, email.id, Link::State::Decided, false, m_ctx.now};
    if (d.isTracked()) {
        const QByteArray fields = crmEmailFieldsText(mailbox, email.id, incoming, d);
        CrmRecord crm{email.id, QString(RecordTypes::Email), {}, m_ctx.now, m_ctx.now};
        // The record's fields as an object are read only by a scope whose
        // filters read emails (read back from the text: building the object
        // key by key cost twice as much); the tracking index takes the same
        // values from the email itself (3.4 % of a first cycle's instructions,
        // callgrind, 20,000 items).
        if (state.scope().snapshot(crm.type))
            crm.fields = QJsonDocument::fromJson(fields).object();
        if (auto r = m_ctx.store.upsertCrmRecord(crm, fields); !r)
            return r;
        state.recordWritten(crm, m_ctx.store.lastChangeSeq());
        state.tracking().add(trackedFromIncoming(email.id, incoming, d.regardingId,
                                                 TrackingToken(state.settings().tracking)));
        link.state = Link::State::Linked;
    } else if (d.code == ReasonCode::DuplicateSuppressed) {
        link.state = Link::State::Linked; // this copy is the CRM email that exists
    }
    (*links)->insert(email.id, link);
    if (auto r = m_ctx.store.upsertLink(link); !r)
        return r;
    CompactJsonObject facts;
    d.writeFacts(facts);
    facts.insert(QLatin1StringView("tracked"), d.isTracked());
    return m_ctx.journal.record(MailboxId(mailbox.id), ItemId(email.id), d.code, facts);
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

const User *EmailSync::senderOf(const CrmRecord &email) const
{
    // `from` holds the sending user's id (or, as live data has it, an address).
    const QString from = email.field(QStringLiteral("from"));
    if (const User *user = m_ctx.state.user(from))
        return user;
    for (const Mailbox &m : m_ctx.state.mailboxes()) {
        const User *user = m_ctx.state.user(m.userId);
        if (user && user->email.compare(from, Qt::CaseInsensitive) == 0)
            return user;
    }
    return nullptr;
}

Result<void> EmailSync::sendOne(const QString &emailId, const QSet<QString> &running)
{
    SyncState &state = m_ctx.state;
    auto found = m_ctx.store.crmRecord(emailId);
    if (!found)
        return found.error();
    if (!*found || !isPendingSend(**found)) {
        state.pendingSends().remove(emailId);
        return {};
    }
    CrmRecord crm = **found;
    const User *sender = senderOf(crm);
    const Mailbox *mailbox = sender ? state.mailboxOfUser(sender->id) : nullptr;
    const std::optional<Mailbox> box = mailbox ? std::optional(*mailbox) : std::nullopt;
    if (box && OutgoingEmail::reasonsNotToSend(box).isEmpty() && !running.contains(box->id))
        return {}; // waiting out a back-off: it goes at a later cycle
    auto decision = OutgoingEmail(state.settings()).decide(crm, box, m_ctx.store);
    if (!decision)
        return decision.error();
    if (decision->code == ReasonCode::SendFailedMailbox)
        return failSend(*decision);

    crm.fields.insert(QStringLiteral("subject"), decision->subject);
    if (!decision->token.isEmpty())
        crm.fields.insert(QStringLiteral("token"), decision->token);
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
    state.tracking().add(fromCrmRecord(crm, TrackingToken(state.settings().tracking)));
    if (auto r = keepSentCopy(*mailbox, crm); !r)
        return r;
    return m_ctx.journal.record(MailboxId(mailbox->id), ItemId(emailId), ReasonCode::Sent,
                                decision->factsJson());
}

// The sender's copy, in Sent Items, already in CRM.
Result<void> EmailSync::keepSentCopy(const Mailbox &mailbox, const CrmRecord &crm)
{
    ExchangeItem copy{
        mailbox.id, crm.id, QString(RecordTypes::Email), {}, QStringLiteral("Sent Items")};
    for (const char *field : {"subject", "from", "to", "cc"})
        copy.fields.insert(QLatin1String(field), crm.fields.value(QLatin1String(field)));
    copy.createdOn = copy.modifiedOn = m_ctx.now;
    if (auto r = m_ctx.store.upsertExchangeItem(copy); !r)
        return r;
    auto links = m_ctx.state.links(m_ctx.store, mailbox.id);
    if (!links)
        return links.error();
    const Link link{mailbox.id, crm.id, Link::State::Linked, false, m_ctx.now};
    (*links)->insert(crm.id, link);
    return m_ctx.store.upsertLink(link);
}

// Journaled and alerted once; the email stays queued and goes when it can.
Result<void> EmailSync::failSend(const OutgoingDecision &decision)
{
    auto latest = m_ctx.store.latestJournalForItem(decision.emailId, 1);
    if (!latest)
        return latest.error();
    if (!latest->isEmpty() && latest->first().code == ReasonCode::SendFailedMailbox)
        return {};
    if (decision.alert && !decision.mailboxId.isEmpty()) {
        Alert alert = *decision.alert;
        alert.time = m_ctx.now;
        if (auto r = m_ctx.store.addAlert(alert); !r)
            return r.error();
    }
    return m_ctx.journal.record(MailboxId(decision.mailboxId), ItemId(decision.emailId),
                                ReasonCode::SendFailedMailbox, decision.factsJson());
}

} // namespace SyncLens
