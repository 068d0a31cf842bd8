#pragma once

#include "model/result.h"

#include <QDateTime>
#include <QString>

namespace SyncLens {
class OrgStore;
}

namespace SyncLens::Bench {

// What a cycle costs only to store what it decided: the CRM records, Exchange
// items, links and journal entries one cycle wrote, read back from `cycled`
// and written again through the same store calls, in one transaction, into a
// fresh copy of the org the cycle started from (`original`). The rest of the
// cycle's time is deciding: reading, the rules, building facts.
struct StoreFloor
{
    double ms = 0;
    double cpuMs = 0;
    qint64 rows = 0;
};

Result<StoreFloor> storeFloor(OrgStore &cycled, const QDateTime &cycleTime, const QString &original,
                              const QString &copyPath);

} // namespace SyncLens::Bench
