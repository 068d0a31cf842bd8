#pragma once

#include "fakeorgdata.h"
#include "model/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QString>

#include <optional>

namespace SyncLens::Fake {

// What the fake Dataverse selects for a FetchXML query with conditions or
// links, as the server would: the ids of the matching contacts, appointments
// or tasks, with eq-userid meaning the caller (the impersonated user with
// CallerObjectId, otherwise the signed-in account). It uses the engine's
// evaluator (core/fetchxml); tests/live/tst_fakefetchevaluator checks its
// answers against hand-written expectations, so that the live check
// (LiveFilterCheckJob) does not agree by construction. With `dropOne` (the
// fault check-differ) it leaves the smallest matching id out.
class FakeFetchEvaluator
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::Fake::FakeFetchEvaluator)

public:
    explicit FakeFetchEvaluator(const FakeOrgData &data);

    // Whether `fetchXml` needs evaluating (it has a filter or a link-entity
    // on a filterable entity); other queries return every row.
    static bool needsEvaluation(const QString &fetchXml);
    Result<QSet<QString>> matching(const QString &fetchXml, const QString &callerUserId,
                                   const QDateTime &now) const;

    bool dropOne = false;

private:
    const FakeOrgData &m_data;
};

} // namespace SyncLens::Fake
