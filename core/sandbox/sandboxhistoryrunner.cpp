#include "sandboxhistoryrunner.h"

#include "scenario/scenariostepapplier.h"
#include "store/orgstore.h"
#include "sync/synccycle.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSandbox)

namespace SyncLens {

SandboxHistoryRunner::SandboxHistoryRunner(OrgStore &store, QDateTime start, QDateTime end)
    : m_store(store)
    , m_start(std::move(start))
    , m_end(std::move(end))
{}

qint64 SandboxHistoryRunner::slotCount() const
{
    return m_start.secsTo(m_end) / (60 * CycleMinutes) + 1;
}

Result<void> SandboxHistoryRunner::happen(const SandboxHappening &happening)
{
    auto r = m_store.transaction([&]() -> Result<void> {
        if (const auto *record = std::get_if<CrmRecord>(&happening.what))
            return m_store.upsertCrmRecord(*record);
        if (const auto *item = std::get_if<ExchangeItem>(&happening.what))
            return m_store.upsertExchangeItem(*item);
        return ScenarioStepApplier(m_store).apply(std::get<ScenarioStep>(happening.what));
    });
    // A change planned for something that is gone by then (a meeting the
    // engine deleted, one that never reached that Outlook) does not happen.
    if (!r && r.error().code == Error::Code::NotFound) {
        qCDebug(lcSandbox) << "did not happen:" << r.error().message;
        return {};
    }
    return r;
}

Result<void> SandboxHistoryRunner::run(const std::vector<SandboxHappening> &happenings,
                                       const std::function<bool(qint64 done)> &progress)
{
    if (auto r = SyncCycle::setClock(m_store, m_start); !r)
        return r;
    SyncCycle cycle(m_store);
    size_t next = 0;
    QDateTime busyUntil = m_start; // a cycle every quarter hour until then
    const qint64 slots = slotCount();
    qint64 cycles = 0;
    for (qint64 slot = 0; slot < slots; ++slot) {
        const QDateTime now = m_start.addSecs(slot * 60 * CycleMinutes);
        bool happened = false;
        for (; next < happenings.size() && happenings[next].at <= now; ++next) {
            const SandboxHappening &h = happenings[next];
            if (auto r = happen(h); !r)
                return r;
            happened = true;
            if (const auto *s = std::get_if<ScenarioStep>(&h.what);
                s && s->kind == ScenarioStep::Kind::Fault)
                busyUntil = std::max(busyUntil, h.at.addSecs(3600 * RecoveryHours));
        }
        if (slot == 0 || happened || now <= busyUntil || slot + 1 == slots) {
            if (auto summary = cycle.run(now); !summary)
                return summary.error();
            ++cycles;
        }
        if (progress && !progress(slot + 1))
            return makeError(Error::Code::Cancelled, tr("cancelled"));
    }
    cycle.maintain();
    qCDebug(lcSandbox) << "history:" << happenings.size() << "happenings," << cycles << "cycles";
    return {};
}

} // namespace SyncLens
