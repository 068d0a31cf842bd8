// CompiledFilter: evaluation. Compilation is in filtercompiler.cpp.
#include "compiledfilter.h"

#include "compiledfilterplan.h"

#include <algorithm>
#include <iterator>
#include <numeric>

namespace SyncLens {

bool FilterNode::test(int row) const
{
    if (isOr) {
        for (const ConditionTest &c : conditions) {
            if (c.test(row))
                return true;
        }
        for (const FilterNode &g : groups) {
            if (g.test(row))
                return true;
        }
        return conditions.empty() && groups.empty();
    }
    for (const ConditionTest &c : conditions) {
        if (!c.test(row))
            return false;
    }
    for (const FilterNode &g : groups) {
        if (!g.test(row))
            return false;
    }
    return true;
}

namespace {

std::vector<int> allRows(int rowCount)
{
    std::vector<int> rows(static_cast<size_t>(rowCount));
    std::iota(rows.begin(), rows.end(), 0);
    return rows;
}

std::vector<int> keepPassing(const ConditionTest &c, const std::vector<int> *rows, int rowCount)
{
    std::vector<int> kept;
    if (!rows) {
        for (int row = 0; row < rowCount; ++row) {
            if (c.test(row))
                kept.push_back(row);
        }
        return kept;
    }
    kept.reserve(rows->size());
    for (int row : *rows) {
        if (c.test(row))
            kept.push_back(row);
    }
    return kept;
}

std::vector<int> unite(const std::vector<int> &a, const std::vector<int> &b)
{
    std::vector<int> both;
    both.reserve(a.size() + b.size());
    std::set_union(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(both));
    return both;
}

std::vector<int> intersect(const std::vector<int> &a, const std::vector<int> &b)
{
    std::vector<int> both;
    std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(both));
    return both;
}

} // namespace

std::vector<int> ConditionTest::indexedRows() const
{
    std::vector<int> rows;
    for (size_t symbol = 0; symbol < textMatches.size() && symbol < column->postings.size();
         ++symbol) {
        if (!column->postings[symbol].empty() && textPasses(qint32(symbol)))
            rows = unite(rows, column->postings[symbol]);
    }
    return rows;
}

std::vector<int> FilterNode::select(const std::vector<int> *candidates, int rowCount) const
{
    if (conditions.empty() && groups.empty())
        return candidates ? *candidates : allRows(rowCount);
    if (isOr) {
        std::vector<int> rows;
        for (const ConditionTest &c : conditions)
            rows = unite(rows, keepPassing(c, candidates, rowCount));
        for (const FilterNode &g : groups)
            rows = unite(rows, g.select(candidates, rowCount));
        return rows;
    }
    // Start from an indexed condition when there is one: its rows are few.
    const auto first = std::find_if(conditions.begin(), conditions.end(),
                                    [](const ConditionTest &c) { return c.indexable(); });
    std::optional<std::vector<int>> rows;
    if (first != conditions.end())
        rows = candidates ? intersect(*candidates, first->indexedRows()) : first->indexedRows();
    for (auto c = conditions.begin(); c != conditions.end(); ++c) {
        if (c != first)
            rows = keepPassing(*c, rows ? &*rows : candidates, rowCount);
    }
    for (const FilterNode &g : groups)
        rows = g.select(rows ? &*rows : candidates, rowCount);
    return rows ? *rows : (candidates ? *candidates : allRows(rowCount));
}

std::optional<FetchCondition> FilterNode::firstFailing(int row) const
{
    if (test(row))
        return std::nullopt;
    if (isOr) { // every branch failed: name the first
        if (!conditions.empty())
            return conditions.front().source;
        return groups.front().firstFailing(row);
    }
    for (const ConditionTest &c : conditions) {
        if (!c.test(row))
            return c.source;
    }
    for (const FilterNode &g : groups) {
        if (auto failing = g.firstFailing(row))
            return failing;
    }
    return std::nullopt;
}

std::vector<FetchCondition> FilterNode::failing(int row) const
{
    if (!isOr) {
        const auto one = firstFailing(row);
        return one ? std::vector<FetchCondition>{*one} : std::vector<FetchCondition>{};
    }
    if (test(row))
        return {};
    std::vector<FetchCondition> branches;
    for (const ConditionTest &c : conditions)
        branches.push_back(c.source);
    for (const FilterNode &g : groups) {
        if (auto failing = g.firstFailing(row))
            branches.push_back(*failing);
    }
    return branches;
}

std::vector<FetchCondition> CompiledFilter::failingConditions(int row) const
{
    for (const FilterNode &filter : m_plan->filters) {
        if (!filter.test(row)) {
            // The first top-level group that fails; inside an "and", its
            // first failing member — which may be an "or" of its own.
            if (filter.isOr)
                return filter.failing(row);
            for (const ConditionTest &c : filter.conditions) {
                if (!c.test(row))
                    return {c.source};
            }
            for (const FilterNode &g : filter.groups) {
                if (!g.test(row))
                    return g.failing(row);
            }
        }
    }
    if (auto one = firstFailingCondition(row))
        return {*one};
    return {};
}

CompiledFilter::CompiledFilter(std::shared_ptr<const Plan> plan)
    : m_plan(std::move(plan))
{}

const RecordSnapshot &CompiledFilter::snapshot() const
{
    return *m_plan->base;
}

std::vector<int> CompiledFilter::selectRows() const
{
    const int rowCount = m_plan->base->size();
    std::optional<std::vector<int>> rows;
    for (const Plan::InnerJoin &join : m_plan->innerJoins) {
        if (!rows)
            rows = allRows(rowCount);
        std::erase_if(*rows, [&](int row) { return (*join.rowMap)[size_t(row)] < 0; });
    }
    for (const FilterNode &filter : m_plan->filters)
        rows = filter.select(rows ? &*rows : nullptr, rowCount);
    return rows ? *rows : allRows(rowCount);
}

std::vector<quint8> CompiledFilter::evaluate() const
{
    std::vector<quint8> mask(size_t(m_plan->base->size()), 0);
    for (int row : selectRows())
        mask[size_t(row)] = 1;
    return mask;
}

// What firstFailingCondition() decides, without copying out the condition
// that fails: a change cycle asks this of each record it writes, for every
// filter of every user (most fail, and the copy was most of the cost).
bool CompiledFilter::matches(int row) const
{
    return std::all_of(m_plan->filters.begin(), m_plan->filters.end(),
                       [row](const FilterNode &f) { return f.test(row); }) &&
           std::all_of(m_plan->innerJoins.begin(), m_plan->innerJoins.end(),
                       [row](const Plan::InnerJoin &j) { return (*j.rowMap)[size_t(row)] >= 0; });
}

std::optional<FetchCondition> CompiledFilter::firstFailingCondition(int row) const
{
    for (const FilterNode &filter : m_plan->filters) {
        if (auto failing = filter.firstFailing(row))
            return failing;
    }
    for (const Plan::InnerJoin &join : m_plan->innerJoins) {
        if ((*join.rowMap)[size_t(row)] < 0)
            return join.description;
    }
    return std::nullopt;
}

} // namespace SyncLens
