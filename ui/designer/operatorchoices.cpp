#include "operatorchoices.h"

#include "fetchxml/fetchvalue.h"

#include <QDate>

namespace SyncLens {

namespace {

using O = FetchOperator;

QList<FetchOperator> dateOperators()
{
    return {O::On,
            O::OnOrAfter,
            O::OnOrBefore,
            O::Today,
            O::Yesterday,
            O::Tomorrow,
            O::ThisWeek,
            O::LastWeek,
            O::NextWeek,
            O::ThisMonth,
            O::LastMonth,
            O::NextMonth,
            O::ThisYear,
            O::LastYear,
            O::NextYear,
            O::LastSevenDays,
            O::NextSevenDays,
            O::LastXHours,
            O::NextXHours,
            O::LastXDays,
            O::NextXDays,
            O::LastXWeeks,
            O::NextXWeeks,
            O::LastXMonths,
            O::NextXMonths,
            O::LastXYears,
            O::NextXYears,
            O::OlderThanXMinutes,
            O::OlderThanXHours,
            O::OlderThanXDays,
            O::OlderThanXWeeks,
            O::OlderThanXMonths,
            O::OlderThanXYears,
            O::Gt,
            O::Ge,
            O::Lt,
            O::Le,
            O::Between,
            O::NotBetween,
            O::Null,
            O::NotNull};
}

// A first value of the field's type that the parser accepts.
QString sampleValue(const FieldInfo &field, const QString &userId)
{
    switch (field.type) {
    case FieldType::DateTime:
        return QDate::currentDate().toString(Qt::ISODate);
    case FieldType::Integer:
    case FieldType::Decimal:
    case FieldType::Boolean:
        return QStringLiteral("0");
    case FieldType::OptionSet: {
        auto keys = field.options.keys();
        std::sort(keys.begin(), keys.end());
        return keys.isEmpty() ? QStringLiteral("0") : QString::number(keys.first());
    }
    case FieldType::UserLookup:
        return userId;
    case FieldType::String:
    case FieldType::Lookup:
        break;
    }
    return {};
}

// Whether `value` can stand as a value of `kind` for `field`.
bool fits(const QString &value, OperatorValue kind, const FieldInfo &field)
{
    switch (kind) {
    case OperatorValue::None:
        return false;
    case OperatorValue::Count:
        return FetchValue::parseCount(value).has_value();
    case OperatorValue::Date:
        return FetchValue::parseDateTime(value).has_value();
    case OperatorValue::Field:
        break;
    }
    switch (field.type) {
    case FieldType::DateTime:
        return FetchValue::parseDateTime(value).has_value();
    case FieldType::Integer:
    case FieldType::Decimal:
    case FieldType::OptionSet:
        return FetchValue::parseNumber(value).has_value();
    case FieldType::Boolean:
        return FetchValue::parseBoolean(value).has_value();
    case FieldType::UserLookup:
        return !value.isEmpty();
    case FieldType::String:
    case FieldType::Lookup:
        break;
    }
    return true;
}

struct Label
{
    FetchOperator op;
    const char *text;
};

// What the operator picker says: how a person would finish "the start time …".
// Written out in full because lupdate does not expand macros.
const Label kLabels[] = {
    {O::Eq, QT_TRANSLATE_NOOP("SyncLens::OperatorChoices", "equals")},
    {O::Ne, QT_TRANSLATE_NOOP("SyncLens::OperatorChoices", "does not equal")},
    {O::Neq, QT_TRANSLATE_NOOP("SyncLens::OperatorChoices", "does not equal (neq)")},
    {O::Gt, QT_TRANSLATE_NOOP("SyncLens::OperatorChoices", "is greater than")},
    {O::Ge, QT_TRANSLATE_NOOP("SyncLens::OperatorChoices", "is at least")},
    {O::Lt, QT_TRANSLATE_NOOP("SyncLens::OperatorChoices", "is less than")},
    {O::Le, QT_TRANSLATE_NOOP("SyncLens::OperatorChoices", "is at most")},
    {O::Like, QT_TRANSLATE_NOOP("SyncLens::OperatorChoices", "matches (% = any text)")},
    {O::NotLike, QT_TRANSLATE_NOOP("SyncLens::OperatorChoices", "does not match (% = any text)")},
    {O::BeginsWith, QT_TRANSLATE_NOOP("SyncLens::OperatorChoices", "begins with")},
    {O::NotBeginWith, QT_TRANSLATE_NOOP("SyncLens::OperatorChoices", "does not begin with")},
    {O::EndsWith, QT_TRANSLATE_NOOP("SyncLens::OperatorChoices", "ends with")},
    {O::NotEndWith, QT_TRANSLATE_NOOP("SyncLens::OperatorChoices", "does not end with")},
    {O::In, QT_TRANSLATE_NOOP("SyncLens::OperatorChoices", "is one of")},
    {O::NotIn, QT_TRANSLATE_NOOP("SyncLens::OperatorChoices", "is none of")},
    {O::Between, QT_TRANSLATE_NOOP("SyncLens::OperatorChoices", "is between")},
    {O::NotBetween, QT_TRANSLATE_NOOP("SyncLens::OperatorChoices", "is not between")},
    {O::Null, QT_TRANSLATE_NOOP("SyncLens::OperatorChoices", "is empty")},
    {O::NotNull, QT_TRANSLATE_NOOP("SyncLens::OperatorChoices", "is not empty")},
    {O::EqUserId, QT_TRANSLATE_NOOP("SyncLens::OperatorChoices", "is the filter's user")},
    {O::NeUserId, QT_TRANSLATE_NOOP("SyncLens::OperatorChoices", "is not the filter's user")},
    {O::EqBusinessId,
     QT_TRANSLATE_NOOP("SyncLens::OperatorChoices", "is the user's business unit")},
    {O::NeBusinessId,
     QT_TRANSLATE_NOOP("SyncLens::OperatorChoices", "is not the user's business unit")},
    {O::EqUserOrUserTeams,
     QT_TRANSLATE_NOOP("SyncLens::OperatorChoices", "is the filter's user or one of their teams")},
    {O::EqUserTeams,
     QT_TRANSLATE_NOOP("SyncLens::OperatorChoices", "is one of the filter's user's teams")},
    {O::Today, QT_TRANSLATE_NOOP("SyncLens::OperatorChoices", "is today")},
    {O::Yesterday, QT_TRANSLATE_NOOP("SyncLens::OperatorChoices", "is yesterday")},
    {O::Tomorrow, QT_TRANSLATE_NOOP("SyncLens::OperatorChoices", "is tomorrow")},
    {O::ThisWeek, QT_TRANSLATE_NOOP("SyncLens::OperatorChoices", "is this week")},
    {O::LastWeek, QT_TRANSLATE_NOOP("SyncLens::OperatorChoices", "is last week")},
    {O::NextWeek, QT_TRANSLATE_NOOP("SyncLens::OperatorChoices", "is next week")},
    {O::ThisMonth, QT_TRANSLATE_NOOP("SyncLens::OperatorChoices", "is this month")},
    {O::LastMonth, QT_TRANSLATE_NOOP("SyncLens::OperatorChoices", "is last month")},
    {O::NextMonth, QT_TRANSLATE_NOOP("SyncLens::OperatorChoices", "is next month")},
    {O::ThisYear, QT_TRANSLATE_NOOP("SyncLens::OperatorChoices", "is this year")},
    {O::LastYear, QT_TRANSLATE_NOOP("SyncLens::OperatorChoices", "is last year")},
    {O::NextYear, QT_TRANSLATE_NOOP("SyncLens::OperatorChoices", "is next year")},
    {O::LastSevenDays, QT_TRANSLATE_NOOP("SyncLens::OperatorChoices", "is in the last 7 days")},
    {O::NextSevenDays, QT_TRANSLATE_NOOP("SyncLens::OperatorChoices", "is in the next 7 days")},
    {O::LastXHours, QT_TRANSLATE_NOOP("SyncLens::OperatorChoices", "is in the last … hours")},
    {O::NextXHours, QT_TRANSLATE_NOOP("SyncLens::OperatorChoices", "is in the next … hours")},
    {O::LastXDays, QT_TRANSLATE_NOOP("SyncLens::OperatorChoices", "is in the last … days")},
    {O::NextXDays, QT_TRANSLATE_NOOP("SyncLens::OperatorChoices", "is in the next … days")},
    {O::LastXWeeks, QT_TRANSLATE_NOOP("SyncLens::OperatorChoices", "is in the last … weeks")},
    {O::NextXWeeks, QT_TRANSLATE_NOOP("SyncLens::OperatorChoices", "is in the next … weeks")},
    {O::LastXMonths, QT_TRANSLATE_NOOP("SyncLens::OperatorChoices", "is in the last … months")},
    {O::NextXMonths, QT_TRANSLATE_NOOP("SyncLens::OperatorChoices", "is in the next … months")},
    {O::LastXYears, QT_TRANSLATE_NOOP("SyncLens::OperatorChoices", "is in the last … years")},
    {O::NextXYears, QT_TRANSLATE_NOOP("SyncLens::OperatorChoices", "is in the next … years")},
    {O::OlderThanXMinutes,
     QT_TRANSLATE_NOOP("SyncLens::OperatorChoices", "is older than … minutes")},
    {O::OlderThanXHours, QT_TRANSLATE_NOOP("SyncLens::OperatorChoices", "is older than … hours")},
    {O::OlderThanXDays, QT_TRANSLATE_NOOP("SyncLens::OperatorChoices", "is older than … days")},
    {O::OlderThanXWeeks, QT_TRANSLATE_NOOP("SyncLens::OperatorChoices", "is older than … weeks")},
    {O::OlderThanXMonths, QT_TRANSLATE_NOOP("SyncLens::OperatorChoices", "is older than … months")},
    {O::OlderThanXYears, QT_TRANSLATE_NOOP("SyncLens::OperatorChoices", "is older than … years")},
    {O::On, QT_TRANSLATE_NOOP("SyncLens::OperatorChoices", "is on")},
    {O::OnOrBefore, QT_TRANSLATE_NOOP("SyncLens::OperatorChoices", "is on or before")},
    {O::OnOrAfter, QT_TRANSLATE_NOOP("SyncLens::OperatorChoices", "is on or after")},
};

} // namespace

QList<FetchOperator> OperatorChoices::forType(FieldType type)
{
    switch (type) {
    case FieldType::String:
        return {O::Eq,       O::Ne,         O::Like, O::NotLike, O::BeginsWith, O::NotBeginWith,
                O::EndsWith, O::NotEndWith, O::In,   O::NotIn,   O::Null,       O::NotNull};
    case FieldType::Integer:
    case FieldType::Decimal:
        return {O::Eq,      O::Ne,         O::Gt, O::Ge,    O::Lt,   O::Le,
                O::Between, O::NotBetween, O::In, O::NotIn, O::Null, O::NotNull};
    case FieldType::Boolean:
        return {O::Eq, O::Ne, O::Null, O::NotNull};
    case FieldType::DateTime:
        return dateOperators();
    case FieldType::OptionSet:
        return {O::Eq, O::Ne, O::In, O::NotIn, O::Null, O::NotNull};
    case FieldType::UserLookup:
        return {O::EqUserId,    O::NeUserId, O::EqUserOrUserTeams,
                O::EqUserTeams, O::Eq,       O::Ne,
                O::In,          O::NotIn,    O::Null,
                O::NotNull};
    case FieldType::Lookup:
        return {O::Eq, O::Ne, O::In, O::NotIn, O::Null, O::NotNull};
    }
    return {};
}

FieldInfo OperatorChoices::unknownField(const QString &attribute)
{
    return FieldInfo{attribute, FieldType::String, attribute, {}};
}

QStringList OperatorChoices::defaultValues(FetchOperator op, const FieldInfo &field,
                                           const QStringList &previous, const QString &userId)
{
    const OperatorInfo &info = operatorInfo(op);
    QStringList kept;
    for (const QString &value : previous) {
        if (fits(value, info.value, field))
            kept.append(value);
    }
    const QString sample = info.value == OperatorValue::Count ? QStringLiteral("30")
                           : info.value == OperatorValue::Date
                               ? QDate::currentDate().toString(Qt::ISODate)
                               : sampleValue(field, userId);
    switch (info.arity) {
    case OperatorArity::None:
        return {};
    case OperatorArity::One:
        return {kept.value(0, sample)};
    case OperatorArity::Two:
        return {kept.value(0, sample), kept.value(1, kept.value(0, sample))};
    case OperatorArity::Many:
        return kept.isEmpty() ? QStringList{sample} : kept;
    }
    return {};
}

QString OperatorChoices::label(FetchOperator op)
{
    for (const Label &row : kLabels) {
        if (row.op == op)
            return tr(row.text);
    }
    return operatorName(op);
}

} // namespace SyncLens
