#include "alert.h"

#include "enumnames.h"

#include <array>

namespace SyncLens {

namespace {
using SeverityName = EnumName<AlertSeverity>;
constexpr std::array kSeverityNames{
    SeverityName{AlertSeverity::Error, QLatin1String("Error")},
    SeverityName{AlertSeverity::Warning, QLatin1String("Warning")},
    SeverityName{AlertSeverity::Information, QLatin1String("Information")},
};
} // namespace

QString alertSeverityName(AlertSeverity value)
{
    return nameOf<AlertSeverity>(kSeverityNames, value);
}

std::optional<AlertSeverity> alertSeverityFromName(QStringView name)
{
    return valueOf<AlertSeverity>(kSeverityNames, name);
}

} // namespace SyncLens
