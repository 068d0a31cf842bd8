// SyncEngine: changes of sync filters, made on the engine's thread because the
// engine owns the read-write store (the GUI only reads).
#include "filterhistory.h"
#include "store/orgstore.h"
#include "syncengine.h"
#include "synclog.h"

namespace SyncLens {

namespace {

// The versions grouped by user, in the order the users first appear.
QList<QPair<QString, QList<FilterVersion>>> byUser(const QList<FilterVersion> &versions)
{
    QList<QPair<QString, QList<FilterVersion>>> groups;
    for (const FilterVersion &v : versions) {
        auto it = std::find_if(groups.begin(), groups.end(),
                               [&](const auto &g) { return g.first == v.filter.userId; });
        if (it == groups.end())
            groups.append({v.filter.userId, {v}});
        else
            it->second.append(v);
    }
    return groups;
}

QList<FilterVersion> one(const Result<FilterVersion> &version)
{
    return {version.value()};
}

// Versions are stamped with the wall clock (when the admin acted); filters
// with the org's clock, the time of the simulated world they belong to.
FilterHistory::Stamp stampFor(const QString &author, const QDateTime &clock)
{
    return {author, QDateTime::currentDateTimeUtc(), clock};
}

} // namespace

bool SyncEngine::changeFilters(const QString &filterId,
                               const std::function<Result<QList<FilterVersion>>()> &change)
{
    if (!m_store) {
        Q_EMIT filterChangeFailed(filterId, tr("No org is open."));
        return false;
    }
    if (m_live) { // its filters are the org's: only a write to the org changes them
        Q_EMIT filterChangeFailed(
            filterId, tr("This is a live org: its sync filters are changed in Dynamics 365 (the "
                         "filter designer writes them there), never in the file alone."));
        return false;
    }
    auto versions = change();
    if (!versions) {
        qCWarning(lcSync) << "filter change failed:" << versions.error().message;
        Q_EMIT filterChangeFailed(filterId, versions.error().message);
        return false;
    }
    for (const auto &[userId, list] : byUser(*versions))
        Q_EMIT filtersChanged(userId, list);
    return true;
}

void SyncEngine::saveFilter(const SyncFilter &filter, const QString &author)
{
    changeFilters(filter.id, [&]() -> Result<QList<FilterVersion>> {
        auto v = FilterHistory(*m_store).save(filter, stampFor(author, m_clock));
        return v ? one(v) : Result<QList<FilterVersion>>(v.error());
    });
}

void SyncEngine::removeFilter(const QString &filterId, const QString &author)
{
    changeFilters(filterId, [&]() -> Result<QList<FilterVersion>> {
        auto v = FilterHistory(*m_store).remove(filterId, stampFor(author, m_clock));
        return v ? one(v) : Result<QList<FilterVersion>>(v.error());
    });
}

void SyncEngine::restoreFilterVersion(qint64 versionId, const QString &author)
{
    changeFilters({}, [&]() -> Result<QList<FilterVersion>> {
        auto v = FilterHistory(*m_store).restore(versionId, stampFor(author, m_clock));
        return v ? one(v) : Result<QList<FilterVersion>>(v.error());
    });
}

void SyncEngine::undoFilterChange(const QString &filterId, const QString &author)
{
    changeFilters(filterId, [&]() -> Result<QList<FilterVersion>> {
        auto v = FilterHistory(*m_store).undo(filterId, stampFor(author, m_clock));
        return v ? one(v) : Result<QList<FilterVersion>>(v.error());
    });
}

void SyncEngine::applyFilterToUsers(const SyncFilter &filter, const QStringList &userIds,
                                    bool disableOthers, const QString &author)
{
    changeFilters({}, [&] {
        return FilterHistory(*m_store).applyToUsers(filter, userIds, disableOthers,
                                                    stampFor(author, m_clock));
    });
}

} // namespace SyncLens
