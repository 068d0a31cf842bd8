#include "scenariofieldchecker.h"

#include "scenarioids.h"
#include "scenarionode.h"

#include <QJsonArray>

#include <algorithm>
#include <climits>
#include <cmath>

namespace SyncLens {

namespace {

bool isWholeNumber(const QJsonValue &value)
{
    const double d = value.toDouble();
    return value.isDouble() && std::trunc(d) == d && std::abs(d) <= double(INT_MAX);
}

bool isScalar(const QJsonValue &value)
{
    return value.isString() || value.isDouble() || value.isBool();
}

} // namespace

ScenarioFieldChecker::ScenarioFieldChecker(const ScenarioIds &ids, const FieldCatalog &catalog)
    : m_ids(ids)
    , m_catalog(catalog)
{}

Result<QJsonObject> ScenarioFieldChecker::check(const ScenarioNode &fields, const QString &type,
                                                Nulls nulls) const
{
    auto object = fields.object(fields.keys());
    if (!object)
        return object;
    for (const QString &key : fields.keys()) {
        const ScenarioNode value = fields.child(key);
        if (value.isNull()) {
            if (nulls == Nulls::Allowed)
                continue;
            return value.error(tr("%1 cannot be null here: null clears a field in an update and "
                                  "matches an empty field in a check")
                                   .arg(value.name()));
        }
        const auto info = m_catalog.field(type, key);
        const auto checked = info ? checkValue(value, *info) : checkUntyped(value);
        if (!checked)
            return checked.error();
    }
    return object;
}

Result<void> ScenarioFieldChecker::checkValue(const ScenarioNode &value,
                                              const FieldInfo &info) const
{
    const QJsonValue &json = value.json();
    switch (info.type) {
    case FieldType::String:
        if (auto text = value.string(); !text)
            return text.error();
        return {};
    case FieldType::Boolean:
        if (auto flag = value.boolean(); !flag)
            return flag.error();
        return {};
    case FieldType::Decimal:
        if (!json.isDouble())
            return value.error(tr("%1 must be a number").arg(value.name()));
        return {};
    case FieldType::Integer:
        if (!isWholeNumber(json))
            return value.error(tr("%1 must be a whole number").arg(value.name()));
        return {};
    case FieldType::OptionSet:
        return checkOption(value, info);
    case FieldType::DateTime:
        if (!json.isString() || !ScenarioNode::parseInstant(json.toString(), true)) {
            return value.error(tr("%1 must be an ISO 8601 date, such as 2026-03-10 or "
                                  "2026-03-10T09:00:00Z")
                                   .arg(value.name()));
        }
        return {};
    case FieldType::UserLookup:
        if (auto id = value.id(); !id)
            return id.error();
        if (info.name == u"ownerid" && m_ids.contains(ScenarioIds::Kind::Team, *value.id()))
            return {}; // a team may own a record
        return m_ids.require(ScenarioIds::Kind::User, value);
    case FieldType::Lookup:
        if (auto id = value.id(); !id)
            return id.error();
        return m_ids.require(ScenarioIds::Kind::Item, value);
    }
    return {};
}

Result<void> ScenarioFieldChecker::checkOption(const ScenarioNode &value,
                                               const FieldInfo &info) const
{
    const QJsonValue &json = value.json();
    if (!isWholeNumber(json))
        return value.error(tr("%1 must be a whole number (a choice)").arg(value.name()));
    if (info.options.isEmpty() || info.options.contains(json.toInt()))
        return {};
    QList<int> codes = info.options.keys();
    std::sort(codes.begin(), codes.end());
    QStringList choices;
    for (int code : codes)
        choices.append(QStringLiteral("%1 (%2)").arg(code).arg(info.options.value(code)));
    return value.error(tr("%1 must be one of %2; not %3")
                           .arg(value.name(), choices.join(QLatin1String(", ")))
                           .arg(json.toDouble()));
}

Result<void> ScenarioFieldChecker::checkUntyped(const ScenarioNode &value) const
{
    const QJsonValue &json = value.json();
    const QJsonArray list = json.toArray();
    const bool scalars = std::all_of(list.begin(), list.end(),
                                     [](const QJsonValue &element) { return isScalar(element); });
    if (isScalar(json) || (json.isArray() && scalars))
        return {};
    return value.error(tr("%1 must be a string, a number, true or false, or a list of those; not "
                          "%2")
                           .arg(value.name(), ScenarioNode::typeName(json)));
}

} // namespace SyncLens
