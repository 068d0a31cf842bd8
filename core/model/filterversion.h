#pragma once

#include "syncfilter.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace SyncLens {

// One recorded state of a sync filter: how it was after a change, when and by
// whom. Versions are append-only, so a filter's history can always be read
// back; bringing an old version back records a new one.
struct FilterVersion
{
    enum class Change
    {
        Created,  // the filter did not exist before
        Saved,    // a changed name, FetchXML or enabled flag
        Removed,  // `filter` is the filter as it was when removed
        Restored, // an earlier version (`basedOn`) brought back
        Undone,   // the version before the latest one brought back
        Original, // the filter as it was before SyncLens first changed it
    };

    qint64 id = 0;
    SyncFilter filter;
    // Whether the filter exists after the change: false for a removal, and
    // for an undo that took a creation back (`filter` is then as it was).
    bool present = true;
    Change change = Change::Saved;
    QDateTime time; // when the change was made (wall clock, UTC)
    QString author; // the operating system's user who made it
    qint64 basedOn = 0;

    friend bool operator==(const FilterVersion &, const FilterVersion &) = default;
};

QString filterChangeName(FilterVersion::Change change);
std::optional<FilterVersion::Change> filterChangeFromName(QStringView name);

} // namespace SyncLens
