#include "fetchoperator.h"

#include <array>

namespace SyncLens {

namespace {

using O = FetchOperator;
using A = OperatorArity;
using V = OperatorValue;

// Where Microsoft's operator reference (sss-documented-behaviour.md §5) leaves
// a boundary open, the comment beside the operator says what SyncLens does;
// relative dates are annotated in relativedate.cpp. Live mode's comparison
// with Dataverse is the judge.
constexpr std::array kOperators{
    // eq / ne / neq: text ignores case (Dataverse's default collation); dates
    // compare as instants. ne and neq never match null: the documentation
    // does not say, SQL's three-valued logic (which Dataverse runs on) says so.
    OperatorInfo{O::Eq, "eq", A::One, V::Field, false},
    OperatorInfo{O::Ne, "ne", A::One, V::Field, false},
    OperatorInfo{O::Neq, "neq", A::One, V::Field, false},
    OperatorInfo{O::Gt, "gt", A::One, V::Field, false},
    OperatorInfo{O::Ge, "ge", A::One, V::Field, false},
    OperatorInfo{O::Lt, "lt", A::One, V::Field, false},
    OperatorInfo{O::Le, "le", A::One, V::Field, false},
    // like family: % any run, _ one character, [abc] / [a-c] one of, [^abc]
    // none of. The negations never match null (as ne).
    OperatorInfo{O::Like, "like", A::One, V::Field, false},
    OperatorInfo{O::NotLike, "not-like", A::One, V::Field, false},
    // begins-with, ends-with and their negations take the same wildcards as
    // like (the reference says so); a value holding % or _ is a pattern.
    OperatorInfo{O::BeginsWith, "begins-with", A::One, V::Field, false},
    OperatorInfo{O::NotBeginWith, "not-begin-with", A::One, V::Field, false},
    OperatorInfo{O::EndsWith, "ends-with", A::One, V::Field, false},
    OperatorInfo{O::NotEndWith, "not-end-with", A::One, V::Field, false},
    // not-in never matches null (as ne).
    OperatorInfo{O::In, "in", A::Many, V::Field, false},
    OperatorInfo{O::NotIn, "not-in", A::Many, V::Field, false},
    // between: the reference does not say whether the ends are included;
    // SyncLens includes both (SQL BETWEEN). A date end given without a time
    // is midnight UTC of that day, not the end of it. not-between excludes
    // both ends and never matches null.
    OperatorInfo{O::Between, "between", A::Two, V::Field, false},
    OperatorInfo{O::NotBetween, "not-between", A::Two, V::Field, false},
    OperatorInfo{O::Null, "null", A::None, V::None, false},
    OperatorInfo{O::NotNull, "not-null", A::None, V::None, false},
    OperatorInfo{O::EqUserId, "eq-userid", A::None, V::None, false},
    OperatorInfo{O::NeUserId, "ne-userid", A::None, V::None, false},
    OperatorInfo{O::EqBusinessId, "eq-businessid", A::None, V::None, false},
    OperatorInfo{O::NeBusinessId, "ne-businessid", A::None, V::None, false},
    // eq-useroruserteams: the user or a team the user belongs to;
    // eq-userteams: a team the user belongs to, not the user. ne-userid never
    // matches a record without an owner.
    OperatorInfo{O::EqUserOrUserTeams, "eq-useroruserteams", A::None, V::None, false},
    OperatorInfo{O::EqUserTeams, "eq-userteams", A::None, V::None, false},
    OperatorInfo{O::Today, "today", A::None, V::None, true},
    OperatorInfo{O::Yesterday, "yesterday", A::None, V::None, true},
    OperatorInfo{O::Tomorrow, "tomorrow", A::None, V::None, true},
    OperatorInfo{O::ThisWeek, "this-week", A::None, V::None, true},
    OperatorInfo{O::LastWeek, "last-week", A::None, V::None, true},
    OperatorInfo{O::NextWeek, "next-week", A::None, V::None, true},
    OperatorInfo{O::ThisMonth, "this-month", A::None, V::None, true},
    OperatorInfo{O::LastMonth, "last-month", A::None, V::None, true},
    OperatorInfo{O::NextMonth, "next-month", A::None, V::None, true},
    OperatorInfo{O::ThisYear, "this-year", A::None, V::None, true},
    OperatorInfo{O::LastYear, "last-year", A::None, V::None, true},
    OperatorInfo{O::NextYear, "next-year", A::None, V::None, true},
    OperatorInfo{O::LastSevenDays, "last-seven-days", A::None, V::None, true},
    OperatorInfo{O::NextSevenDays, "next-seven-days", A::None, V::None, true},
    OperatorInfo{O::LastXHours, "last-x-hours", A::One, V::Count, true},
    OperatorInfo{O::NextXHours, "next-x-hours", A::One, V::Count, true},
    OperatorInfo{O::LastXDays, "last-x-days", A::One, V::Count, true},
    OperatorInfo{O::NextXDays, "next-x-days", A::One, V::Count, true},
    OperatorInfo{O::LastXWeeks, "last-x-weeks", A::One, V::Count, true},
    OperatorInfo{O::NextXWeeks, "next-x-weeks", A::One, V::Count, true},
    OperatorInfo{O::LastXMonths, "last-x-months", A::One, V::Count, true},
    OperatorInfo{O::NextXMonths, "next-x-months", A::One, V::Count, true},
    OperatorInfo{O::LastXYears, "last-x-years", A::One, V::Count, true},
    OperatorInfo{O::NextXYears, "next-x-years", A::One, V::Count, true},
    OperatorInfo{O::OlderThanXMinutes, "olderthan-x-minutes", A::One, V::Count, true},
    OperatorInfo{O::OlderThanXHours, "olderthan-x-hours", A::One, V::Count, true},
    OperatorInfo{O::OlderThanXDays, "olderthan-x-days", A::One, V::Count, true},
    OperatorInfo{O::OlderThanXWeeks, "olderthan-x-weeks", A::One, V::Count, true},
    OperatorInfo{O::OlderThanXMonths, "olderthan-x-months", A::One, V::Count, true},
    OperatorInfo{O::OlderThanXYears, "olderthan-x-years", A::One, V::Count, true},
    OperatorInfo{O::On, "on", A::One, V::Date, false},
    OperatorInfo{O::OnOrBefore, "on-or-before", A::One, V::Date, false},
    OperatorInfo{O::OnOrAfter, "on-or-after", A::One, V::Date, false},
};

} // namespace

const OperatorInfo &operatorInfo(FetchOperator op)
{
    for (const auto &info : kOperators) {
        if (info.op == op)
            return info;
    }
    Q_UNREACHABLE();
}

QString operatorName(FetchOperator op)
{
    return QString::fromLatin1(operatorInfo(op).name);
}

std::optional<FetchOperator> operatorFromName(QStringView name)
{
    for (const auto &info : kOperators) {
        if (name == QLatin1String(info.name))
            return info.op;
    }
    return std::nullopt;
}

QList<FetchOperator> allOperators()
{
    QList<FetchOperator> ops;
    for (const auto &info : kOperators)
        ops.append(info.op);
    return ops;
}

} // namespace SyncLens
