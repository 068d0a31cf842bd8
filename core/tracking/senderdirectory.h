#pragma once

#include "emailtracker.h"
#include "model/result.h"

#include <QHash>

#include <optional>

namespace SyncLens {

class OrgReader;

// Who an address belongs to, for E7 and E8: the org's email-enabled records
// by their (lower-case) address. When several records share an address, a
// contact comes first, then a lead, an account, a user, a queue; among
// records of one type, the first by id.
class SenderDirectory
{
public:
    void add(const QString &address, const SenderRecord &record);
    // Follows a CRM record written since load(): its old address is let go
    // (if it held it) and its new one taken (if free). For the sync engine,
    // which keeps one directory up to date between cycles.
    void apply(const CrmRecord &record);
    std::optional<SenderRecord> find(const QString &address) const;
    int size() const { return int(m_byAddress.size()); }

    // Contacts, leads and accounts (emailaddress1), queues (emailaddress)
    // and users (email).
    static Result<SenderDirectory> load(OrgReader &store);
    // The fields apply() and load() read of any record, ascending.
    static const QStringList &fieldsRead();

private:
    QHash<QString, SenderRecord> m_byAddress;
    QHash<QString, QString> m_addressOf; // record id → the address it holds here
};

} // namespace SyncLens
