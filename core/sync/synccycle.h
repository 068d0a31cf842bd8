#pragma once

#include "journalwriter.h"
#include "model/mailbox.h"
#include "model/result.h"
#include "syncstate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#include <atomic>
#include <functional>
#include <optional>

namespace SyncLens {

class OrgStore;

// What one cycle did.
struct CycleSummary
{
    qint64 cycle = 0;
    QDateTime time;
    int mailboxesRun = 0;
    int mailboxesSkipped = 0; // disabled, or waiting out a back-off
    int mailboxesFailed = 0;  // not approved, or a fault
    qint64 decisions = 0;
    QHash<ReasonCode, qint64> counts;
    bool decisionsDropped = false; // too many to hand on: read the journal
};

// One synchronisation cycle over an org, as sss-model §2–§4 describe it: for
// each mailbox its health first, then new emails (in arrival order across
// mailboxes), queued CRM emails, and appointments, tasks and contacts
// (inbound, then outbound). The whole cycle is one store transaction: it is
// committed whole or not at all. Work is incremental: the cycle reads only
// what changed since each mailbox's last one.
//
// Synchronous; SyncEngine runs it on its own thread. A cycle that writes in
// bulk writes its rows on one more (OrgStore::writeBehindUntilCommit()).
// Keeps its caches between runs, so use one SyncCycle per store.
class SyncCycle
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::SyncCycle)

public:
    explicit SyncCycle(OrgStore &store);

    // A cycle with more decisions than this checkpoints the store's log.
    static constexpr qint64 LongCycleDecisions = 10000;
    // A cycle with this many emails arriving, or with a mailbox whose ACT
    // channel runs for the first time, writes its rows behind.
    static constexpr size_t BulkArrivals = 5000;
    // Above this, maintain() folds the log into the file.
    static constexpr qint64 LogBytesToCheckpoint = 4 << 20;

    using ProgressHandler = std::function<void(int done, int total)>;
    void setProgressHandler(ProgressHandler handler) { m_progress = std::move(handler); }
    void setDecisionHandler(JournalWriter::BatchHandler handler)
    {
        m_decisions = std::move(handler);
    }
    // Checked between mailboxes; when set, the cycle stops and writes nothing.
    void setCancelFlag(const std::atomic_bool *flag) { m_cancel = flag; }

    // One cycle at `now` (not before the org's clock), for every mailbox or
    // only `onlyMailbox`.
    Result<CycleSummary> run(const QDateTime &now, const QString &onlyMailbox = {});

    // Housekeeping for when no cycle is due (the engine idle, the CLI done):
    // folds a grown log into the file. Returns whether it did.
    bool maintain();

    SyncState &state() { return m_state; }
    // How many cycles read half their mailboxes' changes on a second
    // connection (ChangeReader; for tests).
    int changesReadAside() const { return m_changesReadAside; }
    // The org's simulated clock: the time of its last cycle or scenario step.
    static Result<QDateTime> clock(OrgStore &store);
    static Result<void> setClock(OrgStore &store, const QDateTime &now);

private:
    Result<void> runInTransaction(JournalWriter &journal, CycleSummary &summary,
                                  const QString &onlyMailbox);

    OrgStore &m_store;
    SyncState m_state;
    ProgressHandler m_progress;
    JournalWriter::BatchHandler m_decisions;
    const std::atomic_bool *m_cancel = nullptr;
    int m_changesReadAside = 0;
};

} // namespace SyncLens
