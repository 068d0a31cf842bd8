#include "fetchoperator.h"

#include <array>

namespace SyncLens {

namespace {

using Op = FetchOperator;
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
    OperatorInfo{Op::Eq, "eq", A::One, V::Field, false},
    OperatorInfo{Op::Ne, "ne", A::One, V::Field, false},
    OperatorInfo{Op::Neq, "neq", A::One, V::Field, false},
    OperatorInfo{Op::Gt, "gt", A::One, V::Field, false},
    OperatorInfo{Op::Ge, "ge", A::One, V::Field, false},
    OperatorInfo{Op::Lt, "lt", A::One, V::Field, false},
    OperatorInfo{Op::Le, "le", A::One, V::Field, false},
    // like family: % any run, _ one character, [abc] / [a-c] one of, [^abc]
    // none of. The negations never match null (as ne).
    OperatorInfo{Op::Like, "like", A::One, V::Field, false},
    OperatorInfo{Op::NotLike, "not-like", A::One, V::Field, false},
    // begins-with, ends-with and their negations take the same wildcards as
    // like (the reference says so); a value holding % or _ is a pattern.
    OperatorInfo{Op::BeginsWith, "begins-with", A::One, V::Field, false},
    OperatorInfo{Op::NotBeginWith, "not-begin-with", A::One, V::Field, false},
    OperatorInfo{Op::EndsWith, "ends-with", A::One, V::Field, false},
    OperatorInfo{Op::NotEndWith, "not-end-with", A::One, V::Field, false},
    // not-in never matches null (as ne).
    OperatorInfo{Op::In, "in", A::Many, V::Field, false},
    OperatorInfo{Op::NotIn, "not-in", A::Many, V::Field, false},
    // between: the reference does not say whether the ends are included;
    // SyncLens includes both (SQL BETWEEN). A date end given without a time
    // is midnight UTC of that day, not the end of it. not-between excludes
    // both ends and never matches null.
    OperatorInfo{Op::Between, "between", A::Two, V::Field, false},
    OperatorInfo{Op::NotBetween, "not-between", A::Two, V::Field, false},
    OperatorInfo{Op::Null, "null", A::None, V::None, false},
    OperatorInfo{Op::NotNull, "not-null", A::None, V::None, false},
    OperatorInfo{Op::EqUserId, "eq-userid", A::None, V::None, false},
    OperatorInfo{Op::NeUserId, "ne-userid", A::None, V::None, false},
    OperatorInfo{Op::EqBusinessId, "eq-businessid", A::None, V::None, false},
    OperatorInfo{Op::NeBusinessId, "ne-businessid", A::None, V::None, false},
    // eq-useroruserteams: the user or a team the user belongs to;
    // eq-userteams: a team the user belongs to, not the user. ne-userid never
    // matches a record without an owner.
    OperatorInfo{Op::EqUserOrUserTeams, "eq-useroruserteams", A::None, V::None, false},
    OperatorInfo{Op::EqUserTeams, "eq-userteams", A::None, V::None, false},
    OperatorInfo{Op::Today, "today", A::None, V::None, true},
    OperatorInfo{Op::Yesterday, "yesterday", A::None, V::None, true},
    OperatorInfo{Op::Tomorrow, "tomorrow", A::None, V::None, true},
    OperatorInfo{Op::ThisWeek, "this-week", A::None, V::None, true},
    OperatorInfo{Op::LastWeek, "last-week", A::None, V::None, true},
    OperatorInfo{Op::NextWeek, "next-week", A::None, V::None, true},
    OperatorInfo{Op::ThisMonth, "this-month", A::None, V::None, true},
    OperatorInfo{Op::LastMonth, "last-month", A::None, V::None, true},
    OperatorInfo{Op::NextMonth, "next-month", A::None, V::None, true},
    OperatorInfo{Op::ThisYear, "this-year", A::None, V::None, true},
    OperatorInfo{Op::LastYear, "last-year", A::None, V::None, true},
    OperatorInfo{Op::NextYear, "next-year", A::None, V::None, true},
    OperatorInfo{Op::LastSevenDays, "last-seven-days", A::None, V::None, true},
    OperatorInfo{Op::NextSevenDays, "next-seven-days", A::None, V::None, true},
    OperatorInfo{Op::LastXHours, "last-x-hours", A::One, V::Count, true},
    OperatorInfo{Op::NextXHours, "next-x-hours", A::One, V::Count, true},
    OperatorInfo{Op::LastXDays, "last-x-days", A::One, V::Count, true},
    OperatorInfo{Op::NextXDays, "next-x-days", A::One, V::Count, true},
    OperatorInfo{Op::LastXWeeks, "last-x-weeks", A::One, V::Count, true},
    OperatorInfo{Op::NextXWeeks, "next-x-weeks", A::One, V::Count, true},
    OperatorInfo{Op::LastXMonths, "last-x-months", A::One, V::Count, true},
    OperatorInfo{Op::NextXMonths, "next-x-months", A::One, V::Count, true},
    OperatorInfo{Op::LastXYears, "last-x-years", A::One, V::Count, true},
    OperatorInfo{Op::NextXYears, "next-x-years", A::One, V::Count, true},
    OperatorInfo{Op::OlderThanXMinutes, "olderthan-x-minutes", A::One, V::Count, true},
    OperatorInfo{Op::OlderThanXHours, "olderthan-x-hours", A::One, V::Count, true},
    OperatorInfo{Op::OlderThanXDays, "olderthan-x-days", A::One, V::Count, true},
    OperatorInfo{Op::OlderThanXWeeks, "olderthan-x-weeks", A::One, V::Count, true},
    OperatorInfo{Op::OlderThanXMonths, "olderthan-x-months", A::One, V::Count, true},
    OperatorInfo{Op::OlderThanXYears, "olderthan-x-years", A::One, V::Count, true},
    OperatorInfo{Op::On, "on", A::One, V::Date, false},
    OperatorInfo{Op::OnOrBefore, "on-or-before", A::One, V::Date, false},
    OperatorInfo{Op::OnOrAfter, "on-or-after", A::One, V::Date, false},
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
