#include "alert.h"

#include "enumnames.h"

#include <array>

namespace SyncLens {

namespace {
using N = EnumName<AlertSeverity>;
constexpr std::array kNames{
    N{AlertSeverity::Error, QLatin1String("Error")},
    N{AlertSeverity::Warning, QLatin1String("Warning")},
    N{AlertSeverity::Information, QLatin1String("Information")},
};
} // namespace

QString alertSeverityName(AlertSeverity value)
{
    return nameOf<AlertSeverity>(kNames, value);
}

std::optional<AlertSeverity> alertSeverityFromName(QStringView name)
{
    return valueOf<AlertSeverity>(kNames, name);
}

} // namespace SyncLens
