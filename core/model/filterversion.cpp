#include "filterversion.h"

#include "enumnames.h"

#include <array>

namespace SyncLens {

namespace {
using VersionChange = FilterVersion::Change;
using VersionChangeName = EnumName<VersionChange>;
// Stored in filter_versions.change: never rename a row.
constexpr std::array kVersionChangeNames{
    VersionChangeName{VersionChange::Created, QLatin1String("created")},
    VersionChangeName{VersionChange::Saved, QLatin1String("saved")},
    VersionChangeName{VersionChange::Removed, QLatin1String("removed")},
    VersionChangeName{VersionChange::Restored, QLatin1String("restored")},
    VersionChangeName{VersionChange::Undone, QLatin1String("undone")},
    VersionChangeName{VersionChange::Original, QLatin1String("original")},
};
} // namespace

QString filterChangeName(FilterVersion::Change change)
{
    return nameOf<VersionChange>(kVersionChangeNames, change);
}

std::optional<FilterVersion::Change> filterChangeFromName(QStringView name)
{
    return valueOf<VersionChange>(kVersionChangeNames, name);
}

} // namespace SyncLens
