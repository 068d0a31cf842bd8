#include "filterhistory.h"

#include <QUuid>

namespace SyncLens {

using Change = FilterVersion::Change;

FilterHistory::FilterHistory(FilterStore &store)
    : m_store(store)
{}

QString FilterHistory::newFilterId(const QString &userId)
{
    return QStringLiteral("f-%1-%2").arg(userId,
                                         QUuid::createUuid().toString(QUuid::Id128).left(12));
}

Result<FilterVersion>
FilterHistory::inTransaction(const std::function<Result<FilterVersion>()> &work)
{
    std::optional<Result<FilterVersion>> result;
    auto r = m_store.transaction([&]() -> Result<void> {
        result = work();
        return withoutValue(*result);
    });
    if (!r)
        return r.error();
    return std::move(*result);
}

// A filter that SyncLens changes for the first time gets its state before
// that change recorded, so that the change can be undone.
Result<void> FilterHistory::keepOriginal(const QString &filterId, const Stamp &stamp)
{
    auto versions = m_store.filterVersions(filterId);
    if (!versions)
        return versions.error();
    if (!versions->isEmpty())
        return {};
    auto existing = m_store.filter(filterId);
    if (!existing)
        return existing.error();
    if (!*existing)
        return {};
    FilterVersion original{0, **existing, true, Change::Original};
    original.time = (*existing)->modifiedOn.isValid() ? (*existing)->modifiedOn : stamp.time;
    auto id = m_store.appendFilterVersion(original);
    return withoutValue(id);
}

Result<FilterVersion> FilterHistory::record(FilterVersion version, const Stamp &stamp)
{
    version.time = stamp.time;
    version.author = stamp.author;
    auto id = m_store.appendFilterVersion(version);
    if (!id)
        return id.error();
    version.id = *id;
    // The change is also a cause on the org's timeline, at the org's time.
    OrgEvent event;
    event.time = stamp.orgClock.isValid() ? stamp.orgClock : stamp.time;
    event.kind = OrgEvent::Kind::FilterChanged;
    event.userId = version.filter.userId;
    event.author = stamp.author;
    event.filterVersionId = version.id;
    if (auto e = m_store.appendOrgEvent(event); !e)
        return e.error();
    return version;
}

// Writes `filter` and records it as the filter's newest version.
Result<FilterVersion> FilterHistory::put(SyncFilter filter, Change change, qint64 basedOn,
                                         const Stamp &stamp)
{
    if (auto r = keepOriginal(filter.id, stamp); !r)
        return r.error();
    auto existing = m_store.filter(filter.id);
    if (!existing)
        return existing.error();
    if (change == Change::Saved && !*existing)
        change = Change::Created;
    filter.modifiedOn = stamp.orgClock;
    if (auto r = m_store.upsertFilter(filter); !r)
        return r.error();
    return record(FilterVersion{0, filter, true, change, {}, {}, basedOn}, stamp);
}

// Removes `filter` (when it exists) and records that it is gone.
Result<FilterVersion> FilterHistory::take(const SyncFilter &filter, Change change, qint64 basedOn,
                                          const Stamp &stamp)
{
    if (auto r = keepOriginal(filter.id, stamp); !r)
        return r.error();
    if (auto r = m_store.removeFilter(filter.id); !r)
        return r.error();
    return record(FilterVersion{0, filter, false, change, {}, {}, basedOn}, stamp);
}

Result<FilterVersion> FilterHistory::save(SyncFilter filter, const Stamp &stamp)
{
    if (filter.id.isEmpty())
        filter.id = newFilterId(filter.userId);
    return inTransaction([&] { return put(filter, Change::Saved, 0, stamp); });
}

Result<FilterVersion> FilterHistory::remove(const QString &filterId, const Stamp &stamp)
{
    return inTransaction([&]() -> Result<FilterVersion> {
        auto existing = m_store.filter(filterId);
        if (!existing)
            return existing.error();
        if (!*existing)
            return makeError(Error::Code::NotFound, tr("There is no filter %1.").arg(filterId));
        return take(**existing, Change::Removed, 0, stamp);
    });
}

Result<FilterVersion> FilterHistory::restore(qint64 versionId, const Stamp &stamp)
{
    return inTransaction([&]() -> Result<FilterVersion> {
        auto version = m_store.filterVersion(versionId);
        if (!version)
            return version.error();
        if (!*version)
            return makeError(Error::Code::NotFound,
                             tr("There is no filter version %1.").arg(versionId));
        // A removal's version holds the filter as it was: restoring it brings it back.
        return put((*version)->filter, Change::Restored, versionId, stamp);
    });
}

std::optional<FilterVersion> FilterHistory::undoTarget(const QList<FilterVersion> &versions)
{
    if (versions.isEmpty())
        return std::nullopt;
    const FilterVersion &latest = versions.last();
    if (versions.size() == 1) {
        if (latest.change != Change::Created)
            return std::nullopt;
        FilterVersion gone = latest; // a creation is taken back by removing the filter
        gone.present = false;
        gone.id = 0;
        return gone;
    }
    return versions.at(versions.size() - 2);
}

bool FilterHistory::canUndo(const QList<FilterVersion> &versions)
{
    return undoTarget(versions).has_value();
}

Result<FilterVersion> FilterHistory::undo(const QString &filterId, const Stamp &stamp)
{
    return inTransaction([&]() -> Result<FilterVersion> {
        auto versions = m_store.filterVersions(filterId);
        if (!versions)
            return versions.error();
        const auto target = undoTarget(*versions);
        if (!target)
            return makeError(Error::Code::NotFound,
                             tr("The filter %1 has no change to undo.").arg(filterId));
        if (!target->present)
            return take(target->filter, Change::Undone, target->id, stamp);
        return put(target->filter, Change::Undone, target->id, stamp);
    });
}

Result<QList<FilterVersion>> FilterHistory::applyToUsers(const SyncFilter &filter,
                                                         const QStringList &userIds,
                                                         bool disableOthers, const Stamp &stamp)
{
    QList<FilterVersion> recorded;
    auto r = m_store.transaction([&]() -> Result<void> {
        for (const QString &userId : userIds) {
            auto theirs = m_store.filters(userId);
            if (!theirs)
                return theirs.error();
            SyncFilter copy = filter;
            copy.userId = userId;
            copy.id = newFilterId(userId);
            for (const SyncFilter &f : *theirs) {
                if (f.type == filter.type && f.name == filter.name) {
                    copy.id = f.id;
                    break;
                }
            }
            auto saved = put(copy, Change::Saved, 0, stamp);
            if (!saved)
                return saved.error();
            recorded.append(*saved);
            for (SyncFilter other : *theirs) {
                if (!disableOthers || other.type != filter.type || other.id == copy.id ||
                    !other.enabled)
                    continue;
                other.enabled = false;
                auto disabled = put(other, Change::Saved, 0, stamp);
                if (!disabled)
                    return disabled.error();
                recorded.append(*disabled);
            }
        }
        return {};
    });
    if (!r)
        return r.error();
    return recorded;
}

} // namespace SyncLens
