#pragma once

#include "scenariocheck.h"

#include "model/result.h"

#include <QCoreApplication>

namespace SyncLens {

class ScenarioFieldChecker;
class ScenarioIds;
class ScenarioNode;

// Reads the check of an `expect` step (scenario-format.md, "Checks"): exactly one
// check key, the keys that check allows, known ids, reason code names, channel
// statuses; and renders it as ScenarioCheck::text.
class ScenarioCheckReader
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::ScenarioCheckReader)

public:
    ScenarioCheckReader(const ScenarioIds &ids, const ScenarioFieldChecker &fields);

    Result<ScenarioCheck> read(const ScenarioNode &step) const;

private:
    using Kind = ScenarioCheck::Kind;

    Result<Kind> kindOf(const ScenarioNode &step) const;
    Result<void> target(const ScenarioNode &node, Kind kind) const;
    Result<void> readFlags(const ScenarioNode &step, ScenarioCheck &check) const;
    Result<void> readNames(const ScenarioNode &step, ScenarioCheck &check) const;
    Result<void> readStatuses(const ScenarioNode &step, ScenarioCheck &check) const;
    Result<void> readFields(const ScenarioNode &step, ScenarioCheck &check) const;
    Result<QString> reasonCode(const ScenarioNode &node) const;

    const ScenarioIds &m_ids;
    const ScenarioFieldChecker &m_fields;
};

} // namespace SyncLens
