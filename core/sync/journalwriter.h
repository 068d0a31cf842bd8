#pragma once

#include "model/alert.h"
#include "model/compactjson.h"
#include "model/ids.h"
#include "model/journalentry.h"
#include "model/journalstore.h"
#include "model/result.h"

#include <QHash>
#include <QList>

#include <functional>

namespace SyncLens {

// Writes a cycle's decisions to the journal and its alerts to the store (any
// JournalStore: the org's file, or a test's memory), and
// hands them on in batches (to the engine's signals) and as counts by code.
class JournalWriter
{
public:
    using BatchHandler = std::function<void(const QList<JournalEntry> &)>;

    JournalWriter(JournalStore &store, qint64 cycle, QDateTime time);

    void setBatchHandler(BatchHandler handler, int batchSize = 500);
    void setCycle(qint64 cycle) { m_cycle = cycle; }

    Result<void> record(const MailboxId &mailbox, const ItemId &item, ReasonCode code,
                        const QJsonObject &facts = {});
    // The same with facts written as text: what the busiest decisions use.
    Result<void> record(const MailboxId &mailbox, const ItemId &item, ReasonCode code,
                        const CompactJsonObject &facts);
    // Stores the alert and journals its code against the mailbox.
    Result<void> alert(const Alert &alert);
    // Hands on what is left; call once the cycle is committed.
    void flush();

    // Batches are held until the cycle commits; past this many entries they
    // are dropped and the views read the journal again instead.
    static constexpr int MaxHeld = 20000;
    bool overflowed() const { return m_overflowed; }

    const QHash<ReasonCode, qint64> &counts() const { return m_counts; }
    qint64 total() const { return m_total; }
    qint64 cycle() const { return m_cycle; }
    const QDateTime &time() const { return m_time; }

private:
    Result<void> recorded(JournalEntry entry, const Result<qint64> &id);

    JournalStore &m_store;
    qint64 m_cycle;
    QDateTime m_time;
    BatchHandler m_handler;
    int m_batchSize = 500;
    QList<JournalEntry> m_batch;
    QList<QList<JournalEntry>> m_ready; // full batches, handed on at flush()
    QHash<ReasonCode, qint64> m_counts;
    qint64 m_total = 0;
    int m_held = 0;
    bool m_overflowed = false;
};

} // namespace SyncLens
