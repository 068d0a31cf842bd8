#include "synccycle.h"

#include "actsync.h"
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
        if (auto r = runInTransaction(journal, summary, onlyMailbox); !r)
            return r;
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

    // Health first: which mailboxes this cycle reaches.
    QList<Mailbox *> running;
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

    // What changed in each mailbox since its last cycle.
    std::vector<EmailSync::Arrival> arrivals;
    QHash<QString, QList<ExchangeItem>> actItems;
    QSet<QString> runningIds;
    for (Mailbox *m : std::as_const(running)) {
        runningIds.insert(m->id);
        // A channel that has never run (or was off) reads everything once.
        const bool newIn =
            m->incoming == ChannelMode::Sss && m->incomingStatus == ChannelStatus::NotRun;
        const bool newAct = m->act == ChannelMode::Sss && m->actStatus == ChannelStatus::NotRun;
        const qint64 since = newIn || newAct ? 0 : m->lastSeq;
        auto r = m_store.forEachExchangeItemChangedSince(m->id, since, [&](const ExchangeItem &i) {
            if (i.type == RecordTypes::Email) {
                if (m->incoming == ChannelMode::Sss)
                    arrivals.push_back({m, i});
            } else if (m->act == ChannelMode::Sss) {
                actItems[m->id].append(i);
            }
            return true;
        });
        if (!r)
            return r;
    }
    qCDebug(lcSync) << "changes read" << phase.restart() << "ms," << arrivals.size() << "emails";
    EmailSync email(context);
    if (auto r = email.receive(std::move(arrivals)); !r)
        return r;
    if (auto r = email.send(runningIds); !r)
        return r;
    qCDebug(lcSync) << "email" << phase.restart() << "ms";

    for (int i = 0; i < running.size(); ++i) {
        if (m_cancel && m_cancel->load())
            return makeError(Error::Code::Cancelled,
                             tr("the cycle was cancelled; nothing of it was written"));
        Mailbox &m = *running[i];
        const User *user = m_state.user(m.userId);
        if (m.act == ChannelMode::Sss && user) {
            ActSync act(context, m, *user);
            if (auto r = act.run(actItems.value(m.id), m.actStatus == ChannelStatus::NotRun); !r)
                return r;
        }
        for (const Alert &alert : MailboxHealth::succeed(m, now).alerts) {
            if (auto r = journal.alert(alert); !r)
                return r;
        }
        m.lastSeq = m_store.lastChangeSeq();
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
