#pragma once

#include "model/result.h"
#include "scenario.h"
#include "scenarioreport.h"
#include "sync/synccycle.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace SyncLens {

class OrgStore;

// Plays a scenario on a fresh in-memory sandbox org, step by step: sets up
// its org, applies each step at its time, runs the sync cycles it asks for
// and evaluates its checks. The GUI's player steps it; the CLI and the tests
// play it whole.
class ScenarioPlayer
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::ScenarioPlayer)

public:
    explicit ScenarioPlayer(Scenario scenario);
    ~ScenarioPlayer();

    // Builds the org as the scenario's setup describes it (again, when
    // called after steps: a rewind).
    Result<void> start();
    bool atEnd() const { return m_next >= m_scenario.steps.size(); }
    // The index of the next step in scenario().steps.
    size_t position() const { return m_next; }
    // Applies the next step; an `expect` step gives its result.
    Result<std::optional<CheckResult>> step();
    // Plays every remaining step; the results of the checks.
    Result<QList<CheckResult>> playToEnd();

    const Scenario &scenario() const { return m_scenario; }
    OrgStore &store() { return *m_store; }
    SyncCycle &cycle() { return *m_cycle; }
    // The clock: the time of the last step played (the start before any).
    QDateTime now() const { return m_now; }
    // The summary of the last sync step, if any.
    const std::optional<CycleSummary> &lastCycle() const { return m_lastCycle; }

    // Plays a file whole, for `synclens-cli scenario run` and the tests.
    static ScenarioFileResult run(const QString &path);

private:
    Error stepError(const ScenarioStep &step, const QString &problem) const;

    Scenario m_scenario;
    std::unique_ptr<OrgStore> m_store;
    std::unique_ptr<SyncCycle> m_cycle;
    size_t m_next = 0;
    QDateTime m_now;
    std::optional<CycleSummary> m_lastCycle;
};

} // namespace SyncLens
