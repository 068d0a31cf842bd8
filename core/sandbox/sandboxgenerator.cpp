#include "sandboxgenerator.h"

#include "batchpipe.h"
#include "sandboxhistory.h"
#include "sandboxhistoryrunner.h"
#include "sandboxrecords.h"
#include "store/databasefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QLoggingCategory>
#include <QScopeGuard>

#include <thread>

Q_LOGGING_CATEGORY(lcSandbox, "synclens.sandbox", QtInfoMsg)

namespace SyncLens {

namespace {

// Rows per transaction, and per batch that a maker thread hands over; at most
// kBatchesAhead of a maker's wait to be written.
constexpr qint64 kBatch = 8192;
constexpr std::size_t kBatchesAhead = 3;
// Making a batch takes about twice as long as writing it: on 2 cores, two
// makers and the writer (1M items: 5.7 s; one maker 7.8-8.2 s, one thread 9.9 s).
constexpr int kMakerThreads = 2;

// Where a text of a batch is in its buffer; a size of -1 is NULL.
struct TextSpan
{
    qsizetype at = 0;
    qsizetype size = -1;
};

// A record or item as a maker leaves it for the writer.
struct SandboxRow
{
    bool isItem = false; // an Exchange item; a CRM record otherwise
    TextSpan mailboxId, id, type, fields, folder, regardingId;
    std::optional<qint64> createdOn, modifiedOn;
    bool trackRequested = false;
    bool deleted = false;
};

// Up to kBatch rows made by a maker, all their texts as UTF-8 in one buffer:
// the writer frees nothing of the maker's (with a QString or a QJsonObject per
// row, the threads wait on the allocator's locks and the pipeline is no faster
// than one thread). Given back to its maker to be filled again.
struct RowBatch
{
    QByteArray text;
    std::vector<SandboxRow> rows;
    qint64 made = 0; // rows made, including those the history keeps for later

    TextSpan append(QByteArrayView utf8)
    {
        const TextSpan span{text.size(), utf8.size()};
        text.append(utf8);
        return span;
    }
    TextSpan append(const QString &value)
    {
        return value.isNull() ? TextSpan{} : append(QByteArrayView(value.toUtf8()));
    }
    QByteArrayView view(TextSpan span) const
    {
        return span.size < 0 ? QByteArrayView()
                             : QByteArrayView(text.constData() + span.at, span.size);
    }

    void add(const CrmRecord &r)
    {
        SandboxRow row;
        row.id = append(r.id);
        row.type = append(r.type);
        row.fields = append(QByteArrayView(toJsonBytes(r.fields)));
        row.createdOn = msecsOrNull(r.createdOn);
        row.modifiedOn = msecsOrNull(r.modifiedOn);
        row.deleted = r.deleted;
        rows.push_back(row);
    }
    void add(const ExchangeItem &i)
    {
        SandboxRow row;
        row.isItem = true;
        row.mailboxId = append(i.mailboxId);
        row.id = append(i.id);
        row.type = append(i.type);
        row.fields = append(QByteArrayView(toJsonBytes(i.fields)));
        row.folder = append(i.folder);
        row.trackRequested = i.trackRequested;
        row.regardingId = append(i.regardingId);
        row.createdOn = msecsOrNull(i.createdOn);
        row.modifiedOn = msecsOrNull(i.modifiedOn);
        row.deleted = i.deleted;
        rows.push_back(row);
    }
    void clear()
    {
        text.resize(0); // keeps its capacity for the next batch
        rows.clear();
        made = 0;
    }
};

Result<void> writeRow(OrgStore &store, const RowBatch &batch, const SandboxRow &row)
{
    if (!row.isItem) {
        return store.upsertCrmRecord(CrmRecordRow{batch.view(row.id), batch.view(row.type),
                                                  batch.view(row.fields), row.createdOn,
                                                  row.modifiedOn, row.deleted});
    }
    return store.upsertExchangeItem(
        ExchangeItemRow{batch.view(row.mailboxId), batch.view(row.id), batch.view(row.type),
                        batch.view(row.fields), batch.view(row.folder), row.trackRequested,
                        batch.view(row.regardingId), row.createdOn, row.modifiedOn, row.deleted});
}

// One kind of row and how to make row i of it into a batch.
struct Stream
{
    qint64 count;
    std::function<void(qint64, RowBatch &)> make;
};

// Makes the rows of every stream in order, a batch at a time: all the
// batches, or with `count` makers, those of maker `index` (index, index +
// count, …).
class RowMaker
{
public:
    explicit RowMaker(const std::vector<Stream> &streams, int index = 0, int count = 1)
        : m_streams(streams)
        , m_index(index)
        , m_count(count)
    {}

