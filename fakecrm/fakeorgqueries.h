#pragma once

#include "fakeorgdata.h"
#include "model/syncfilter.h"
#include "model/user.h"

#include <QHash>

namespace SyncLens::Fake {

// Saved queries as Dataverse keeps them: the users' sync filters (user
// queries, querytype 256 or 16 for offline), the org's filter templates
// (saved queries, 131072), and ordinary views named like filters (querytype 0),
// which are not filters.
class FakeOrgQueries
{
public:
    static void add(const QList<SyncFilter> &filters, const QHash<QString, QString> &kinds,
                    const QList<User> &users, FakeOrgData &data);
};

} // namespace SyncLens::Fake
