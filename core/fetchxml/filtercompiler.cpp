// CompiledFilter: compilation of a query into a plan over snapshots.
#include "compiledfilter.h"

#include "compiledfilterplan.h"
#include "fetchvalue.h"
#include "likepattern.h"
#include "relativedate.h"

#include <limits>

namespace SyncLens {

namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

enum class Domain
{
    Text,
    Number,
    Time
};

struct AliasTarget
{
    const RecordSnapshot *snapshot;
    const std::vector<int> *rowMap;
};

Domain valueDomain(const RecordSnapshot::Column &column, const QStringList &values)
{
    if (column.typeKnown) {
        switch (column.type) {
        case FieldType::DateTime:
            return Domain::Time;
        case FieldType::Integer:
        case FieldType::Decimal:
        case FieldType::OptionSet:
        case FieldType::Boolean:
            return Domain::Number;
        default:
            return Domain::Text;
        }
    }
    // An unknown field is judged by what it holds and what it is compared with.
    const bool allDates = std::all_of(values.begin(), values.end(), [](const QString &v) {
        return v.size() >= 10 && FetchValue::parseDateTime(v).has_value();
    });
    const bool allNumbers = std::all_of(values.begin(), values.end(), [](const QString &v) {
        return FetchValue::parseNumber(v).has_value();
    });
    if (allDates && column.hasTimes)
        return Domain::Time;
    if (allNumbers && column.hasNumbers)
        return Domain::Number;
    return Domain::Text;
}

std::optional<double> valueIn(Domain domain, const QString &text)
{
    if (domain == Domain::Time) {
        const auto t = FetchValue::parseDateTime(text);
        return t ? std::optional<double>(double(t->toMSecsSinceEpoch())) : std::nullopt;
    }
    if (const auto flag = FetchValue::parseBoolean(text); flag && !FetchValue::parseNumber(text))
        return *flag ? 1.0 : 0.0;
    return FetchValue::parseNumber(text);
}

class Compiler
{
public:
    Compiler(const SnapshotSet &snapshots, const EvaluationContext &context,
             const FieldCatalog &catalog, CompiledFilter::Plan &plan)
        : m_snapshots(snapshots)
        , m_context(context)
        , m_catalog(catalog)
        , m_plan(plan)
    {}

    Result<void> compileEntity(const FetchEntity &entity)
    {
        m_plan.base = m_snapshots.find(entity.name);
        if (!m_plan.base)
            return missing(entity.name);
        if (auto r = compileLinks(entity.links, *m_plan.base, nullptr, true); !r)
            return r;
        for (const FetchFilter &filter : entity.filters) {
            auto node = compileFilter(filter, *m_plan.base);
            if (!node)
                return node.error();
            m_plan.filters.push_back(std::move(node).value());
        }
        return {};
    }

private:
    static Error missing(const QString &entity)
    {
        return makeError(Error::Code::InvalidArgument,
                         CompiledFilter::tr("no records of type %1 are loaded").arg(entity));
    }

    Error invalid(const FetchCondition &c, const QString &problem) const
    {
        Error e = makeError(Error::Code::InvalidArgument,
                            CompiledFilter::tr("condition on %1: %2").arg(c.attribute, problem));
        e.line = c.position.line;
        e.column = c.position.column;
        return e;
    }

    Result<FilterNode> compileFilter(const FetchFilter &filter, const RecordSnapshot &snapshot)
    {
        FilterNode node;
        node.isOr = filter.type == FetchFilter::Type::Or;
        for (const FetchCondition &c : filter.conditions) {
            auto test = compileCondition(c, snapshot);
            if (!test)
                return test.error();
            node.conditions.push_back(std::move(test).value());
        }
        for (const FetchFilter &nested : filter.filters) {
            auto group = compileFilter(nested, snapshot);
            if (!group)
                return group.error();
            node.groups.push_back(std::move(group).value());
        }
        return node;
    }

    Result<ConditionTest> compileCondition(const FetchCondition &c, const RecordSnapshot &snapshot)
    {
        ConditionTest test;
        test.source = c;
        const RecordSnapshot *target = &snapshot;
        if (!c.entityName.isEmpty()) {
            const auto alias = m_aliases.constFind(c.entityName);
            if (alias == m_aliases.cend())
                return invalid(
                    c, CompiledFilter::tr("no link-entity is called \"%1\"").arg(c.entityName));
            target = alias->snapshot;
            test.rowMap = alias->rowMap;
        }
        test.column = target->column(c.attribute);
        if (!test.column)
            return invalid(c, CompiledFilter::tr("the column was not loaded"));
        if (auto r = compileTest(c, test); !r)
            return r.error();
        return test;
    }

