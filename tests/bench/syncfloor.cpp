#include "syncfloor.h"

#include "benchmark.h"

#include "store/orgstore.h"

#include <QElapsedTimer>
#include <QFile>

#include <ctime>
#include <limits>

namespace SyncLens::Bench {

namespace {

struct CycleRows
{
    QList<CrmRecord> records;
    QList<ExchangeItem> items;
    QList<Link> links;
    QList<JournalEntry> journal;
    qint64 count() const { return records.size() + items.size() + links.size() + journal.size(); }
};

// Everything written after change number `since` (records, items), every
// link, and the journal entries stamped with the cycle's time.
Result<CycleRows> rowsOfCycle(OrgStore &store, qint64 since, const QDateTime &time)
{
    CycleRows rows;
    auto r = store.forEachCrmRecordChangedSince(since, [&](const CrmRecord &c, qint64) {
        rows.records.append(c);
        return true;
    });
    auto mailboxes = store.mailboxes();
    if (!r || !mailboxes)
        return !r ? r.error() : mailboxes.error();
    for (const Mailbox &m : *mailboxes) {
        r = store.forEachExchangeItemChangedSince(m.id, since, [&](const ExchangeItem &i) {
            rows.items.append(i);
            return true;
        });
        if (r)
            r = store.forEachLink(m.id, [&](const Link &l) {
                rows.links.append(l);
                return true;
            });
        if (!r)
            return r.error();
        auto journal =
            store.journalForMailbox(m.id, time, time.addMSecs(1), std::numeric_limits<int>::max());
        if (!journal)
            return journal.error();
        rows.journal += *journal;
    }
    return rows;
}

Result<void> writeRows(OrgStore &store, const CycleRows &rows)
{
    return store.transaction([&]() -> Result<void> {
        for (const CrmRecord &c : rows.records) {
            if (auto w = store.upsertCrmRecord(c); !w)
                return w;
        }
        for (const ExchangeItem &i : rows.items) {
            if (auto w = store.upsertExchangeItem(i); !w)
                return w;
        }
        for (const Link &l : rows.links) {
            if (auto w = store.upsertLink(l); !w)
                return w;
        }
        for (const JournalEntry &e : rows.journal) {
            if (auto w = store.appendJournalEntry(e); !w)
                return w.error();
        }
        return {};
    });
}

} // namespace

Result<StoreFloor> storeFloor(OrgStore &cycled, const QDateTime &cycleTime, const QString &original,
                              const QString &copyPath)
{
    if (!QFile::copy(original, copyPath))
        return makeError(Error::Code::Io, QStringLiteral("cannot copy %1").arg(original));
    auto copy = OrgStore::open(copyPath);
    if (!copy)
        return copy.error();
    auto rows = rowsOfCycle(cycled, (*copy)->lastChangeSeq(), cycleTime);
    if (!rows)
        return rows.error();
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpu = std::clock();
    if (auto w = writeRows(**copy, *rows); !w)
        return w.error();
    return StoreFloor{timer.nsecsElapsed() / 1e6, cpuMsSince(cpu), rows->count()};
}

} // namespace SyncLens::Bench
