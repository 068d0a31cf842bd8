#pragma once

#include "model/crmrecord.h"
#include "model/result.h"
#include "model/user.h"
#include "tracking/emailtracker.h"

#include <QHash>

#include <optional>

namespace SyncLens {

class OrgStore;

// Who an address belongs to among CRM's email-enabled records (contacts,
// leads, accounts, queues and users), for the `records` and `emailEnabled`
// email filtering methods (sss-model §2, E7 and E8). A contact, lead or
// account wins over a user or queue with the same address.
class SenderDirectory
{
public:
    static bool isEmailEnabledType(const QString &type);

    Result<void> load(OrgStore &store, const QList<User> &users);
    void apply(const CrmRecord &record);
    std::optional<SenderRecord> find(const QString &address) const;

private:
    void add(const QString &address, const SenderRecord &sender);

    QHash<QString, SenderRecord> m_byAddress;
    QHash<QString, QString> m_addressOf; // record id → address, to follow changes
};

} // namespace SyncLens
