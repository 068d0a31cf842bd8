#include "orgcounts.h"

#include <numeric>

namespace SyncLens {

qint64 OrgCounts::crmRecords() const
{
    return std::accumulate(crmRecordsByType.cbegin(), crmRecordsByType.cend(), qint64(0));
}

qint64 OrgCounts::exchangeItems() const
{
    return std::accumulate(exchangeItemsByType.cbegin(), exchangeItemsByType.cend(), qint64(0));
}

} // namespace SyncLens
