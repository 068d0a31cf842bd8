#pragma once

#include "fakeorgdata.h"
#include "model/mailbox.h"
#include "model/user.h"

#include <QHash>

namespace SyncLens {
class OrgStore;
}

namespace SyncLens::Fake {

// A sandbox's mailboxes as Dataverse's mailboxes table shows them (statuses,
// enable flags, postponements, the last sync error), their alerts as trace
// logs, and a queue's mailbox, which belongs to no user.
class FakeOrgMailboxes
{
public:
    static void add(OrgStore &store, const QList<Mailbox> &mailboxes,
                    const QHash<QString, User> &usersById, FakeOrgData &data);
};

} // namespace SyncLens::Fake