    // `predicate` must own what it reads: it runs after compiling, row by row.
    void matchText(ConditionTest &test, std::function<bool(const QString &)> predicate)
    {
        test.kind = ConditionTest::Kind::Text;
        test.textMatches.assign(size_t(test.column->pool.size()), ConditionTest::Unknown);
        test.pattern = std::move(predicate);
    }

    void matchSymbols(ConditionTest &test, const QStringList &values)
    {
        test.kind = ConditionTest::Kind::Text;
        test.textMatches.assign(size_t(test.column->pool.size()), 0);
        for (const QString &value : values) {
            const qint32 symbol = test.column->symbol(value.toLower());
            if (symbol >= 0)
                test.textMatches[size_t(symbol)] = 1;
        }
    }

    void matchRange(ConditionTest &test, const TimeRange &range)
    {
        test.kind = ConditionTest::Kind::Ranges;
        test.onTimes = true;
        test.ranges = {Range{
            range.from.isValid() ? double(range.from.toMSecsSinceEpoch()) : -kInfinity,
            range.to.isValid() ? double(range.to.toMSecsSinceEpoch()) : kInfinity, true, false}};
    }

    Result<void> compileTest(const FetchCondition &c, ConditionTest &test);
    Result<void> compileComparison(const FetchCondition &c, ConditionTest &test);
    Result<void> compileLinks(const std::vector<FetchLinkEntity> &links,
                              const RecordSnapshot &parent, const std::vector<int> *parentMap,
                              bool restrictsBase);

