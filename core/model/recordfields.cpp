#include "recordfields.h"

#include <QJsonArray>

namespace SyncLens {

RecordFields::RecordFields(const CrmRecord &record)
    : m_record(record)
{}

RecordFields::RecordFields(const CrmRecord &head, const CompactJsonMembers &members)
    : m_record(head)
    , m_members(&members)
{}

QByteArrayView RecordFields::memberText(QLatin1StringView name) const
{
    for (const CompactJsonMember &member : *m_members) {
        if (member.key == name)
            return member.value;
    }
    return {};
}

QJsonValue RecordFields::value(QLatin1StringView name) const
{
    if (!m_members)
        return m_record.fields.value(name);
    return compactJsonValue(memberText(name));
}

QString RecordFields::text(QLatin1StringView name) const
{
    if (!m_members)
        return m_record.fields.value(name).toString();
    return compactJsonText(memberText(name));
}

std::optional<QStringList> RecordFields::strings(QLatin1StringView name) const
{
    if (m_members)
        return compactJsonStrings(memberText(name));
    const QJsonValue array = m_record.fields.value(name);
    if (!array.isArray())
        return std::nullopt;
    QStringList list;
    for (const QJsonValue item : array.toArray()) {
        if (!item.isString())
            return std::nullopt;
        list.append(item.toString());
    }
    return list;
}

} // namespace SyncLens
