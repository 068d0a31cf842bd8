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

#define SL_LABEL(op, text)                                                                         \
    Label                                                                                          \
    {                                                                                              \
        op, QT_TRANSLATE_NOOP("SyncLens::OperatorChoices", text)                                   \
    }
// What the operator picker says: how a person would finish "the start time …".
const Label kLabels[] = {
    SL_LABEL(O::Eq, "equals"),
    SL_LABEL(O::Ne, "does not equal"),
    SL_LABEL(O::Neq, "does not equal (neq)"),
    SL_LABEL(O::Gt, "is greater than"),
    SL_LABEL(O::Ge, "is at least"),
    SL_LABEL(O::Lt, "is less than"),
    SL_LABEL(O::Le, "is at most"),
    SL_LABEL(O::Like, "matches (% = any text)"),
    SL_LABEL(O::NotLike, "does not match (% = any text)"),
    SL_LABEL(O::BeginsWith, "begins with"),
    SL_LABEL(O::NotBeginWith, "does not begin with"),
    SL_LABEL(O::EndsWith, "ends with"),
    SL_LABEL(O::NotEndWith, "does not end with"),
    SL_LABEL(O::In, "is one of"),
    SL_LABEL(O::NotIn, "is none of"),
    SL_LABEL(O::Between, "is between"),
    SL_LABEL(O::NotBetween, "is not between"),
    SL_LABEL(O::Null, "is empty"),
    SL_LABEL(O::NotNull, "is not empty"),
    SL_LABEL(O::EqUserId, "is the filter's user"),
    SL_LABEL(O::NeUserId, "is not the filter's user"),
    SL_LABEL(O::EqBusinessId, "is the user's business unit"),
    SL_LABEL(O::NeBusinessId, "is not the user's business unit"),
    SL_LABEL(O::EqUserOrUserTeams, "is the filter's user or one of their teams"),
    SL_LABEL(O::EqUserTeams, "is one of the filter's user's teams"),
    SL_LABEL(O::Today, "is today"),
    SL_LABEL(O::Yesterday, "is yesterday"),
    SL_LABEL(O::Tomorrow, "is tomorrow"),
    SL_LABEL(O::ThisWeek, "is this week"),
    SL_LABEL(O::LastWeek, "is last week"),
    SL_LABEL(O::NextWeek, "is next week"),
    SL_LABEL(O::ThisMonth, "is this month"),
    SL_LABEL(O::LastMonth, "is last month"),
    SL_LABEL(O::NextMonth, "is next month"),
    SL_LABEL(O::ThisYear, "is this year"),
    SL_LABEL(O::LastYear, "is last year"),
    SL_LABEL(O::NextYear, "is next year"),
    SL_LABEL(O::LastSevenDays, "is in the last 7 days"),
    SL_LABEL(O::NextSevenDays, "is in the next 7 days"),
    SL_LABEL(O::LastXHours, "is in the last … hours"),
    SL_LABEL(O::NextXHours, "is in the next … hours"),
    SL_LABEL(O::LastXDays, "is in the last … days"),
    SL_LABEL(O::NextXDays, "is in the next … days"),
    SL_LABEL(O::LastXWeeks, "is in the last … weeks"),
    SL_LABEL(O::NextXWeeks, "is in the next … weeks"),
    SL_LABEL(O::LastXMonths, "is in the last … months"),
    SL_LABEL(O::NextXMonths, "is in the next … months"),
    SL_LABEL(O::LastXYears, "is in the last … years"),
    SL_LABEL(O::NextXYears, "is in the next … years"),
    SL_LABEL(O::OlderThanXMinutes, "is older than … minutes"),
    SL_LABEL(O::OlderThanXHours, "is older than … hours"),
    SL_LABEL(O::OlderThanXDays, "is older than … days"),
    SL_LABEL(O::OlderThanXWeeks, "is older than … weeks"),
    SL_LABEL(O::OlderThanXMonths, "is older than … months"),
    SL_LABEL(O::OlderThanXYears, "is older than … years"),
    SL_LABEL(O::On, "is on"),
    SL_LABEL(O::OnOrBefore, "is on or before"),
    SL_LABEL(O::OnOrAfter, "is on or after"),
};
#undef SL_LABEL

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
