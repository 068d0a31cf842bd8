#include "senderdirectory.h"

#include "model/recordtypes.h"
#include "store/orgstore.h"

namespace SyncLens {

namespace {
const QString kQueue = QStringLiteral("queue");
const QString kSystemUser = QStringLiteral("systemuser");
const QString kAddress = QStringLiteral("emailaddress1");
} // namespace

bool SenderDirectory::isEmailEnabledType(const QString &type)
{
    return type == RecordTypes::Contact || type == RecordTypes::Lead ||
           type == RecordTypes::Account || type == kQueue;
}

Result<void> SenderDirectory::load(OrgStore &store, const QList<User> &users)
{
    m_byAddress.clear();
    m_addressOf.clear();
    for (const QString &type : {QString(RecordTypes::Contact), QString(RecordTypes::Lead),
                                QString(RecordTypes::Account), kQueue}) {
        auto r = store.forEachCrmRecord(type, [this](const CrmRecord &record) {
            apply(record);
            return true;
        });
        if (!r)
            return r;
    }
    for (const User &u : users)
        add(u.email.trimmed().toLower(), SenderRecord{u.id, kSystemUser});
    return {};
}

void SenderDirectory::apply(const CrmRecord &record)
{
    if (!isEmailEnabledType(record.type))
        return;
    const QString old = m_addressOf.take(record.id);
    if (!old.isEmpty() && m_byAddress.value(old).id == record.id)
        m_byAddress.remove(old);
    const QString address = record.field(kAddress).trimmed().toLower();
    if (record.deleted || address.isEmpty())
        return;
    m_addressOf.insert(record.id, address);
    add(address, SenderRecord{record.id, record.type});
}

void SenderDirectory::add(const QString &address, const SenderRecord &sender)
{
    if (address.isEmpty())
        return;
    const auto existing = m_byAddress.constFind(address);
    if (existing != m_byAddress.cend() &&
        (existing->isContactLeadOrAccount() || !sender.isContactLeadOrAccount()))
        return; // the first record of the better kind keeps the address
    m_byAddress.insert(address, sender);
}

std::optional<SenderRecord> SenderDirectory::find(const QString &address) const
{
    const auto it = m_byAddress.constFind(address.trimmed().toLower());
    if (it == m_byAddress.cend())
        return std::nullopt;
    return *it;
}

} // namespace SyncLens
