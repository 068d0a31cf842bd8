#pragma once

#include "model/result.h"
#include "sandboxhistory.h"

#include <QCoreApplication>

#include <functional>

namespace SyncLens {

class OrgStore;

// Lets a sandbox org live through its history: from the period's start to
// its end, a sync cycle every quarter hour of org time, each after what
// happened since the one before. A quarter hour in which nothing happened
// and no mailbox is recovering from a fault is skipped without a cycle (the
// engine decides only on changes, so that cycle would decide nothing), which
// makes nights and weekends quick. What people change is applied as scenario
// steps (ScenarioStepApplier), so it is recorded as the timeline's causes.
class SandboxHistoryRunner
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::SandboxHistoryRunner)

public:
    static constexpr int CycleMinutes = 15;
    // How long after a fault cycles run at every quarter hour.
    static constexpr int RecoveryHours = 6;

    SandboxHistoryRunner(OrgStore &store, QDateTime start, QDateTime end);

    // The quarter hours of the period: the progress total.
    qint64 slotCount() const;
    // Runs the history; `progress` gets the quarter hours done and returns
    // false to cancel (Error::Code::Cancelled).
    Result<void> run(const std::vector<SandboxHappening> &happenings,
                     const std::function<bool(qint64 done)> &progress);

private:
    Result<void> happen(const SandboxHappening &happening);

    OrgStore &m_store;
    QDateTime m_start;
    QDateTime m_end;
};

} // namespace SyncLens
