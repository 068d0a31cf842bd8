#include "filterversion.h"

#include "enumnames.h"

#include <array>

namespace SyncLens {

namespace {
using C = FilterVersion::Change;
using N = EnumName<C>;
// Stored in filter_versions.change: never rename a row.
constexpr std::array kNames{
    N{C::Created, QLatin1String("created")}, N{C::Saved, QLatin1String("saved")},
    N{C::Removed, QLatin1String("removed")}, N{C::Restored, QLatin1String("restored")},
    N{C::Undone, QLatin1String("undone")},   N{C::Original, QLatin1String("original")},
};
} // namespace

QString filterChangeName(FilterVersion::Change change)
{
    return nameOf<C>(kNames, change);
}

std::optional<FilterVersion::Change> filterChangeFromName(QStringView name)
{
    return valueOf<C>(kNames, name);
}

} // namespace SyncLens
