#include "sandboxgenerator.h"

#include "sandboxhistory.h"
#include "sandboxhistoryrunner.h"
#include "sandboxrecords.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSandbox, "synclens.sandbox", QtInfoMsg)

namespace SyncLens {

namespace {

constexpr qint64 kBatch = 20000; // rows per transaction

// One kind of row and how to write row i of it.
struct Stream
{
    qint64 count;
    std::function<Result<void>(qint64)> write;
};

void removeOldSandbox(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

SandboxGenerator::SandboxGenerator(SandboxSpec spec)
    : m_spec(std::move(spec))
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
    SandboxHistory history(m_spec, records);
    auto crm = [&](const CrmRecord &r) -> Result<void> {
        const auto now = history.admit(r);
        return now ? store.upsertCrmRecord(*now) : Result<void>();
    };
    auto exchange = [&](const ExchangeItem &i) -> Result<void> {
        const auto now = history.admit(i);
        return now ? store.upsertExchangeItem(*now) : Result<void>();
    };
    const std::vector<Stream> streams{
        {plan.accounts, [&](qint64 i) { return crm(records.account(i)); }},
        {plan.contacts, [&](qint64 i) { return crm(records.contact(i)); }},
        {plan.appointments, [&](qint64 i) { return crm(records.appointment(i)); }},
        {plan.tasks, [&](qint64 i) { return crm(records.task(i)); }},
        {plan.crmEmails, [&](qint64 i) { return crm(records.crmEmail(i)); }},
        {plan.exchangeEmails, [&](qint64 i) { return exchange(records.exchangeEmail(i)); }},
        {plan.outlookAppointments,
         [&](qint64 i) { return exchange(records.outlookAppointment(i)); }},
    };
    SandboxHistoryRunner runner(store, history.start(), history.end());
    const qint64 lived = history.isEnabled() ? runner.slotCount() : 0;
    const qint64 total = plan.total() + lived;
    qint64 done = 0;
    if (progress && !progress(done, total))
        return makeError(Error::Code::Cancelled, tr("cancelled"));
    for (const Stream &stream : streams) {
        for (qint64 first = 0; first < stream.count; first += kBatch) {
            const qint64 last = std::min(stream.count, first + kBatch);
            auto batch = store.transaction([&]() -> Result<void> {
                for (qint64 i = first; i < last; ++i) {
                    if (auto r = stream.write(i); !r)
                        return r;
                }
                return {};
            });
            if (!batch)
                return batch;
            done += last - first;
            if (progress && !progress(done, total))
                return makeError(Error::Code::Cancelled, tr("cancelled"));
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
                                          bool overwrite, const Progress &progress)
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
    removeOldSandbox(partial);
    const QString name =
        spec.orgName.isEmpty() ? tr("Sandbox org (seed %1)").arg(spec.seed) : spec.orgName;
    {
        auto store = OrgStore::create(partial, name);
        if (!store) {
            removeOldSandbox(partial);
            return makeError(store.error().code,
                             tr("%1 cannot be written: %2").arg(path, store.error().message));
        }
        // The .part file is private until renamed: no crash safety needed
        // while it is written, only once it is complete.
        auto filled = (*store)->startBulkLoad();
        if (filled)
            filled = SandboxGenerator(spec).generate(**store, progress);
        if (filled)
            filled = (*store)->finishBulkLoad();
        if (!filled) {
            store->reset();
            removeOldSandbox(partial);
            return filled;
        }
    } // closed: the WAL is checkpointed into the file
    if (target.exists())
        removeOldSandbox(path);
    if (!QFile::rename(partial, path)) {
        removeOldSandbox(partial);
        return makeError(Error::Code::Io,
                         tr("%1 cannot be written (renaming the finished file failed)").arg(path));
    }
    return {};
}

} // namespace SyncLens
