#pragma once

#include "model/filterstore.h"
#include "model/filterversion.h"
#include "model/result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace SyncLens {

// Changes a user's sync filters and records each change in the filter history
// (schema 4) with its time and author, so that the latest change can be undone
// and any version brought back. Each call is one transaction: killed at any
// instant, the store holds the filters and their history before or after it.
// The change marks that OrgStore stamps on filters make the next cycle decide
// the user's scope again (sss-model §3).
class FilterHistory
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::FilterHistory)

public:
    // Who changes, and when: `time` on the wall clock stamps the versions;
    // `orgClock` (the org's simulated time) stamps the filters' modifiedOn.
    struct Stamp
    {
        QString author;
        QDateTime time;
        QDateTime orgClock;
    };

    explicit FilterHistory(FilterStore &store);

    // Creates or replaces the filter with `filter.id`.
    Result<FilterVersion> save(SyncFilter filter, const Stamp &stamp);
    Result<FilterVersion> remove(const QString &filterId, const Stamp &stamp);
    // Makes the filter as it was in version `versionId` (re-created if it has
    // been removed since).
    Result<FilterVersion> restore(qint64 versionId, const Stamp &stamp);
    // Makes the filter as it was before its latest change: a creation is
    // taken back by a removal, a removal by re-creating the filter.
    Result<FilterVersion> undo(const QString &filterId, const Stamp &stamp);
    // Gives each user a copy of `filter` (same type and name; a user's filter
    // of that type and name is replaced, otherwise one is added). With
    // `disableOthers`, their other enabled filters of that type are disabled.
    Result<QList<FilterVersion>> applyToUsers(const SyncFilter &filter, const QStringList &userIds,
                                              bool disableOthers, const Stamp &stamp);

    // Whether a filter with these versions (oldest first) has a change to undo.
    static bool canUndo(const QList<FilterVersion> &versions);
    // The state undo() brings back: nullopt when there is nothing to undo;
    // a version with present == false when undoing removes the filter.
    static std::optional<FilterVersion> undoTarget(const QList<FilterVersion> &versions);
    // A new filter id for `userId`, unique in practice.
    static QString newFilterId(const QString &userId);

private:
    Result<void> keepOriginal(const QString &filterId, const Stamp &stamp);
    Result<FilterVersion> record(FilterVersion version, const Stamp &stamp);
    Result<FilterVersion> put(SyncFilter filter, FilterVersion::Change change, qint64 basedOn,
                              const Stamp &stamp);
    Result<FilterVersion> take(const SyncFilter &filter, FilterVersion::Change change,
                               qint64 basedOn, const Stamp &stamp);
    Result<FilterVersion> inTransaction(const std::function<Result<FilterVersion>()> &work);

    FilterStore &m_store;
};

} // namespace SyncLens
