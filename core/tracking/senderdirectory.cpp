#include "senderdirectory.h"

#include "model/orgreader.h"
#include "trackingemail.h"

namespace SyncLens {

namespace {

// A record's name as people read it: contacts and leads have a full name,
// accounts and queues a name.
QString displayName(const RecordFields &r)
{
    for (const char *field : {"fullname", "name", "subject"}) {
        const QString name = r.text(QLatin1StringView(field));
        if (!name.isEmpty())
            return name;
    }
    return r.id();
}

} // namespace

void SenderDirectory::add(const QString &address, const SenderRecord &record)
{
    const QString key = normalizedAddress(address);
    if (!key.isEmpty() && !m_byAddress.contains(key)) { // the first one added wins
        m_byAddress.insert(key, record);
        m_addressOf.insert(record.id, key);
    }
}

void SenderDirectory::apply(const CrmRecord &record)
{
    const bool queue = record.type == u"queue";
    if (!queue && record.type != u"contact" && record.type != u"lead" && record.type != u"account")
        return;
    const QString old = m_addressOf.take(record.id);
    if (!old.isEmpty())
        m_byAddress.remove(old);
    if (!record.deleted) {
        add(record.field(queue ? QStringLiteral("emailaddress") : QStringLiteral("emailaddress1")),
            {record.id, record.type, displayName(RecordFields(record))});
    }
}

std::optional<SenderRecord> SenderDirectory::find(const QString &address) const
{
    const auto it = m_byAddress.constFind(normalizedAddress(address));
    if (it == m_byAddress.cend())
        return std::nullopt;
    return *it;
}

const QStringList &SenderDirectory::fieldsRead()
{
    static const QStringList fields{QStringLiteral("emailaddress"), QStringLiteral("emailaddress1"),
                                    QStringLiteral("fullname"), QStringLiteral("name"),
                                    QStringLiteral("subject")};
    return fields;
}

Result<SenderDirectory> SenderDirectory::load(OrgReader &store)
{
    SenderDirectory directory;
    const auto addFrom = [&directory](QLatin1StringView addressField) {
        return [&directory, addressField](const RecordFields &record) {
            if (!record.isDeleted())
                directory.add(record.text(addressField),
                              {record.id(), record.type(), displayName(record)});
            return true;
        };
    };
    for (const char *type : {"contact", "lead", "account"}) {
        auto r = store.forEachCrmRecordFields(QLatin1String(type), fieldsRead(),
                                              addFrom(QLatin1StringView("emailaddress1")));
        if (!r)
            return r.error();
    }
    const auto users = store.users();
    if (!users)
        return users.error();
    for (const User &u : *users)
        directory.add(u.email, {u.id, QStringLiteral("systemuser"), u.name});
    auto queues = store.forEachCrmRecordFields(QStringLiteral("queue"), fieldsRead(),
                                               addFrom(QLatin1StringView("emailaddress")));
    if (!queues)
        return queues.error();
    return directory;
}

} // namespace SyncLens
