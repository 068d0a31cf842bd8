// CompiledFilter: evaluation. Compilation is in filtercompiler.cpp.
#include "compiledfilter.h"

#include "compiledfilterplan.h"

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

void FilterNode::fill(std::vector<quint8> &out) const
{
    const size_t rows = out.size();
    if (conditions.empty() && groups.empty()) {
        std::fill(out.begin(), out.end(), quint8(1));
        return;
    }
    // Condition by condition over all rows: each loop is a tight scan.
    std::vector<quint8> part(rows);
    bool first = true;
    auto combine = [&](const std::vector<quint8> &mask) {
        if (first) {
            out = mask;
            first = false;
            return;
        }
        for (size_t i = 0; i < rows; ++i)
            out[i] = isOr ? (out[i] | mask[i]) : (out[i] & mask[i]);
    };
    for (const ConditionTest &c : conditions) {
        for (size_t i = 0; i < rows; ++i)
            part[i] = c.test(int(i));
        combine(part);
    }
    for (const FilterNode &g : groups) {
        g.fill(part);
        combine(part);
    }
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

CompiledFilter::CompiledFilter(std::shared_ptr<const Plan> plan)
    : m_plan(std::move(plan))
{}

const RecordSnapshot &CompiledFilter::snapshot() const
{
    return *m_plan->base;
}

std::vector<quint8> CompiledFilter::evaluate() const
{
    const size_t rows = size_t(m_plan->base->size());
    std::vector<quint8> result(rows, quint8(1));
    std::vector<quint8> part(rows);
    for (const FilterNode &filter : m_plan->filters) {
        filter.fill(part);
        for (size_t i = 0; i < rows; ++i)
            result[i] &= part[i];
    }
    for (const Plan::InnerJoin &join : m_plan->innerJoins) {
        for (size_t i = 0; i < rows; ++i)
            result[i] &= quint8((*join.rowMap)[i] >= 0);
    }
    return result;
}

bool CompiledFilter::matches(int row) const
{
    return !firstFailingCondition(row).has_value();
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
