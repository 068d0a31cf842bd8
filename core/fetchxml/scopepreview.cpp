#include "scopepreview.h"

#include "compiledfilter.h"
#include "model/recordtypes.h"

#include <algorithm>
#include <iterator>

namespace SyncLens {

namespace {

// The rows in scope of a set of filters: the union of their matches, sorted.
std::vector<int> scopeOf(const std::vector<CompiledFilter> &filters)
{
    std::vector<int> scope;
    for (const CompiledFilter &filter : filters) {
        const std::vector<int> rows = filter.selectRows();
        std::vector<int> both;
        both.reserve(scope.size() + rows.size());
        std::set_union(scope.begin(), scope.end(), rows.begin(), rows.end(),
                       std::back_inserter(both));
        scope.swap(both);
    }
    return scope;
}

Result<std::vector<CompiledFilter>> compileAll(const QString &type,
                                               const std::vector<FetchQuery> &queries,
                                               const SnapshotSet &snapshots,
                                               const EvaluationContext &context)
{
    std::vector<CompiledFilter> compiled;
    for (const FetchQuery &query : queries) {
        if (query.entity.name != type) {
            return makeError(
                Error::Code::InvalidArgument,
                ScopePreviewer::tr("a filter of %1 records cannot decide the scope of %2 records")
                    .arg(query.entity.name, type));
        }
        auto filter = CompiledFilter::compile(query, snapshots, context);
        if (!filter)
            return filter.error();
        compiled.push_back(std::move(filter).value());
    }
    return compiled;
}

} // namespace

QString ScopePreviewer::countedRecords(const QString &type, int n)
{
    if (type == RecordTypes::Appointment)
        return tr("%n appointment(s)", nullptr, n);
    if (type == RecordTypes::Task)
        return tr("%n task(s)", nullptr, n);
    if (type == RecordTypes::Contact)
        return tr("%n contact(s)", nullptr, n);
    return tr("%n record(s)", nullptr, n);
}

Result<ScopePreview>
ScopePreviewer::preview(const QString &type, const std::vector<FetchQuery> &current,
                        const std::vector<FetchQuery> &proposed, const SnapshotSet &snapshots,
                        const EvaluationContext &context, OutOfScopeAction outOfScope)
{
    const RecordSnapshot *snapshot = snapshots.find(type);
    if (!snapshot)
        return makeError(Error::Code::InvalidArgument, tr("no %1 records are loaded").arg(type));
    auto currentFilters = compileAll(type, current, snapshots, context);
    if (!currentFilters)
        return currentFilters.error();
    auto proposedFilters = compileAll(type, proposed, snapshots, context);
    if (!proposedFilters)
        return proposedFilters.error();
    const std::vector<int> wasIn = scopeOf(*currentFilters);
    const std::vector<int> isIn = scopeOf(*proposedFilters);

    ScopePreview preview;
    preview.type = type;
    preview.outOfScope = outOfScope;
    // Walk both sorted lists together: only the rows in either scope cost anything.
    auto was = wasIn.begin();
    auto is = isIn.begin();
    while (was != wasIn.end() || is != isIn.end()) {
        const int row = (is == isIn.end() || (was != wasIn.end() && *was < *is)) ? *was : *is;
        const bool before = was != wasIn.end() && *was == row;
        const bool after = is != isIn.end() && *is == row;
        ScopePreview::Record record{snapshot->id(row), row};
        if (before && after) {
            preview.staying.push_back(std::move(record));
        } else if (after) {
            preview.entering.push_back(std::move(record));
        } else {
            if (!proposedFilters->empty()) {
                record.failingFilter = 0;
                record.failingCondition = proposedFilters->front().firstFailingCondition(row);
            }
            preview.leaving.push_back(std::move(record));
        }
        was += before;
        is += after;
    }
    preview.outside = snapshot->size() - int(preview.entering.size() + preview.leaving.size() +
                                             preview.staying.size());
    return preview;
}

std::vector<ScopePreview::Consequence> ScopePreview::consequences() const
{
    using C = ScopePreview::Consequence;
    std::vector<C> result;

    C entering{Group::Entering, int(this->entering.size())};
    entering.createdInOutlook = entering.staysInOutlook = true;
    entering.receivesCrmChanges = entering.outlookEditsChangeCrm = true;
    //: %1 is a count of records, e.g. "12 appointments"
    entering.sentence = ScopePreviewer::tr("%1 will be created in Outlook at the next "
                                           "synchronisation and then stay in step both ways.")
                            .arg(ScopePreviewer::countedRecords(type, entering.count));
    result.push_back(entering);

    C leaving{Group::Leaving, int(this->leaving.size())};
    if (outOfScope == OutOfScopeAction::Delete) {
        leaving.removedFromOutlook = true;
        leaving.sentence =
            ScopePreviewer::tr(
                "%1 will be removed from Outlook at the next synchronisation; they stay in CRM.")
                .arg(ScopePreviewer::countedRecords(type, leaving.count));
    } else {
        leaving.staysInOutlook = true;
        leaving.outlookEditsChangeCrm = true;
        leaving.sentence =
            ScopePreviewer::tr("Filters only limit CRM → Outlook. These %1 stay in Outlook but get "
                               "no more CRM changes; edits there will still change CRM.")
                .arg(ScopePreviewer::countedRecords(type, leaving.count));
    }
    result.push_back(leaving);

    C staying{Group::Staying, int(this->staying.size())};
    staying.staysInOutlook = staying.receivesCrmChanges = staying.outlookEditsChangeCrm = true;
    staying.sentence = ScopePreviewer::tr("%1 stay in scope and keep synchronising both ways.")
                           .arg(ScopePreviewer::countedRecords(type, staying.count));
    result.push_back(staying);
    return result;
}

} // namespace SyncLens
