#include "scenarioplayer.h"

#include "scenariochecker.h"
#include "scenarioloader.h"
#include "scenariostepapplier.h"
#include "store/orgstore.h"

namespace SyncLens {

ScenarioPlayer::ScenarioPlayer(Scenario scenario)
    : m_scenario(std::move(scenario))
{}

ScenarioPlayer::~ScenarioPlayer()
{
    m_cycle.reset(); // it holds a reference to the store
}

Error ScenarioPlayer::stepError(const ScenarioStep &step, const QString &problem) const
{
    Error e = makeError(Error::Code::InvalidArgument,
                        tr("%1:%2:%3: step %4 (%5): %6")
                            .arg(m_scenario.file)
                            .arg(step.line)
                            .arg(step.column)
                            .arg(step.number)
                            .arg(ScenarioStep::kindName(step.kind), problem));
    e.line = step.line;
    e.column = step.column;
    return e;
}

Result<void> ScenarioPlayer::start()
{
    m_cycle.reset();
    m_next = 0;
    m_lastCycle.reset();
    m_now = m_scenario.start;
    auto store = OrgStore::createInMemory(m_scenario.title);
    if (!store)
        return store.error();
    m_store = std::move(store).value();
    OrgStore &s = *m_store;
    auto settings = OrgSettings{}.withOverrides(m_scenario.orgOverrides);
    if (!settings)
        return settings.error();
    auto r = s.transaction([&]() -> Result<void> {
        if (auto w = s.setOrgSettings(*settings); !w)
            return w;
        for (const User &u : std::as_const(m_scenario.users)) {
            if (auto w = s.upsertUser(u); !w)
                return w;
        }
        for (const Team &t : std::as_const(m_scenario.teams)) {
            if (auto w = s.upsertTeam(t); !w)
                return w;
        }
        for (const Mailbox &m : std::as_const(m_scenario.mailboxes)) {
            if (auto w = s.upsertMailbox(m); !w)
                return w;
        }
        for (const SyncFilter &f : std::as_const(m_scenario.filters)) {
            if (auto w = s.upsertFilter(f); !w)
                return w;
        }
        for (const CrmRecord &record : std::as_const(m_scenario.records)) {
            if (auto w = s.upsertCrmRecord(record); !w)
                return w;
        }
        return SyncCycle::setClock(s, m_scenario.start);
    });
    if (!r)
        return r;
    m_cycle = std::make_unique<SyncCycle>(s);
    return {};
}

Result<std::optional<CheckResult>> ScenarioPlayer::step()
{
    if (!m_store) {
        if (auto r = start(); !r)
            return r.error();
    }
    if (atEnd())
        return std::optional<CheckResult>();
    const ScenarioStep &step = m_scenario.steps[m_next++];
    m_now = step.at;
    if (step.kind == ScenarioStep::Kind::Expect) {
        if (!step.check)
            return stepError(step, tr("the check is missing"));
        ScenarioChecker checker(*m_store, m_now);
        auto result = checker.evaluate(*step.check);
        if (!result)
            return stepError(step, result.error().message);
        result->file = m_scenario.file;
        result->step = step.number;
        return std::optional<CheckResult>(*result);
    }
    if (step.kind == ScenarioStep::Kind::Sync) {
        auto summary = m_cycle->run(step.at, step.mailbox());
        if (!summary)
            return stepError(step, summary.error().message);
        m_lastCycle = *summary;
        return std::optional<CheckResult>();
    }
    auto r = m_store->transaction([&]() -> Result<void> {
        if (auto w = ScenarioStepApplier(*m_store).apply(step); !w)
            return w;
        return SyncCycle::setClock(*m_store, step.at);
    });
    if (!r)
        return stepError(step, r.error().message);
    return std::optional<CheckResult>();
}

Result<QList<CheckResult>> ScenarioPlayer::playToEnd()
{
    QList<CheckResult> results;
    while (!atEnd()) {
        auto r = step();
        if (!r)
            return r.error();
        if (*r)
            results.append(**r);
    }
    return results;
}

ScenarioFileResult ScenarioPlayer::run(const QString &path)
{
    ScenarioFileResult result;
    result.file = path;
    auto scenario = ScenarioLoader::load(path);
    if (!scenario) {
        result.error = scenario.error();
        return result;
    }
    ScenarioPlayer player(std::move(scenario).value());
    if (auto r = player.start(); !r) {
        result.error = r.error();
        return result;
    }
    while (!player.atEnd()) {
        auto step = player.step();
        if (!step) {
            result.error = step.error(); // the checks so far stay in the report
            break;
        }
        if (*step)
            result.checks.append(**step);
    }
    return result;
}

} // namespace SyncLens
