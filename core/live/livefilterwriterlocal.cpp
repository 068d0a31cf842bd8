// LiveFilterWriter: what a write that the org accepted leaves in the file.
#include "livefilterwriter.h"

#include "store/orgstore.h"
#include "sync/filterhistory.h"

namespace SyncLens {

namespace {

QString operatingSystemUser()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("USERNAME") : user;
}

} // namespace

// The filter history records the change (the version before it is the
// previous one, or the original kept on the first change), the filter's
// new ETag replaces the old, and the org and both ETags go with the version.
Result<FilterVersion> LiveFilterWriter::recordLocally(const std::optional<SyncFilter> &after,
                                                      const QString &etag)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    FilterHistory::Stamp stamp{m_options.author.isEmpty() ? operatingSystemUser()
                                                          : m_options.author,
                               now, after && after->modifiedOn.isValid() ? after->modifiedOn : now};
    const Pending &p = m_pending;
    std::optional<Result<FilterVersion>> version;
    auto r = m_store.transaction([&]() -> Result<void> {
        FilterHistory history(m_store);
        if (p.local == Local::Undo)
            version = history.undo(p.filter.id, stamp);
        else if (p.local == Local::Remove)
            version = history.remove(p.filter.id, stamp);
        else
            version = history.save(after.value_or(p.filter), stamp);
        if (!*version)
            return version->error();
        if (p.op == Op::Create && !p.kind.isEmpty()) {
            if (auto k = m_store.setFilterKind(p.filter.id, p.kind); !k)
                return k;
        }
        if (auto e = m_store.setFilterETag(p.filter.id, etag); !e)
            return e;
        return m_store.recordLiveFilterWrite((*version)->id, m_client->orgUrl().toString(), p.etag,
                                             etag);
    });
    if (!r)
        return r.error();
    return std::move(*version);
}

Result<void> LiveFilterWriter::acceptTheirs(const LiveFilterConflict &conflict)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    FilterHistory::Stamp stamp{
        m_options.author.isEmpty() ? operatingSystemUser() : m_options.author, now, now};
    return m_store.transaction([&]() -> Result<void> {
        FilterHistory history(m_store);
        if (conflict.theirs) {
            SyncFilter theirs = *conflict.theirs;
            stamp.orgClock = theirs.modifiedOn.isValid() ? theirs.modifiedOn : now;
            if (auto v = history.save(theirs, stamp); !v)
                return v.error();
        } else if (auto existing = m_store.filter(conflict.ours.id); existing && *existing) {
            if (auto v = history.remove(conflict.ours.id, stamp); !v)
                return v.error();
        }
        return m_store.setFilterETag(conflict.ours.id, conflict.theirsETag);
    });
}

} // namespace SyncLens
