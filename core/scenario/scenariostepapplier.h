#pragma once

#include "model/result.h"
#include "scenariostep.h"

#include <QCoreApplication>

namespace SyncLens {

class OrgStore;

// Makes one change step of a story happen in an org at the step's time: a
// CRM or Outlook edit, a filter, user, setting or mailbox change, a fault.
// The scenario player and the sandbox's history both apply their steps
// through it, so an org's life is told one way. Changes that make the engine
// decide again are recorded as org events (filters through FilterHistory),
// the timeline's causes. The caller runs it inside a store transaction.
class ScenarioStepApplier
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::ScenarioStepApplier)

public:
    explicit ScenarioStepApplier(OrgStore &store);

    // Any step but `sync` and `expect` (those change nothing by themselves).
    // A filter step may name who saved it in "by" (a user id; default: the
    // filter's user).
    Result<void> apply(const ScenarioStep &step);

private:
    Result<void> applyCrm(const ScenarioStep &step);
    Result<void> applyExchange(const ScenarioStep &step);
    Result<void> applyTrackFolder(const ScenarioStep &step);
    Result<void> applyFilter(const ScenarioStep &step);
    Result<void> applyUser(const ScenarioStep &step);
    Result<void> applyOrg(const ScenarioStep &step);
    Result<void> applyMailbox(const ScenarioStep &step);
    QString nameOfUser(const QString &userId);

    OrgStore &m_store;
};

} // namespace SyncLens
