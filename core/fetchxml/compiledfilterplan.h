#pragma once

// The compiled form of a filter: private to compiledfilter*.cpp.
#include "compiledfilter.h"

#include <functional>

namespace SyncLens {

struct Range
{
    double low;
    double high;
    bool lowIncluded;
    bool highIncluded;

    bool contains(double x) const
    {
        return (x > low || (lowIncluded && x == low)) && (x < high || (highIncluded && x == high));
    }
};

// One condition, ready to test a row of the base snapshot.
struct ConditionTest
{
    enum class Kind
    {
        NullCheck,
        Text,
        Ranges
    };

    FetchCondition source;
    const RecordSnapshot::Column *column = nullptr;
    const std::vector<int> *rowMap = nullptr; // base row → linked row (-1: none)
    Kind kind = Kind::NullCheck;
    bool wantNull = false; // NullCheck
    bool negate = false;   // Text, Ranges: ne, not-in, not-like, …
    // Text: per distinct value of the column, whether it passes — 0 no, 1 yes,
    // 2 not known yet. Patterns (like, begins-with, …) are tried on a value
    // the first time a row holding it is tested, so that a filter narrowed
    // to a few thousand rows does not match a pattern against every distinct
    // subject in the org. Mutable: a compiled filter is used on one thread.
    mutable std::vector<quint8> textMatches;
    std::function<bool(const QString &)> pattern;
    static constexpr quint8 Unknown = 2;

    bool textPasses(qint32 symbol) const
    {
        quint8 &known = textMatches[size_t(symbol)];
        if (known == Unknown)
            known = pattern(column->pool.at(symbol)) ? 1 : 0;
        return known != 0;
    }
    std::vector<Range> ranges; // Ranges: any of them
    bool onTimes = false;      // Ranges over instants, not numbers

    // Whether the rows can be read from the column's postings instead of a scan.
    bool indexable() const { return kind == Kind::Text && !negate && !rowMap && column->indexed; }
    // The passing rows, in order, from the postings (indexable() only).
    std::vector<int> indexedRows() const;

    bool test(int row) const
    {
        const int r = rowMap ? (*rowMap)[size_t(row)] : row;
        if (r < 0) // no related record: all its fields are null
            return kind == Kind::NullCheck && wantNull;
        switch (kind) {
        case Kind::NullCheck:
            return column->isNull(r) == wantNull;
        case Kind::Text: {
            const qint32 symbol = column->text[size_t(r)];
            // A value interned after compiling is unknown to this filter: a
            // changed snapshot needs the filter compiled again.
            if (symbol < 0 || size_t(symbol) >= textMatches.size())
                return false;
            return textPasses(symbol) != negate;
        }
        case Kind::Ranges: {
            double x;
            if (onTimes) {
                const qint64 t = column->timeAt(r);
                if (t == RecordSnapshot::NoTime)
                    return false;
                x = double(t);
            } else {
                x = column->numberAt(r);
                if (x != x) // NaN: null or not a number
                    return false;
            }
            bool inside = false;
            for (const Range &range : ranges)
                inside = inside || range.contains(x);
            return inside != negate;
        }
        }
        return false;
    }
};

struct FilterNode
{
    bool isOr = false;
    std::vector<ConditionTest> conditions;
    std::vector<FilterNode> groups;

    bool test(int row) const;
    // The rows of `candidates` (sorted) that pass: an "and" narrows the rows
    // The rows of `candidates` (sorted; nullptr: all `rowCount` rows) that
    // pass: an "and" narrows the rows condition by condition, starting from
    // an indexed condition when there is one; an "or" unites its branches.
    std::vector<int> select(const std::vector<int> *candidates, int rowCount) const;
    std::optional<FetchCondition> firstFailing(int row) const;
    // The same, but for a failed "or" every branch (each branch's first
    // failing condition), so that a sentence can say "either … or …".
    std::vector<FetchCondition> failing(int row) const;
};

struct CompiledFilter::Plan
{
    const RecordSnapshot *base = nullptr;
    std::vector<FilterNode> filters; // combined with and
    std::vector<std::unique_ptr<std::vector<int>>> joins;
    struct InnerJoin
    {
        const std::vector<int> *rowMap;
        FetchCondition description; // "has a related …", for firstFailingCondition
    };
    std::vector<InnerJoin> innerJoins;
};

} // namespace SyncLens
