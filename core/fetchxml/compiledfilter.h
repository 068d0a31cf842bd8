#pragma once

#include "evaluationcontext.h"
#include "fetchquery.h"
#include "fieldcatalog.h"
#include "model/result.h"
#include "snapshotset.h"

#include <QCoreApplication>

#include <memory>
#include <optional>
#include <vector>

namespace SyncLens {

// A filter compiled once against the snapshots of its entity (and of the
// entities it links to), for one user and one moment. Evaluating it is a scan
// over columns, condition by condition, not a walk of the query per record.
//
// Semantics follow Dataverse: text compares ignore case; ne, neq, not-like,
// not-in, not-between, not-begin-with, not-end-with never match null; a
// link-entity joins the related record whose `from` equals this record's
// `to` (the first such record, when several match); an inner link keeps only
// records that have a matching related record, an outer one keeps all.
class CompiledFilter
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::CompiledFilter)

public:
    static Result<CompiledFilter> compile(const FetchQuery &query, const SnapshotSet &snapshots,
                                          const EvaluationContext &context,
                                          const FieldCatalog &catalog = FieldCatalog::standard());

    const RecordSnapshot &snapshot() const;
    // One byte per row of the snapshot: 1 when the record matches.
    std::vector<quint8> evaluate() const;
    // The rows that match, in increasing order.
    std::vector<int> selectRows() const;
    bool matches(int row) const;
    // For a record that does not match: the first condition it fails, in
    // document order (for a failed "or", its first branch).
    std::optional<FetchCondition> firstFailingCondition(int row) const;
    // What a record that does not match fails: one condition, or, when that
    // is a group of "or", each of its branches.
    std::vector<FetchCondition> failingConditions(int row) const;

    struct Plan;

private:
    explicit CompiledFilter(std::shared_ptr<const Plan> plan);
    std::shared_ptr<const Plan> m_plan;
};

} // namespace SyncLens
