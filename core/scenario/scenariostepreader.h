#pragma once

#include "scenarioids.h"
#include "scenariostep.h"

#include "model/result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace SyncLens {

class ScenarioEntityReader;
class ScenarioNode;

// Checks one step of every kind but `expect` (ScenarioCheckReader) against
// scenario-format.md: its keys, their types and names, the ids it refers to
// (which must be introduced by then) and the ids it introduces.
class ScenarioStepReader
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::ScenarioStepReader)

public:
    ScenarioStepReader(ScenarioIds &ids, ScenarioEntityReader &entities);

    Result<void> read(const ScenarioNode &step, ScenarioStep::Kind kind, const QDateTime &at);

private:
    using Kind = ScenarioStep::Kind;

    Result<void> crmCreate(const ScenarioNode &step, const QDateTime &at);
    Result<void> crmUpdate(const ScenarioNode &step);
    Result<void> crmSendEmail(const ScenarioNode &step);
    Result<void> exchangeReceive(const ScenarioNode &step);
    Result<void> exchangeCreate(const ScenarioNode &step);
    Result<void> exchangeUpdate(const ScenarioNode &step);
    Result<void> exchangeTrack(const ScenarioNode &step, Kind kind);
    Result<void> filterRemove(const ScenarioNode &step);
    Result<void> fault(const ScenarioNode &step);
    Result<void> emailParts(const ScenarioNode &email);

    // The step's keys besides "do" and "at".
    static Result<void> keys(const ScenarioNode &step, const QStringList &allowed,
                             const QStringList &required);
    Result<void> known(ScenarioIds::Kind kind, const ScenarioNode &node) const;
    Result<void> knownIfGiven(ScenarioIds::Kind kind, const ScenarioNode &node) const;

    ScenarioIds &m_ids;
    ScenarioEntityReader &m_entities;
};

} // namespace SyncLens