    // Fills `batch` (emptied first) with its next rows; false once all are made.
    bool next(RowBatch &batch)
    {
        for (;;) {
            while (m_stream < m_streams.size() && m_first >= m_streams[m_stream].count) {
                ++m_stream;
                m_first = 0;
            }
            if (m_stream == m_streams.size())
                return false;
            const Stream &stream = m_streams[m_stream];
            const qint64 first = m_first;
            m_first = std::min(stream.count, first + kBatch);
            if (m_batch++ % m_count != m_index)
                continue; // another maker's
            batch.clear();
            for (qint64 i = first; i < m_first; ++i)
                stream.make(i, batch);
            batch.made = m_first - first;
            return true;
        }
    }

private:
    const std::vector<Stream> &m_streams;
    const int m_index;
    const int m_count;
    std::size_t m_stream = 0;
    qint64 m_first = 0;
    qint64 m_batch = 0;
};

// A maker thread's batches on their way to the writer, and back.
struct MakerPipes
{
    BatchPipe<RowBatch> full{kBatchesAhead};
    // Never full: a maker makes a new batch only when none is given back, so
    // it never has more than kBatchesAhead + 2 of them.
    BatchPipe<RowBatch> spent{kBatchesAhead + 2};
};

// On a maker thread: every batch into `full` until it is closed, then closes
// it; reuses the batches the writer gives back in `spent`.
void makeRows(RowMaker maker, MakerPipes &pipes)
{
    for (;;) {
        RowBatch batch = pipes.spent.tryPop().value_or(RowBatch{});
        if (!maker.next(batch))
            break;
        if (!pipes.full.push(std::move(batch)))
            return;
    }
    pipes.full.close();
}

} // namespace

SandboxGenerator::SandboxGenerator(SandboxSpec spec, Makers makers)
    : m_spec(std::move(spec))
    , m_makers(makers)
{}

Result<void> SandboxGenerator::generate(OrgStore &store, const Progress &progress)
{
    if (auto valid = m_spec.validate(); !valid)
        return valid;
    const SandboxRecords records(m_spec);
    const SandboxPlan &plan = records.plan();

    auto people = store.transaction([&]() -> Result<void> {
        for (int u = 0; u < records.users().size(); ++u) {
            if (auto r = store.upsertUser(records.users().at(u)); !r)
                return r;
            if (auto r = store.upsertMailbox(records.mailbox(u)); !r)
                return r;
            for (const SyncFilter &filter : records.filters(u)) {
                if (auto r = store.upsertFilter(filter); !r)
                    return r;
            }
        }
        for (const Team &team : records.teams()) {
            if (auto r = store.upsertTeam(team); !r)
                return r;
        }
        for (const auto &[key, value] :
             {std::pair{QStringLiteral("sandbox.seed"), QString::number(m_spec.seed)},
              std::pair{QStringLiteral("sandbox.items"), QString::number(m_spec.items)},
              std::pair{QStringLiteral("sandbox.historyDays"), QString::number(m_spec.historyDays)},
              std::pair{QStringLiteral("clock"), m_spec.now.toString(Qt::ISODate)}}) {
            if (auto r = store.setMetaValue(key, value); !r)
                return r;
        }
        return store.setSequenceValue(QStringLiteral("token"), records.lastToken());
    });
    if (!people)
        return people;

    // With a history, what is created during it is kept to arrive at its time.
    // Records are made, admitted and turned into row values by the makers: on
    // threads of their own while this one writes the batches before (making
    // is two thirds of the work). With a history there is one: `history` is
    // that thread's alone until it is joined.
    SandboxHistory history(m_spec, records);
    // A CrmRecord or an ExchangeItem.
    auto admit = [&](auto made, RowBatch &batch) {
        if (const auto now = history.admit(std::move(made)))
            batch.add(*now);
    };
    const std::vector<Stream> streams{
        {plan.accounts, [&](qint64 i, RowBatch &b) { admit(records.account(i), b); }},
        {plan.contacts, [&](qint64 i, RowBatch &b) { admit(records.contact(i), b); }},
        {plan.appointments, [&](qint64 i, RowBatch &b) { admit(records.appointment(i), b); }},
        {plan.tasks, [&](qint64 i, RowBatch &b) { admit(records.task(i), b); }},
        {plan.crmEmails, [&](qint64 i, RowBatch &b) { admit(records.crmEmail(i), b); }},
        {plan.exchangeEmails, [&](qint64 i, RowBatch &b) { admit(records.exchangeEmail(i), b); }},
        {plan.outlookAppointments,
         [&](qint64 i, RowBatch &b) { admit(records.outlookAppointment(i), b); }},
    };
    SandboxHistoryRunner runner(store, history.start(), history.end());
    const qint64 lived = history.isEnabled() ? runner.slotCount() : 0;
    const qint64 total = plan.total() + lived;
    qint64 done = 0;
    if (progress && !progress(done, total))
        return makeError(Error::Code::Cancelled, tr("cancelled"));
    auto writeBatch = [&](const RowBatch &batch) -> Result<void> {
        auto written = store.transaction([&]() -> Result<void> {
            for (const SandboxRow &row : batch.rows) {
                if (auto r = writeRow(store, batch, row); !r)
                    return r;
            }
            return {};
        });
        if (!written)
            return written;
        done += batch.made;
        if (progress && !progress(done, total))
            return makeError(Error::Code::Cancelled, tr("cancelled"));
        return {};
    };
    if (m_makers == Makers::SameThread) {
        RowMaker maker(streams);
        for (RowBatch batch; maker.next(batch);) {
            if (auto r = writeBatch(batch); !r)
                return r;
        }
    } else {
        // Two makers take turns, batch by batch, and the writer takes their
        // batches in turn: the same rows in the same order. The history
        // admits records in their order: with one, one maker.
        const int count = history.isEnabled() ? 1 : kMakerThreads;
        std::vector<std::unique_ptr<MakerPipes>> pipes;
        std::vector<std::thread> threads;
        for (int index = 0; index < count; ++index) {
            pipes.push_back(std::make_unique<MakerPipes>());
            threads.emplace_back(makeRows, RowMaker(streams, index, count),
                                 std::ref(*pipes.back()));
        }
        // On every way out of this block: the makers stop and are joined.
        const auto joinMakers = qScopeGuard([&] {
            for (int index = 0; index < count; ++index) {
                pipes[std::size_t(index)]->full.close();
                threads[std::size_t(index)].join();
            }
        });
        for (std::size_t turn = 0;; ++turn) {
            MakerPipes &from = *pipes[turn % std::size_t(count)];
            std::optional<RowBatch> batch = from.full.pop();
            if (!batch)
                break; // that maker has no batch left, nor have the others
            if (auto r = writeBatch(*batch); !r)
                return r;
            from.spent.push(std::move(*batch));
        }
    }
    // A bulk load (createFile) dropped the indexes that the history's cycles
    // query; and the rows are all in: each is built with one sort.
    if (auto r = store.buildDroppedIndexes(); !r)
        return r;
    if (history.isEnabled()) {
        const qint64 written = done;
        auto lifeRun = runner.run(history.lifeOfOrg(), [&](qint64 slots) {
            done = written + slots;
            return !progress || progress(done, total);
        });
        if (!lifeRun)
            return lifeRun;
    }
    qCDebug(lcSandbox) << "generated" << done << "items for" << records.users().size() << "users";
    return {};
}

Result<void> SandboxGenerator::createFile(const QString &path, const SandboxSpec &spec,
                                          bool overwrite, const Progress &progress, Makers makers)
{
    if (auto valid = spec.validate(); !valid)
        return valid;
    const QFileInfo target(path);
    if (target.exists() && !overwrite) {
        return makeError(
            Error::Code::InvalidArgument,
            tr("%1 already exists; choose another file or allow replacing it").arg(path));
    }
    if (target.exists() && !target.isFile())
        return makeError(Error::Code::InvalidArgument, tr("%1 is not a file").arg(path));
    if (!target.absoluteDir().exists())
        return makeError(Error::Code::NotFound,
                         tr("%1: the folder %2 does not exist").arg(path, target.absolutePath()));

    // Never replace an org that another process has open.
    QLockFile targetLock(path + QLatin1String(".lock"));
    targetLock.setStaleLockTime(0);
    if (target.exists() && !targetLock.tryLock(0))
        return makeError(Error::Code::Locked,
                         tr("%1 is open in another SyncLens process").arg(path));

    const QString partial = path + QLatin1String(".part");
    DatabaseFile::remove(partial);
    const QString name =
        spec.orgName.isEmpty() ? tr("Sandbox org (seed %1)").arg(spec.seed) : spec.orgName;
    {
        auto store = OrgStore::create(partial, name);
        if (!store) {
            DatabaseFile::remove(partial);
            return makeError(store.error().code,
                             tr("%1 cannot be written: %2").arg(path, store.error().message));
        }
        // The .part file is private until renamed: no crash safety needed
        // while it is written, only once it is complete.
        auto filled = (*store)->startBulkLoad();
        if (filled)
            filled = SandboxGenerator(spec, makers).generate(**store, progress);
        if (filled)
            filled = (*store)->finishBulkLoad();
        if (!filled) {
            store->reset();
            DatabaseFile::remove(partial);
            return filled;
        }
    } // closed: the WAL is checkpointed into the file
    if (target.exists())
        DatabaseFile::remove(path);
    if (!QFile::rename(partial, path)) {
        DatabaseFile::remove(partial);
        return makeError(Error::Code::Io,
                         tr("%1 cannot be written (renaming the finished file failed)").arg(path));
    }
    return {};
}

} // namespace SyncLens
