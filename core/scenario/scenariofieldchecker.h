#pragma once

#include "model/result.h"

#include "fetchxml/fieldcatalog.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace SyncLens {

class ScenarioIds;
class ScenarioNode;

// Checks the `fields` of a record or item against what SyncLens knows of its
// type (FieldCatalog): dates are ISO 8601, choices are known values, `ownerid`
// names a user of the scenario, lookups name a record of it. Fields the catalog
// does not know may hold any string, number, true/false or list of those.
class ScenarioFieldChecker
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::ScenarioFieldChecker)

public:
    enum class Nulls
    {
        Refused, // a record as created
        Allowed, // an update (null clears) or a check (null matches absent or empty)
    };

    explicit ScenarioFieldChecker(const ScenarioIds &ids,
                                  const FieldCatalog &catalog = FieldCatalog::standard());

    Result<QJsonObject> check(const ScenarioNode &fields, const QString &type, Nulls nulls) const;

private:
    Result<void> checkValue(const ScenarioNode &value, const FieldInfo &info) const;
    Result<void> checkUntyped(const ScenarioNode &value) const;
    Result<void> checkOption(const ScenarioNode &value, const FieldInfo &info) const;

    const ScenarioIds &m_ids;
    const FieldCatalog &m_catalog;
};

} // namespace SyncLens
