#pragma once

#include "model/result.h"
#include "scenariocheck.h"
#include "scenarioreport.h"

#include <QCoreApplication>
#include <QDateTime>

namespace SyncLens {

class OrgStore;

// Evaluates one `expect` of a scenario against the org as it stands
// (scenario-format.md, "Checks"): only listed fields are compared, null
// matches absent or empty, dates compare as instants, numbers as numbers.
// A failure says what was expected, what was found, and the item's story.
class ScenarioChecker
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::ScenarioChecker)

public:
    ScenarioChecker(OrgStore &store, QDateTime now);

    Result<CheckResult> evaluate(const ScenarioCheck &check);

    // Whether a found value satisfies an expected one, by the rules above.
    static bool matches(const QJsonValue &expected, const QJsonValue &found);

private:
    Result<void> checkRecord(const ScenarioCheck &c, CheckResult &r);
    Result<void> checkItem(const ScenarioCheck &c, CheckResult &r);
    Result<void> checkEmail(const ScenarioCheck &c, CheckResult &r);
    Result<void> checkScope(const ScenarioCheck &c, CheckResult &r);
    Result<void> checkDecisions(const ScenarioCheck &c, CheckResult &r);
    Result<void> checkMailbox(const ScenarioCheck &c, CheckResult &r);
    void compareFields(const QJsonObject &expected, const QJsonObject &found, CheckResult &r);
    void compareExisting(const ScenarioCheck &c, bool exists, const QJsonObject &fields,
                         CheckResult &r);
    QString explanation(const QString &itemId);

    OrgStore &m_store;
    QDateTime m_now;
};

} // namespace SyncLens
