#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace SyncLens {

// The FetchXML condition operators that sync filters use. Anything else is
// reported as unsupported by name and position.
enum class FetchOperator
{
    Eq,
    Ne,
    Neq,
    Gt,
    Ge,
    Lt,
    Le,
    Like,
    NotLike,
    BeginsWith,
    NotBeginWith,
    EndsWith,
    NotEndWith,
    In,
    NotIn,
    Between,
    NotBetween,
    Null,
    NotNull,
    EqUserId,
    NeUserId,
    EqBusinessId,
    NeBusinessId,
    EqUserOrUserTeams,
    EqUserTeams,
    Today,
    Yesterday,
    Tomorrow,
    ThisWeek,
    LastWeek,
    NextWeek,
    ThisMonth,
    LastMonth,
    NextMonth,
    ThisYear,
    LastYear,
    NextYear,
    LastSevenDays,
    NextSevenDays,
    LastXHours,
    NextXHours,
    LastXDays,
    NextXDays,
    LastXWeeks,
    NextXWeeks,
    LastXMonths,
    NextXMonths,
    LastXYears,
    NextXYears,
    OlderThanXMinutes,
    OlderThanXHours,
    OlderThanXDays,
    OlderThanXWeeks,
    OlderThanXMonths,
    OlderThanXYears,
    On,
    OnOrBefore,
    OnOrAfter,
};

// How many values an operator takes, and of what kind.
enum class OperatorArity
{
    None,
    One,
    Two,
    Many
};
enum class OperatorValue
{
    None,  // takes no value
    Field, // a value of the field's type
    Count, // a whole number ≥ 0 (the x of last-x-days)
    Date,  // a date (on, on-or-before, on-or-after)
};

struct OperatorInfo
{
    FetchOperator op;
    const char *name;
    OperatorArity arity;
    OperatorValue value;
    bool relativeDate; // compares a date field with the engine's clock
};

const OperatorInfo &operatorInfo(FetchOperator op);
QString operatorName(FetchOperator op);
std::optional<FetchOperator> operatorFromName(QStringView name);
QList<FetchOperator> allOperators();

} // namespace SyncLens
