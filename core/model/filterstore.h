#pragma once

#include "filterversion.h"
#include "orgevent.h"
#include "result.h"
#include "syncfilter.h"

#include <QList>

#include <functional>
#include <optional>

namespace SyncLens {

// Users' sync filters and the history of their versions: what FilterHistory
// (the designer's Save, Undo and restore, live writes) needs of the store
// (issue 13, point 7). OrgStore implements it.
class FilterStore
{
public:
    virtual Result<void> upsertFilter(const SyncFilter &filter) = 0;
    virtual Result<void> removeFilter(const QString &id) = 0;
    // One user's filters (all users' when `userId` is empty).
    virtual Result<QList<SyncFilter>> filters(const QString &userId) = 0;
    virtual Result<std::optional<SyncFilter>> filter(const QString &id) = 0;
    // Appends `version` as its filter's newest and returns its id.
    virtual Result<qint64> appendFilterVersion(const FilterVersion &version) = 0;
    // One filter's versions, oldest first.
    virtual Result<QList<FilterVersion>> filterVersions(const QString &filterId) = 0;
    // The versions of all of a user's filters (removed ones too), oldest first.
    virtual Result<QList<FilterVersion>> filterVersionsOfUser(const QString &userId) = 0;
    virtual Result<std::optional<FilterVersion>> filterVersion(qint64 id) = 0;
    // Each saved change is also an org event: a cause drawn on the timeline.
    virtual Result<qint64> appendOrgEvent(const OrgEvent &event) = 0;
    // Runs `work` in one transaction: all of it is kept, or none.
    virtual Result<void> transaction(const std::function<Result<void>()> &work) = 0;

protected:
    FilterStore() = default;
    ~FilterStore() = default;
    Q_DISABLE_COPY_MOVE(FilterStore)
};

} // namespace SyncLens
