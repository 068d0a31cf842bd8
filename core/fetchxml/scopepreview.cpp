#include "scopepreview.h"

#include "compiledfilter.h"
#include "model/recordtypes.h"

namespace SyncLens {

namespace {

// The rows in scope of a set of filters: the union of their matches.
Result<std::vector<quint8>> scopeOf(const QString &type, const std::vector<CompiledFilter> &filters,
                                    const SnapshotSet &snapshots)
{
    const RecordSnapshot *snapshot = snapshots.find(type);
    std::vector<quint8> scope(size_t(snapshot ? snapshot->size() : 0), 0);
    for (const CompiledFilter &filter : filters) {
        const std::vector<quint8> mask = filter.evaluate();
        for (size_t i = 0; i < scope.size(); ++i)
            scope[i] |= mask[i];
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
    auto before = compileAll(type, current, snapshots, context);
    if (!before)
        return before.error();
    auto after = compileAll(type, proposed, snapshots, context);
    if (!after)
        return after.error();
    const auto wasIn = scopeOf(type, *before, snapshots);
    const auto isIn = scopeOf(type, *after, snapshots);

    ScopePreview preview;
    preview.type = type;
    preview.outOfScope = outOfScope;
    for (int row = 0; row < snapshot->size(); ++row) {
        const bool was = (*wasIn)[size_t(row)];
        const bool is = (*isIn)[size_t(row)];
        ScopePreview::Record record{snapshot->id(row), row};
        if (was && is) {
            preview.staying.push_back(record);
        } else if (is) {
            preview.entering.push_back(record);
        } else if (was) {
            if (!after->empty()) {
                record.failingFilter = 0;
                record.failingCondition = after->front().firstFailingCondition(row);
            }
            preview.leaving.push_back(std::move(record));
        } else {
            ++preview.outside;
        }
    }
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
