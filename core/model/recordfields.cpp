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

QJsonValue RecordFields::value(QLatin1StringView name) const
{
    if (!m_members)
        return m_record.fields.value(name);
    return compactJsonValue(compactJsonMember(*m_members, name));
}

QString RecordFields::text(QLatin1StringView name) const
{
    if (!m_members)
        return m_record.fields.value(name).toString();
    return compactJsonText(compactJsonMember(*m_members, name));
}

std::optional<QStringList> RecordFields::strings(QLatin1StringView name) const
{
    if (m_members)
        return compactJsonStrings(compactJsonMember(*m_members, name));
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
