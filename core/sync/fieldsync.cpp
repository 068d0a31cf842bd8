#include "fieldsync.h"

#include "model/compactjson.h"

#include <QVarLengthArray>

#include <algorithm>

namespace SyncLens {

FieldSync::FieldSync(const OrgSettings &settings, const QString &type)
{
    const auto fields = settings.fields.value(type);
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        const bool out =
            it.value() == FieldDirection::Both || it.value() == FieldDirection::ToExchange;
        const bool in = it.value() == FieldDirection::Both || it.value() == FieldDirection::ToCrm;
        if (out)
            m_outbound.append(it.key());
        if (in)
            m_inbound.append(it.key());
        // Each field once: a `both` field inserted twice into the agreed
        // values would leave its first value's bytes behind in the object
        // that every link keeps.
        if (in || out)
            m_synced.push_back({it.key(), in, out});
    }
    // Facts list fields in a stable order.
    m_outbound.sort();
    m_inbound.sort();
    std::sort(m_synced.begin(), m_synced.end(),
              [](const SyncedField &a, const SyncedField &b) { return a.name < b.name; });
}

namespace {

bool isEmptyValue(const QJsonValue &v)
{
    return v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty());
}

} // namespace

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

FieldSync::InboundComparison FieldSync::compareInbound(const QJsonObject &crm,
                                                       const QJsonObject &exchange,
                                                       const QJsonObject &agreed) const
{
    InboundComparison result;
    for (const SyncedField &field : m_synced) {
        const QJsonValue crmValue = crm.value(field.name);
        const QJsonValue agreedValue = agreed.value(field.name);
        const bool crmChanged = !sameValue(crmValue, agreedValue);
        if (field.outbound && crmChanged)
            result.crmChanged.append(field.name);
        if (field.inbound) {
            const QJsonValue exchangeValue = exchange.value(field.name);
            if (!sameValue(exchangeValue, agreedValue))
                result.exchangeChanged.append(field.name);
            if (crmChanged && !sameValue(exchangeValue, crmValue))
                result.crmValuesLost.append(field.name);
        }
    }
    return result;
}

namespace {

// isEmptyValue() of a value's compact JSON text.
bool isEmptyText(QByteArrayView value)
{
    return value == "null" || value == "\"\"";
}

// The text of each of `names`' values in `members`, by the name's place in
// `names`; none where the value is absent, null or "" (isEmptyValue()).
QVarLengthArray<QByteArrayView, 16> valueTexts(const CompactJsonMembers &members,
                                               const QStringList &names)
{
    // The size constructor leaves a primitive type such as a view unset.
    QVarLengthArray<QByteArrayView, 16> values(names.size());
    std::fill(values.begin(), values.end(), QByteArrayView());
    forEachMemberNamed(members, names, [&](const QString &name, const CompactJsonMember &member) {
        if (!isEmptyText(member.value))
            values[&name - names.constData()] = member.value;
    });
    return values;
}

} // namespace

std::optional<QStringList> FieldSync::changedFields(QByteArrayView sideJson,
                                                    QByteArrayView agreedJson,
                                                    const QStringList &names)
{
    Q_ASSERT(std::is_sorted(names.cbegin(), names.cend()));
    const auto side = compactJsonMembers(sideJson);
    const auto agreed = compactJsonMembers(agreedJson);
    if (!side || !agreed)
        return std::nullopt;
    const auto sideValues = valueTexts(*side, names);
    const auto agreedValues = valueTexts(*agreed, names);
    QStringList changed;
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (sideValues[i] != agreedValues[i])
            changed.append(names[i]);
    }
    return changed;
}

namespace {

void appendValue(QByteArray &out, const QJsonValue &value)
{
    appendCompactJson(out, value);
}

// A value as its compact JSON text; none is null.
void appendValue(QByteArray &out, QByteArrayView text)
{
    out.append(text.isNull() ? QByteArrayView("null") : text);
}

bool isNone(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined();
}

bool isNone(QByteArrayView text)
{
    return text.isNull();
}

// A copy's facts as the compact JSON text of an array of
// {"field": name, "new": …, "old": …}, one per field changed, an empty new
// value as null: the members in the ascending order compactJson() writes
// them in. A field that had no value has no "old" (Explainer::fieldChanges()
// reads the two alike): a new copy's facts, most of a first cycle's journal,
// are 10 bytes a field shorter. Values come as QJsonValues, or as their
// compact JSON text.
class FactText
{
public:
    template<typename Value> void add(const QString &name, const Value &old, const Value &value)
    {
        m_text.append(m_text.isEmpty() ? "[{\"field\":" : ",{\"field\":");
        appendJsonString(m_text, name);
        m_text.append(",\"new\":");
        appendValue(m_text, value);
        if (!isNone(old)) {
            m_text.append(",\"old\":");
            appendValue(m_text, old);
        }
        m_text.append('}');
    }
    QByteArray finish()
    {
        m_text.append(m_text.isEmpty() ? "[]" : "]");
        return std::move(m_text);
    }

private:
    QByteArray m_text;
};

} // namespace

