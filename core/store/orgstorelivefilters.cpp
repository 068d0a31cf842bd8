// OrgStore: what writing sync filters to a live org keeps (schema 9).
#include "orgstore.h"
#include "storerows.h"

namespace SyncLens {

namespace {

constexpr int kLiveFiltersSchema = 9;

} // namespace

Result<void> OrgStore::setFilterETag(const QString &filterId, const QString &etag)
{
    if (etag.isEmpty())
        return write(QStringLiteral("DELETE FROM live_filter_etags WHERE filter_id = ?"),
                     {filterId});
    return write(QStringLiteral("INSERT OR REPLACE INTO live_filter_etags (filter_id, etag)"
                                " VALUES (?, ?)"),
                 {filterId, etag});
}

Result<QString> OrgStore::filterETag(const QString &filterId)
{
    if (schemaVersion() < kLiveFiltersSchema)
        return QString();
    auto query =
        exec(QStringLiteral("SELECT etag FROM live_filter_etags WHERE filter_id = ?"), {filterId});
    if (!query)
        return query.error();
    const QString etag = (*query)->next() ? (*query)->value(0).toString() : QString();
    (*query)->finish();
    return etag;
}

Result<void> OrgStore::recordLiveFilterWrite(qint64 versionId, const QString &org,
                                             const QString &etagBefore, const QString &etagAfter)
{
    return write(QStringLiteral("INSERT OR REPLACE INTO live_filter_writes (version_id, org,"
                                " etag_before, etag_after) VALUES (?, ?, ?, ?)"),
                 {versionId, org, etagBefore.isNull() ? QStringLiteral("") : etagBefore,
                  etagAfter.isNull() ? QStringLiteral("") : etagAfter});
}

Result<QHash<qint64, QStringList>> OrgStore::liveFilterWrites()
{
    QHash<qint64, QStringList> writes;
    if (schemaVersion() < kLiveFiltersSchema)
        return writes;
    auto query = exec(
        QStringLiteral("SELECT version_id, org, etag_before, etag_after FROM live_filter_writes"));
    if (!query)
        return query.error();
    while ((*query)->next())
        writes.insert((*query)->value(0).toLongLong(),
                      {(*query)->value(1).toString(), (*query)->value(2).toString(),
                       (*query)->value(3).toString()});
    (*query)->finish();
    return writes;
}

} // namespace SyncLens
