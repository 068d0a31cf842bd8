#include "syncbenchmark.h"

#include "benchmark.h"
#include "model/recordtypes.h"
#include "sandbox/sandboxgenerator.h"
#include "store/orgstore.h"
#include "sync/synccycle.h"
#include "syncfloor.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QMap>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <numeric>

namespace SyncLens::Bench {

namespace {

// Edits one in a hundred CRM records and Exchange items, as users would:
// subjects, job titles, company names. `round` picks which one in a hundred,
// so that successive rounds edit different records.
Result<int> changeOnePercent(OrgStore &store, const QDateTime &at, int round)
{
    auto edit = [](QJsonObject &fields) {
        for (const char *key : {"subject", "jobtitle", "name"}) {
            if (fields.contains(QLatin1String(key))) {
                fields.insert(QLatin1String(key),
                              fields.value(QLatin1String(key)).toString() + QStringLiteral(" *"));
                return;
            }
        }
        fields.insert(QStringLiteral("description"), QStringLiteral("edited"));
    };
    QList<CrmRecord> records;
    QList<ExchangeItem> items;
    int seen = 0;
    auto r = store.forEachCrmRecord({}, [&](const CrmRecord &record) {
        if (seen++ % 100 == round && record.type != RecordTypes::Email) {
            CrmRecord edited = record;
            edit(edited.fields);
            edited.modifiedOn = at;
            records.append(edited);
        }
        return true;
    });
    auto mailboxes = store.mailboxes();
    if (!r || !mailboxes)
        return !r ? r.error() : mailboxes.error();
    for (const Mailbox &m : *mailboxes) {
        r = store.forEachExchangeItem(m.id, [&](const ExchangeItem &item) {
            if (seen++ % 100 == round) {
                ExchangeItem edited = item;
                edit(edited.fields);
                edited.modifiedOn = at;
                items.append(edited);
            }
            return true;
        });
        if (!r)
            return r.error();
    }
    r = store.transaction([&]() -> Result<void> {
        for (const CrmRecord &record : std::as_const(records)) {
            if (auto w = store.upsertCrmRecord(record); !w)
                return w;
        }
        for (const ExchangeItem &item : std::as_const(items)) {
            if (auto w = store.upsertExchangeItem(item); !w)
                return w;
        }
        return {};
    });
    if (!r)
        return r.error();
    return int(records.size() + items.size());
}

// Rounds of "1 % changed, a cycle, maintain()".
constexpr int kChangeRounds = 5;

struct FirstCycles
{
    std::unique_ptr<OrgStore> store; // the last copy, after its first cycle
    QDateTime now;
    std::vector<double> ms;
    std::vector<double> cpuMs;
    CycleSummary summary;
};

// The first full cycle, `runs` times, each on a fresh copy of the same org:
// one sample of a 10-second cycle on a shared machine says little.
Result<FirstCycles> firstCycles(const QString &original, const QString &dir, int runs)
{
    FirstCycles result;
    for (int run = 0; run < runs; ++run) {
        const QString path = QStringLiteral("%1/run%2.db").arg(dir).arg(run);
        if (!QFile::copy(original, path))
            return makeError(Error::Code::Io, QStringLiteral("cannot copy %1").arg(original));
        result.store.reset();
        auto store = OrgStore::open(path);
        if (!store)
            return store.error();
        auto clock = SyncCycle::clock(**store);
        if (!clock)
            return clock.error();
        result.now = clock->addSecs(15 * 60);
        SyncCycle cycle(**store);
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpu = std::clock();
        auto summary = cycle.run(result.now);
        result.ms.push_back(timer.nsecsElapsed() / 1e6);
        result.cpuMs.push_back(rounded(cpuMsSince(cpu)));
        if (!summary)
            return summary.error();
        result.summary = *summary;
        result.store = std::move(store).value();
    }
    return result;
}

QJsonObject runSync(const QStringList &arguments)
{
    const int at = arguments.indexOf(QStringLiteral("--items"));
    const qint64 items = at >= 0 ? arguments.value(at + 1).toLongLong() : 200000;
    const int runsAt = arguments.indexOf(QStringLiteral("--runs"));
    const int runs = std::max(1, runsAt >= 0 ? arguments.value(runsAt + 1).toInt() : 3);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.db"));
    SandboxSpec spec;
    spec.users = 50;
    spec.items = items;
    spec.seed = 7;
    if (auto r = SandboxGenerator::createFile(path, spec, true); !r)
        return failure(r.error().message);
    auto first = firstCycles(path, dir.path(), runs);
    if (!first)
        return failure(first.error().message);
    OrgStore &store = *first->store;
    QDateTime now = first->now;
    // The baseline of the first cycle: storing its rows alone. It holds the
    // cycle's rows in memory and opens a second store, so the peak is read
    // before it (no later cycle comes near the first one's).
    const qint64 peakBytes = peakResidentBytes();
    auto floor = storeFloor(store, now, path, dir.filePath(QStringLiteral("floor.db")));
    if (!floor)
        return failure(floor.error().message);
    SyncCycle cycle(store);

    double cpuMs = 0;
    auto timed = [&](double &ms) -> Result<CycleSummary> {
        now = now.addSecs(15 * 60);
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpu = std::clock();
        auto summary = cycle.run(now);
        ms = timer.nsecsElapsed() / 1e6;
        cpuMs = rounded(cpuMsSince(cpu));
        return summary;
    };
    const double fullMs = median(first->ms);
    const CycleSummary *full = &first->summary;
    double idleMs = 0, changeMs = 0;
    // Idle cycles: the median of several, the machine being shared and noisy.
    std::vector<double> idleRuns;
    Result<CycleSummary> idle = makeError(Error::Code::InvalidArgument, QString());
    for (int run = 0; run < 7; ++run) {
        idle = timed(idleMs);
        if (!idle)
            return failure(idle.error().message);
        if (idle->decisions != 0)
            return failure(QStringLiteral("an idle cycle made %1 decisions").arg(idle->decisions));
        idleRuns.push_back(idleMs);
    }
    idleMs = median(idleRuns);
    // Cycles after a 1 % change, each followed by what the engine does once
    // the cycle's news is out (maintain(): fold the log in when it has
    // grown). The log is folded every few cycles, so each cycle's share of
    // it is the mean over the rounds, not the figure of one round. The
    // edit's own pages are folded before the cycle and counted apart: they
    // are the simulated users' writes (a live org's edits never reach this
    // file), not the cycle's.
    std::vector<double> changeRuns, changeCpuRuns, maintainRuns, editCheckpointRuns;
    qint64 logBytes = 0; // the log's largest size before a maintain()
    // The log's growth from the edit and from the cycle, each folded in apart.
    qint64 editLogBytes = 0, cycleLogBytes = 0;
    QMap<QString, int> cyclePages; // the last change cycle's log, by table and index
    Result<int> changed = 0;
    Result<CycleSummary> change = makeError(Error::Code::InvalidArgument, QString());
    for (int round = 0; round < kChangeRounds; ++round) {
        const qint64 logBefore = store.logBytes();
        changed = changeOnePercent(store, now, round);
        if (!changed)
            return failure(changed.error().message);
        editLogBytes = std::max(editLogBytes, store.logBytes() - logBefore);
        QElapsedTimer editCheckpoint;
        editCheckpoint.start();
        if (auto c = store.checkpoint(); !c)
            return failure(c.error().message);
        editCheckpointRuns.push_back(editCheckpoint.nsecsElapsed() / 1e6);
        const qint64 logAfterEdit = store.logBytes();
        change = timed(changeMs);
        if (!change)
            return failure(change.error().message);
        cycleLogBytes = std::max(cycleLogBytes, store.logBytes() - logAfterEdit);
        changeRuns.push_back(changeMs);
        changeCpuRuns.push_back(cpuMs);
        logBytes = std::max(logBytes, store.logBytes());
        if (round == kChangeRounds - 1) { // which tables the cycle's pages belong to
            auto pages = store.logPagesByTree();
            if (!pages)
                return failure(pages.error().message);
            cyclePages = *pages;
        }
        QElapsedTimer checkpoint;
        checkpoint.start();
        cycle.maintain();
        maintainRuns.push_back(checkpoint.nsecsElapsed() / 1e6);
    }
    changeMs = median(changeRuns);
    const double checkpointMs = maintainRuns.front();
    auto mean = [](const std::vector<double> &values) {
        return std::accumulate(values.begin(), values.end(), 0.0) / double(values.size());
    };
    const double shareMs = mean(maintainRuns), editShareMs = mean(editCheckpointRuns);
    QJsonObject pagesByTree;
    int cyclePageCount = 0;
    for (auto it = cyclePages.cbegin(); it != cyclePages.cend(); ++it) {
        pagesByTree.insert(it.key(), it.value());
        cyclePageCount += it.value();
    }

    return QJsonObject{
        {QStringLiteral("benchmark"), QStringLiteral("sync")},
        {QStringLiteral("mailboxes"), spec.users},
        {QStringLiteral("items"), items},
        {QStringLiteral("full_cycle_runs"), runs},
        {QStringLiteral("full_cycle_ms"), rounded(fullMs)},
        {QStringLiteral("full_cycle_min_ms"),
         rounded(*std::min_element(first->ms.begin(), first->ms.end()))},
        {QStringLiteral("full_cycle_decisions"), full->decisions},
        {QStringLiteral("full_cycle_cpu_ms"), median(first->cpuMs)},
        {QStringLiteral("decisions_per_cpu_s"),
         qRound64(full->decisions / (median(first->cpuMs) / 1000))},
        {QStringLiteral("store_floor_ms"), rounded(floor->ms)},
        {QStringLiteral("store_floor_cpu_ms"), rounded(floor->cpuMs)},
        {QStringLiteral("store_floor_rows"), floor->rows},
        {QStringLiteral("full_vs_store_floor"), std::round(fullMs / floor->ms * 100) / 100},
        {QStringLiteral("idle_cycle_ms"), rounded(idleMs)},
        {QStringLiteral("idle_cycle_decisions"), idle->decisions},
        {QStringLiteral("changed_items"), *changed},
        {QStringLiteral("change_cycle_ms"), rounded(changeMs)},
        {QStringLiteral("change_cycle_decisions"), change->decisions},
        {QStringLiteral("change_cycle_runs"), kChangeRounds},
        {QStringLiteral("change_cycle_cpu_ms"), median(changeCpuRuns)},
        {QStringLiteral("checkpoint_after_change_ms"), rounded(checkpointMs)},
        {QStringLiteral("checkpoint_share_ms"), rounded(shareMs)},
        {QStringLiteral("edit_checkpoint_ms"), rounded(editShareMs)},
        {QStringLiteral("log_mb_before_maintain"), rounded(logBytes / 1048576.0)},
        {QStringLiteral("edit_log_mb"), rounded(editLogBytes / 1048576.0)},
        {QStringLiteral("cycle_log_mb"), rounded(cycleLogBytes / 1048576.0)},
        {QStringLiteral("change_cycle_pages"), cyclePageCount},
        {QStringLiteral("change_cycle_pages_per_decision"),
         std::round(cyclePageCount * 100.0 / std::max<qint64>(1, change->decisions)) / 100},
        {QStringLiteral("change_cycle_pages_by_tree"), pagesByTree},
        {QStringLiteral("change_cycle_with_share_ms"), rounded(changeMs + shareMs)},
        {QStringLiteral("decisions_per_s"), qRound64(full->decisions / (fullMs / 1000))},
        {QStringLiteral("idle_vs_full"), std::round(idleMs / fullMs * 10000) / 10000},
        {QStringLiteral("change_vs_full"), std::round(changeMs / fullMs * 10000) / 10000},
        {QStringLiteral("peak_rss_mb"), qRound64(peakBytes / 1048576.0)},
    };
}

} // namespace

void registerSyncBenchmark()
{
    benchmarks().emplace(QStringLiteral("sync"), runSync);
}

} // namespace SyncLens::Bench