QByteArray FieldSync::copyAsText(const QJsonObject &source, QJsonObject &target,
                                 QJsonObject &agreed, const QStringList &names)
{
    // Each object is written only where its value differs: most fields of an
    // edited record have not changed, and every insert into a QJsonObject
    // rewrites its storage (two thirds of a change cycle's copies). Each
    // value is tested for emptiness once (a string is copied out to test it).
    FactText facts;
    for (const QString &name : names) {
        const QJsonValue value = source.value(name);
        const QJsonValue old = target.value(name);
        const bool valueEmpty = isEmptyValue(value);
        const bool oldEmpty = isEmptyValue(old);
        const bool same = valueEmpty || oldEmpty ? valueEmpty && oldEmpty : old == value;
        if (!same)
            facts.add(name, oldEmpty ? QJsonValue() : old, valueEmpty ? QJsonValue() : value);
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
    return facts.finish();
}

namespace {

// The compact JSON text of the object with `members`, each of `names` set to
// its text in `values` (by the name's place in `names`) or removed where it
// has none. Members and names ascend: one walk merges them.
QByteArray withValues(QByteArrayView text, const CompactJsonMembers &members,
                      const QStringList &names, const QVarLengthArray<QByteArrayView, 16> &values)
{
    // Room for the text and each name set with its value, quotes, colon and
    // comma: enough for any ASCII name (logical names are), grown otherwise.
    qsizetype most = text.size();
    for (qsizetype i = 0; i < names.size(); ++i)
        most += names[i].size() + values[i].size() + 4;
    QByteArray out;
    out.reserve(most);
    out.append('{');
    auto write = [&out](auto key, QByteArrayView value) {
        if (out.size() > 1)
            out.append(',');
        appendJsonString(out, key);
        out.append(':');
        out.append(value);
    };
    const CompactJsonMember *member = members.cbegin();
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString &name = names[i];
        for (; member != members.cend() && name.compare(member->key) > 0; ++member)
            write(member->key, member->value);
        if (member != members.cend() && name == member->key)
            ++member; // replaced, or removed
        if (!values[i].isNull())
            write(QStringView(name), values[i]);
    }
    for (; member != members.cend(); ++member)
        write(member->key, member->value);
    out.append('}');
    return out;
}

} // namespace

std::optional<FieldSync::Copied> FieldSync::copy(QByteArrayView sourceJson,
                                                 QByteArrayView targetJson,
                                                 QByteArrayView agreedJson,
                                                 const QStringList &names)
{
    Q_ASSERT(std::is_sorted(names.cbegin(), names.cend()));
    const auto source = compactJsonMembers(sourceJson);
    const auto target = compactJsonMembers(targetJson);
    const auto agreed = compactJsonMembers(agreedJson);
    if (!source || !target || !agreed)
        return std::nullopt;
    // As in copyFields(): each name ends with the source's value on both
    // target and agreed, or with none where the source's is empty.
    const auto values = valueTexts(*source, names);
    const auto olds = valueTexts(*target, names);
    FactText facts;
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (values[i] != olds[i])
            facts.add(names[i], olds[i], values[i]);
    }
    Copied copied{facts.finish(), withValues(targetJson, *target, names, values),
                  withValues(agreedJson, *agreed, names, values)};
    copied.agreedJson.squeeze(); // a link keeps it for its life
    return copied;
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
    }

    // FactText::add(name, null, value), its keys in order; the member
    // name: value is copied from it by finish(). `write` appends the value's
    // text.
    template<typename Name, typename Write> void field(Name name, Write write)
    {
        QByteArray &facts = m_created.factsJson;
        facts.append(m_members.isEmpty() ? "{\"field\":" : ",{\"field\":");
        Member member;
        member.nameAt = facts.size();
        appendJsonString(facts, name);
        member.nameEnd = facts.size();
        facts.append(",\"new\":");
        member.valueAt = facts.size();
        write(facts);
        member.valueEnd = facts.size();
        facts.append('}');
        m_members.append(member);
    }

    // The fields' text in one allocation of its final size: a link keeps
    // it for its life, and growing it member by member reallocated it.
    FieldSync::Created finish()
    {
        QByteArray &facts = m_created.factsJson;
        facts.append(']');
        qsizetype size = 2 + std::max<qsizetype>(0, m_members.size() - 1);
        for (const Member &m : std::as_const(m_members))
            size += m.nameEnd - m.nameAt + 1 + m.valueEnd - m.valueAt;
        QByteArray fields(size, Qt::Uninitialized);
        char *out = fields.data();
        *out++ = '{';
        for (const Member &m : std::as_const(m_members)) {
            if (&m != m_members.cbegin())
                *out++ = ',';
            out = std::copy(facts.cbegin() + m.nameAt, facts.cbegin() + m.nameEnd, out);
            *out++ = ':';
            out = std::copy(facts.cbegin() + m.valueAt, facts.cbegin() + m.valueEnd, out);
        }
        *out = '}';
        m_created.fieldsJson = std::move(fields);
        return std::move(m_created);
    }

private:
    struct Member // where a field's name and value are in the facts
    {
        qsizetype nameAt = 0, nameEnd = 0, valueAt = 0, valueEnd = 0;
    };
    FieldSync::Created m_created;
    QVarLengthArray<Member, 16> m_members;
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
    forEachMemberNamed(
        *members, names, [&created](const QString &, const CompactJsonMember &member) {
            const QByteArrayView value = member.value;
            if (!isEmptyText(value))
                created.field(member.key, [value](QByteArray &out) { out.append(value); });
        });
    return created.finish();
}

QJsonObject FieldSync::agreedValues(const QJsonObject &crm, const QJsonObject &exchange) const
{
    QJsonObject agreed;
    for (const SyncedField &field : m_synced) {
        const QJsonValue value =
            field.agreedFromCrm() ? crm.value(field.name) : exchange.value(field.name);
        if (!isEmptyValue(value))
            agreed.insert(field.name, value);
    }
    return agreed;
}

} // namespace SyncLens
