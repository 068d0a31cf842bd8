#include "fieldsync.h"

#include "model/compactjson.h"

#include <algorithm>

namespace SyncLens {

FieldSync::FieldSync(const OrgSettings &settings, const QString &type)
{
    const auto fields = settings.fields.value(type);
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (it.value() == FieldDirection::Both || it.value() == FieldDirection::ToExchange)
            m_outbound.append(it.key());
        if (it.value() == FieldDirection::Both || it.value() == FieldDirection::ToCrm)
            m_inbound.append(it.key());
        if (it.value() == FieldDirection::ToExchange)
            m_toExchangeOnly.append(it.key());
    }
    // Facts list fields in a stable order.
    m_outbound.sort();
    m_inbound.sort();
    // A field that only goes to Exchange is agreed as CRM has it; every other
    // synced field as Exchange has it (for `both` fields the two are equal).
    // Each field once: a `both` field inserted twice would leave its first
    // value's bytes behind in the object that every link keeps.
    QStringList synced = m_outbound + m_inbound;
    synced.removeDuplicates();
    for (const QString &name : std::as_const(synced))
        m_agreed.push_back({name, m_toExchangeOnly.contains(name)});
}

static bool isEmptyValue(const QJsonValue &v)
{
    return v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty());
}

bool FieldSync::sameValue(const QJsonValue &a, const QJsonValue &b)
{
    if (isEmptyValue(a) || isEmptyValue(b))
        return isEmptyValue(a) && isEmptyValue(b);
    return a == b;
}

QStringList FieldSync::changedFields(const QJsonObject &side, const QJsonObject &agreed,
                                     const QStringList &names)
{
    QStringList changed;
    for (const QString &name : names) {
        if (!sameValue(side.value(name), agreed.value(name)))
            changed.append(name);
    }
    return changed;
}

// The fact of one field a copy changed: {"field": name, "old": …, "new": …},
// an empty value as null.
static QJsonObject fieldFact(const QString &name, const QJsonValue &old, bool oldEmpty,
                             const QJsonValue &value, bool valueEmpty)
{
    return QJsonObject{{QStringLiteral("field"), name},
                       {QStringLiteral("old"), oldEmpty ? QJsonValue() : old},
                       {QStringLiteral("new"), valueEmpty ? QJsonValue() : value}};
}

QJsonArray FieldSync::copy(const QJsonObject &source, QJsonObject &target, QJsonObject &agreed,
                           const QStringList &names)
{
    // Each object is written only where its value differs: most fields of an
    // edited record have not changed, and every insert into a QJsonObject
    // rewrites its storage (two thirds of a change cycle's copies). Each
    // value is tested for emptiness once (a string is copied out to test it).
    QJsonArray facts;
    for (const QString &name : names) {
        const QJsonValue value = source.value(name);
        const QJsonValue old = target.value(name);
        const bool valueEmpty = isEmptyValue(value);
        const bool oldEmpty = isEmptyValue(old);
        const bool same = valueEmpty || oldEmpty ? valueEmpty && oldEmpty : old == value;
        if (!same)
            facts.append(fieldFact(name, old, oldEmpty, value, valueEmpty));
        if (valueEmpty) {
            target.remove(name);
            agreed.remove(name);
            continue;
        }
        if (!same)
            target.insert(name, value);
        if (agreed.value(name) != value)
            agreed.insert(name, value);
    }
    return facts;
}

QJsonArray FieldSync::copy(const QJsonObject &source, QJsonObject &target, Link &link,
                           const QStringList &names)
{
    QJsonObject agreed = link.synced();
    const QJsonArray facts = copy(source, target, agreed, names);
    link.setSynced(agreed);
    return facts;
}

namespace {

// Writes what create() returns, one field at a time.
class CreatedWriter
{
public:
    explicit CreatedWriter(qsizetype names)
    {
        m_created.factsJson.reserve(64 * (names + 1));
        m_created.factsJson.append('[');
        m_created.fieldsJson.append('{');
    }

    // fieldFact(name, QJsonValue(), value), its keys in order, and the
    // member name: value; `write` appends the value's text.
    template<typename Write> void field(const QString &name, Write write)
    {
        QByteArray &facts = m_created.factsJson;
        QByteArray &fields = m_created.fieldsJson;
        const bool first = fields.size() == 1;
        facts.append(first ? "{\"field\":" : ",{\"field\":");
        appendJsonString(facts, name);
        facts.append(",\"new\":");
        const qsizetype valueAt = facts.size();
        write(facts);
        if (!first)
            fields.append(',');
        appendJsonString(fields, name);
        fields.append(':');
        fields.append(facts.constData() + valueAt, facts.size() - valueAt);
        facts.append(",\"old\":null}");
    }

    FieldSync::Created finish()
    {
        m_created.factsJson.append(']');
        m_created.fieldsJson.append('}');
        m_created.fieldsJson.squeeze(); // a link keeps it for its life
        return std::move(m_created);
    }

private:
    FieldSync::Created m_created;
};

} // namespace

FieldSync::Created FieldSync::create(const QJsonObject &source, const QStringList &names)
{
    // `names` ascend (as the settings give them), as compact JSON keys do.
    Q_ASSERT(std::is_sorted(names.cbegin(), names.cend()));
    CreatedWriter created(names.size());
    for (const QString &name : names) {
        const QJsonValue value = source.value(name);
        if (!isEmptyValue(value))
            created.field(name, [&value](QByteArray &out) { appendCompactJson(out, value); });
    }
    return created.finish();
}

std::optional<FieldSync::Created> FieldSync::create(QByteArrayView sourceJson,
                                                    const QStringList &names)
{
    Q_ASSERT(std::is_sorted(names.cbegin(), names.cend()));
    const auto members = compactJsonMembers(sourceJson);
    if (!members)
        return std::nullopt;
    CreatedWriter created(names.size());
    forEachMemberNamed(*members, names,
                       [&created](const QString &name, const CompactJsonMember &member) {
                           const QByteArrayView value = member.value;
                           if (value != "null" && value != "\"\"") // isEmptyValue() of the text
                               created.field(name, [value](QByteArray &out) { out.append(value); });
                       });
    return created.finish();
}

QJsonObject FieldSync::agreedValues(const QJsonObject &crm, const QJsonObject &exchange) const
{
    QJsonObject agreed;
    for (const AgreedField &field : m_agreed) {
        const QJsonValue value = field.fromCrm ? crm.value(field.name) : exchange.value(field.name);
        if (!isEmptyValue(value))
            agreed.insert(field.name, value);
    }
    return agreed;
}

} // namespace SyncLens
