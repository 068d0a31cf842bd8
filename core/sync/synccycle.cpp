#include "synccycle.h"

#include "actsync.h"
#include "changereader.h"
#include "emailsync.h"
#include "mailboxhealth.h"
#include "model/recordtypes.h"
#include "store/orgstore.h"
#include "synclog.h"

#include <QElapsedTimer>

namespace SyncLens {

namespace {
const QString kClock = QStringLiteral("clock");
const QString kCycleSequence = QStringLiteral("cycle");
} // namespace

SyncCycle::SyncCycle(OrgStore &store)
    : m_store(store)
{}

Result<QDateTime> SyncCycle::clock(OrgStore &store)
{
    auto text = store.metaValue(kClock);
    if (!text)
        return text.error();
    return QDateTime::fromString(*text, Qt::ISODate);
}

Result<void> SyncCycle::setClock(OrgStore &store, const QDateTime &now)
{
    return store.setMetaValue(kClock, now.toUTC().toString(Qt::ISODateWithMs));
}

Result<CycleSummary> SyncCycle::run(const QDateTime &now, const QString &onlyMailbox)
{
    auto current = clock(m_store);
    if (!current)
        return current.error();
    if (current->isValid() && now < *current) {
        return makeError(Error::Code::InvalidArgument,
                         tr("a cycle at %1 would put the org's clock back (it is %2)")
                             .arg(now.toString(Qt::ISODate), current->toString(Qt::ISODate)));
    }
    CycleSummary summary;
    summary.time = now;
    JournalWriter journal(m_store, 0, now);
    journal.setBatchHandler(m_decisions);
    QElapsedTimer total;
    total.start();
    auto r = m_store.transaction([&]() -> Result<void> {
        auto cycle = m_store.nextSequenceValue(kCycleSequence);
        if (!cycle)
            return cycle.error();
        summary.cycle = *cycle;
        journal.setCycle(*cycle);
        if (auto r = setClock(m_store, now); !r)
            return r;
        qCDebug(lcSync) << "cycle started" << total.elapsed() << "ms";
        auto work = runInTransaction(journal, summary, onlyMailbox);
        m_state.scope().releaseFieldTexts(); // held for this cycle's new copies
        if (!work)
            return work;
        summary.decisions = journal.total();
        summary.counts = journal.counts();
        summary.decisionsDropped = journal.overflowed();
        qCDebug(lcSync) << "cycle work" << total.elapsed() << "ms";
        return {};
    });
    qCDebug(lcSync) << "cycle committed" << total.elapsed() << "ms";
    if (!r) {
        m_state.invalidate(); // the caches hold what was rolled back
        return r.error();
    }
    journal.flush(); // only what was committed is handed on
    // A long cycle leaves a long log; fold it into the file now, as part of
    // this cycle's work, rather than slow down the next one.
    if (summary.decisions > LongCycleDecisions) {
        if (auto c = m_store.checkpoint(); !c)
            qCWarning(lcSync) << "checkpoint after the cycle failed:" << c.error().message;
        qCDebug(lcSync) << "log folded in" << total.elapsed() << "ms";
    }
    return summary;
}

bool SyncCycle::maintain()
{
    if (m_store.logBytes() < LogBytesToCheckpoint)
        return false;
    if (auto c = m_store.checkpoint(); !c) {
        qCWarning(lcSync) << "checkpoint failed:" << c.error().message;
        return false;
    }
    return true;
}

Result<void> SyncCycle::runInTransaction(JournalWriter &journal, CycleSummary &summary,
                                         const QString &onlyMailbox)
{
    QElapsedTimer phase;
    phase.start();
    if (auto r = m_state.refresh(m_store); !r)
        return r;
    qCDebug(lcSync) << "refresh" << phase.restart() << "ms";
    const QDateTime now = journal.time();
    CycleContext context{m_store, m_state, journal, now};

    // Health first: which mailboxes, and which of their channels, this cycle reaches.
    QList<Mailbox *> running;
    QHash<QString, MailboxHealth::Outcome> channels;
    for (Mailbox &m : m_state.mailboxes()) {
        if (!onlyMailbox.isEmpty() && m.id != onlyMailbox)
            continue;
        const MailboxHealth::Outcome outcome = MailboxHealth::attempt(m, now);
        for (const Alert &alert : outcome.alerts) {
            if (auto r = journal.alert(alert); !r)
                return r;
        }
        switch (outcome.verdict) {
        case MailboxHealth::Verdict::Runs:
            running.append(&m);
            channels.insert(m.id, outcome);
            continue;
        case MailboxHealth::Verdict::Skipped:
            ++summary.mailboxesSkipped;
            continue;
        default:
            ++summary.mailboxesFailed;
            if (auto r = m_store.upsertMailbox(m); !r)
                return r;
        }
    }
    using C = MailboxChannel;
    auto runs = [&channels](const Mailbox *m, C c) { return channels[m->id].channelRuns(c); };

    // What changed in each mailbox since its channel's last cycle.
    // A mailbox whose ACT channel runs for the first time decides every
    // record once, and a large arrival of email decides each: rows by the
    // thousand that nothing reads back before the commit, written beside the
    // decisions on the second core (OrgStore::writeBehindUntilCommit()). A
    // cycle after a few changes reads a row for about every one it writes:
    // there the writes behind would only wait for each other.
    bool decidesEverything = false;
    std::vector<ChangeReader::Channels> toRead;
    QSet<QString> sending;
    for (Mailbox *m : std::as_const(running)) {
        if (runs(m, C::Outgoing))
            sending.insert(m->id);
        ChangeReader::Channels c{m, runs(m, C::Incoming), runs(m, C::Act)};
        // A channel that has never run (or was off) reads everything once.
        c.incomingSince = m->incomingStatus == ChannelStatus::NotRun ? 0 : m->incomingSince();
        c.actSince = m->actStatus == ChannelStatus::NotRun ? 0 : m->lastSeq;
        decidesEverything = decidesEverything || (c.act && m->actStatus == ChannelStatus::NotRun);
        toRead.push_back(c);
    }
    ChangeReader reader(m_store);
    auto changes = reader.read(toRead, decidesEverything);
    if (!changes)
        return changes.error();
    if (reader.readAside())
        ++m_changesReadAside;
    std::vector<EmailSync::Arrival> arrivals = std::move(changes->arrivals);
    QHash<QString, QList<ExchangeItem>> actItems = std::move(changes->actItems);
    qCDebug(lcSync) << "changes read" << phase.restart() << "ms," << arrivals.size() << "emails";
    if (decidesEverything || arrivals.size() >= BulkArrivals)
        m_store.writeBehindUntilCommit();
    EmailSync email(context);
    if (auto r = email.receive(std::move(arrivals)); !r)
        return r;
    if (auto r = email.send(sending); !r)
        return r;
    qCDebug(lcSync) << "email" << phase.restart() << "ms";

    for (int i = 0; i < running.size(); ++i) {
        if (m_cancel && m_cancel->load())
            return makeError(Error::Code::Cancelled,
                             tr("the cycle was cancelled; nothing of it was written"));
        Mailbox &m = *running[i];
        const User *user = m_state.user(m.userId);
        const bool act = runs(&m, C::Act);
        if (act && user) {
            ActSync sync(context, m, *user);
            if (auto r = sync.run(actItems.take(m.id), m.actStatus == ChannelStatus::NotRun); !r)
                return r;
        }
        const bool in = runs(&m, C::Incoming);
        const MailboxHealth::Outcome &outcome = channels[m.id];
        for (const Alert &alert : MailboxHealth::succeed(m, now, outcome.runs).alerts) {
            if (auto r = journal.alert(alert); !r)
                return r;
        }
        // Each channel stands where it last ran: a channel that did not run
        // reads what it missed at its next cycle (sss-model §4).
        const qint64 seq = m_store.lastChangeSeq();
        const qint64 inSeq = in || m.incoming != ChannelMode::Sss ? seq : m.incomingSince();
        if (act || m.act != ChannelMode::Sss)
            m.lastSeq = seq;
        m.incomingSeq = inSeq == m.lastSeq ? -1 : inSeq;
        if (auto r = m_store.upsertMailbox(m); !r)
            return r;
        ++summary.mailboxesRun;
        qCDebug(lcSync) << "mailbox" << m.id << phase.restart() << "ms";
        if (m_progress)
            m_progress(i + 1, int(running.size()));
    }
    return {};
}

} // namespace SyncLens
