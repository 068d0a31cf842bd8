#include "fetchvalue.h"

namespace SyncLens {

namespace {

bool isTextOperator(FetchOperator op)
{
    using O = FetchOperator;
    return op == O::Like || op == O::NotLike || op == O::BeginsWith || op == O::NotBeginWith ||
           op == O::EndsWith || op == O::NotEndWith;
}

bool isUserOperator(FetchOperator op)
{
    using O = FetchOperator;
    return op == O::EqUserId || op == O::NeUserId || op == O::EqUserOrUserTeams ||
           op == O::EqUserTeams;
}

bool isNumeric(FieldType type)
{
    return type == FieldType::Integer || type == FieldType::Decimal || type == FieldType::OptionSet;
}

std::optional<QString> checkArity(const FetchCondition &c)
{
    const OperatorInfo &info = operatorInfo(c.op);
    const QString op = operatorName(c.op);
    const auto n = c.values.size();
    switch (info.arity) {
    case OperatorArity::None:
        if (n > 0)
            return FetchValue::tr("operator \"%1\" takes no value").arg(op);
        break;
    case OperatorArity::One:
        if (n == 0)
            return FetchValue::tr("operator \"%1\" needs a value").arg(op);
        if (n > 1)
            return FetchValue::tr("operator \"%1\" takes one value, not %2").arg(op).arg(n);
        break;
    case OperatorArity::Two:
        if (n != 2)
            return FetchValue::tr("operator \"%1\" needs two values (from and to), not %2")
                .arg(op)
                .arg(n);
        break;
    case OperatorArity::Many:
        if (n == 0)
            return FetchValue::tr("operator \"%1\" needs at least one <value>").arg(op);
        break;
    }
    return std::nullopt;
}

std::optional<QString> checkValueKind(const FetchCondition &c)
{
    const QString op = operatorName(c.op);
    for (const QString &value : c.values) {
        switch (operatorInfo(c.op).value) {
        case OperatorValue::Count:
            if (!FetchValue::parseCount(value))
                return FetchValue::tr("operator \"%1\" needs a whole number, not \"%2\"")
                    .arg(op, value);
            break;
        case OperatorValue::Date:
            if (!FetchValue::parseDateTime(value))
                return FetchValue::tr("operator \"%1\" needs a date such as 2026-03-01, not \"%2\"")
                    .arg(op, value);
            break;
        default:
            break;
        }
    }
    return std::nullopt;
}

std::optional<QString> checkFieldValues(const FetchCondition &c, const FieldInfo &field)
{
    if (operatorInfo(c.op).value != OperatorValue::Field || isTextOperator(c.op))
        return std::nullopt;
    for (const QString &value : c.values) {
        bool ok = true;
        if (field.type == FieldType::DateTime)
            ok = FetchValue::parseDateTime(value).has_value();
        else if (isNumeric(field.type))
            ok = FetchValue::parseNumber(value).has_value();
        else if (field.type == FieldType::Boolean)
            ok = FetchValue::parseBoolean(value).has_value();
        if (!ok) {
            //: %1 a field's display name, %2 its type ("date", "number"), %3 the bad value
            return FetchValue::tr("the %1 is a %2; \"%3\" is not one")
                .arg(field.displayName, FetchValue::typeName(field.type), value);
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<QDateTime> FetchValue::parseDateTime(const QString &text)
{
    const QString t = text.trimmed();
    if (t.size() == 10) {
        const QDate date = QDate::fromString(t, Qt::ISODate);
        if (date.isValid())
            return QDateTime(date, QTime(0, 0), Qt::UTC);
        return std::nullopt;
    }
    QDateTime time = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    if (time.timeSpec() == Qt::LocalTime) // no zone given: the engine's clock is UTC
        time.setTimeSpec(Qt::UTC);
    return time.toUTC();
}

std::optional<double> FetchValue::parseNumber(const QString &text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

std::optional<int> FetchValue::parseCount(const QString &text)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    return ok && value >= 0 ? std::optional<int>(value) : std::nullopt;
}

std::optional<bool> FetchValue::parseBoolean(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"1" || t == u"true")
        return true;
    if (t == u"0" || t == u"false")
        return false;
    return std::nullopt;
}

QString FetchValue::typeName(FieldType type)
{
    switch (type) {
    case FieldType::String:
        return tr("text");
    case FieldType::Integer:
    case FieldType::Decimal:
        return tr("number");
    case FieldType::Boolean:
        return tr("yes/no value");
    case FieldType::DateTime:
        return tr("date");
    case FieldType::OptionSet:
        return tr("choice");
    case FieldType::UserLookup:
        return tr("user");
    case FieldType::Lookup:
        return tr("reference to a record");
    }
    return {};
}

std::optional<QString> FetchValue::checkCondition(const FetchCondition &condition,
                                                  const QString &entity,
                                                  const FieldCatalog &catalog)
{
    if (auto problem = checkArity(condition))
        return problem;
    if (auto problem = checkValueKind(condition))
        return problem;
    const auto field = catalog.field(entity, condition.attribute);
    if (!field)
        return std::nullopt;
    const OperatorInfo &info = operatorInfo(condition.op);
    const QString op = operatorName(condition.op);
    const QString type = typeName(field->type);
    if ((info.relativeDate || info.value == OperatorValue::Date) &&
        field->type != FieldType::DateTime) {
        //: %1 operator, %2 field, %3 its type
        return tr("operator \"%1\" applies to dates; the %2 is a %3")
            .arg(op, field->displayName, type);
    }
    if (isTextOperator(condition.op) && field->type != FieldType::String)
        return tr("operator \"%1\" compares text; the %2 is a %3")
            .arg(op, field->displayName, type);
    if (isUserOperator(condition.op) && field->type != FieldType::UserLookup &&
        field->type != FieldType::Lookup) {
        return tr("operator \"%1\" applies to a user field; the %2 is a %3")
            .arg(op, field->displayName, type);
    }
    return checkFieldValues(condition, *field);
}

} // namespace SyncLens
