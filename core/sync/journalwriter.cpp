#include "journalwriter.h"
#include "alertfacts.h"

#include <QJsonDocument>

namespace SyncLens {

JournalWriter::JournalWriter(JournalStore &store, qint64 cycle, QDateTime time)
    : m_store(store)
    , m_cycle(cycle)
    , m_time(std::move(time))
{}

void JournalWriter::setBatchHandler(BatchHandler handler, int batchSize)
{
    m_handler = std::move(handler);
    m_batchSize = std::max(1, batchSize);
}

Result<void> JournalWriter::record(const MailboxId &mailbox, const ItemId &item, ReasonCode code,
                                   const QJsonObject &facts)
{
    JournalEntry entry{0, m_time, m_cycle, mailbox.text(), item.text(), code, facts};
    const auto id = m_store.appendJournalEntry(entry);
    return recorded(std::move(entry), id);
}

Result<void> JournalWriter::record(const MailboxId &mailbox, const ItemId &item, ReasonCode code,
                                   const CompactJsonObject &facts)
{
    JournalEntry entry{0, m_time, m_cycle, mailbox.text(), item.text(), code, {}};
    const QByteArray text = facts.text();
    const auto id = m_store.appendJournalEntryJson(entry, text);
    if (m_handler && !m_overflowed) // the views want the object; a plain cycle does not
        entry.facts = QJsonDocument::fromJson(text).object();
    return recorded(std::move(entry), id);
}

Result<void> JournalWriter::recorded(JournalEntry entry, const Result<qint64> &id)
{
    if (!id)
        return id.error();
    entry.id = *id;
    const ReasonCode code = entry.code;
    ++m_counts[code];
    ++m_total;
    if (m_handler && !m_overflowed) {
        if (++m_held > MaxHeld) {
            m_overflowed = true;
            m_batch.clear();
            m_ready.clear();
            return {};
        }
        m_batch.append(std::move(entry));
        if (m_batch.size() >= m_batchSize) {
            m_ready.append(std::move(m_batch));
            m_batch = {};
        }
    }
    return {};
}

Result<void> JournalWriter::alert(const Alert &alert)
{
    if (auto id = m_store.addAlert(alert); !id)
        return id.error();
    return record(MailboxId(alert.mailboxId), ItemId(), alert.code, alertJournalFacts(alert));
}

void JournalWriter::flush()
{
    if (!m_handler)
        return;
    if (!m_batch.isEmpty())
        m_ready.append(std::move(m_batch));
    m_batch = {};
    for (const auto &batch : std::as_const(m_ready))
        m_handler(batch);
    m_ready.clear();
    m_held = 0;
}

} // namespace SyncLens