    const SnapshotSet &m_snapshots;
    const EvaluationContext &m_context;
    const FieldCatalog &m_catalog;
    CompiledFilter::Plan &m_plan;
    QHash<QString, AliasTarget> m_aliases;
};

Result<void> Compiler::compileTest(const FetchCondition &c, ConditionTest &test)
{
    using O = FetchOperator;
    const OperatorInfo &info = operatorInfo(c.op);
    const QString first = c.values.value(0);
    test.negate = c.op == O::NotLike || c.op == O::NotBeginWith || c.op == O::NotEndWith ||
                  c.op == O::NeUserId || c.op == O::NeBusinessId;
    switch (c.op) {
    case O::Null:
    case O::NotNull:
        test.kind = ConditionTest::Kind::NullCheck;
        test.wantNull = c.op == O::Null;
        return {};
    case O::EqUserId:
    case O::NeUserId:
        matchSymbols(test,
                     m_context.userId.isEmpty() ? QStringList() : QStringList{m_context.userId});
        return {};
    case O::EqUserOrUserTeams:
        matchSymbols(test, QStringList{m_context.userId} + m_context.teamIds);
        return {};
    case O::EqUserTeams:
        matchSymbols(test, m_context.teamIds);
        return {};
    case O::EqBusinessId:
    case O::NeBusinessId:
        matchSymbols(test, QStringList{m_context.businessUnitId});
        return {};
    // begins-with and ends-with take like's wildcards: "x" is like "x%" / "%x".
    case O::Like:
    case O::NotLike:
    case O::BeginsWith:
    case O::NotBeginWith:
    case O::EndsWith:
    case O::NotEndWith: {
        const LikePattern pattern(LikePattern::forOperator(c.op, first));
        matchText(test, [pattern](const QString &text) { return pattern.matches(text); });
        return {};
    }
    default:
        break;
    }
    if (info.relativeDate || info.value == OperatorValue::Date) {
        const int count =
            info.value == OperatorValue::Count ? FetchValue::parseCount(first).value_or(-1) : 0;
        const auto day = info.value == OperatorValue::Date ? calendarDay(first, m_context.timeZone)
                                                           : std::optional<QDate>(QDate());
        if (count < 0 || !day)
            return invalid(c, CompiledFilter::tr("\"%1\" does not fit operator %2")
                                  .arg(first, operatorName(c.op)));
        matchRange(test, relativeRange(c.op, count, *day, m_context));
        return {};
    }
    return compileComparison(c, test);
}

// eq, ne, neq, gt, ge, lt, le, in, not-in, between, not-between
Result<void> Compiler::compileComparison(const FetchCondition &c, ConditionTest &test)
{
    using O = FetchOperator;
    test.negate = c.op == O::Ne || c.op == O::Neq || c.op == O::NotIn || c.op == O::NotBetween;
    const Domain domain = valueDomain(*test.column, c.values);
    if (domain == Domain::Text) {
        if (c.op == O::Eq || c.op == O::Ne || c.op == O::Neq || c.op == O::In || c.op == O::NotIn) {
            matchSymbols(test, c.values);
            return {};
        }
        const QString a = c.values.value(0).toLower();
        const QString b = c.values.value(1).toLower();
        // By value: the pattern is tried long after compiling (ConditionTest).
        matchText(test, [a, b, op = c.op](const QString &text) {
            switch (op) {
            case O::Gt:
                return text > a;
            case O::Ge:
                return text >= a;
            case O::Lt:
                return text < a;
            case O::Le:
                return text <= a;
            default:
                return text >= a && text <= b; // between
            }
        });
        return {};
    }
    std::vector<double> values;
    for (const QString &text : c.values) {
        const auto value = valueIn(domain, text);
        if (!value)
            return invalid(c,
                           CompiledFilter::tr("\"%1\" is not a %2")
                               .arg(text, domain == Domain::Time ? CompiledFilter::tr("date")
                                                                 : CompiledFilter::tr("number")));
        values.push_back(*value);
    }
    test.kind = ConditionTest::Kind::Ranges;
    test.onTimes = domain == Domain::Time;
    const double v = values.front();
    switch (c.op) {
    case O::Gt:
        test.ranges = {{v, kInfinity, false, false}};
        break;
    case O::Ge:
        test.ranges = {{v, kInfinity, true, false}};
        break;
    case O::Lt:
        test.ranges = {{-kInfinity, v, false, false}};
        break;
    case O::Le:
        test.ranges = {{-kInfinity, v, false, true}};
        break;
    case O::Between:
    case O::NotBetween:
        test.ranges = {{v, values.back(), true, true}};
        break;
    default: // eq, ne, neq, in, not-in
        for (double x : values)
            test.ranges.push_back({x, x, true, true});
    }
    return {};
}

Result<void> Compiler::compileLinks(const std::vector<FetchLinkEntity> &links,
                                    const RecordSnapshot &parent, const std::vector<int> *parentMap,
                                    bool restrictsBase)
{
    for (const FetchLinkEntity &link : links) {
        const RecordSnapshot *linked = m_snapshots.find(link.name);
        if (!linked)
            return missing(link.name);
        // The related records that pass the link's own filters and inner links.
        FetchQuery sub;
        sub.entity.name = link.name;
        sub.entity.filters = link.filters;
        sub.entity.links = link.links;
        auto subFilter = CompiledFilter::compile(sub, m_snapshots, m_context, m_catalog);
        if (!subFilter)
            return subFilter.error();
        const std::vector<quint8> passes = subFilter->evaluate();
        const RecordSnapshot::Column *from = linked->column(link.from);
        const RecordSnapshot::Column *to = parent.column(link.to);
        if (!from || !to)
            return makeError(
                Error::Code::InvalidArgument,
                CompiledFilter::tr("link-entity %1: its columns were not loaded").arg(link.name));
        QHash<QString, int> rowByKey;
        for (int r = linked->size() - 1; r >= 0; --r) { // the first match wins
            if (passes[size_t(r)] && from->text[size_t(r)] >= 0)
                rowByKey.insert(from->pool.at(from->text[size_t(r)]), r);
        }
        auto map = std::make_unique<std::vector<int>>(size_t(m_plan.base->size()), -1);
        for (size_t b = 0; b < map->size(); ++b) {
            const int p = parentMap ? (*parentMap)[b] : int(b);
            const qint32 key = p >= 0 ? to->text[size_t(p)] : -1;
            if (key >= 0)
                (*map)[b] = rowByKey.value(to->pool.at(key), -1);
        }
        const std::vector<int> *rowMap = map.get();
        m_plan.joins.push_back(std::move(map));
        m_aliases.insert(link.alias.isEmpty() ? link.name : link.alias, {linked, rowMap});
        if (restrictsBase && link.linkType == FetchLinkEntity::Type::Inner) {
            FetchCondition description{link.alias.isEmpty() ? link.name : link.alias, link.from,
                                       FetchOperator::NotNull};
            m_plan.innerJoins.push_back({rowMap, description});
        }
        if (auto r = compileLinks(link.links, *linked, rowMap, false); !r)
            return r;
    }
    return {};
}

} // namespace

Result<CompiledFilter> CompiledFilter::compile(const FetchQuery &query,
                                               const SnapshotSet &snapshots,
                                               const EvaluationContext &context,
                                               const FieldCatalog &catalog)
{
    auto plan = std::make_shared<Plan>();
    if (auto r = Compiler(snapshots, context, catalog, *plan).compileEntity(query.entity); !r)
        return r.error();
    return CompiledFilter(std::move(plan));
}

} // namespace SyncLens
