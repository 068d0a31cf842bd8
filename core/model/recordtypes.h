#pragma once

#include <QLatin1String>
#include <QString>

namespace SyncLens::RecordTypes {

// Record type names as CRM and scenario files spell them. Any other name is
// allowed for CRM records and kept as data.
inline constexpr QLatin1String Contact("contact");
inline constexpr QLatin1String Account("account");
inline constexpr QLatin1String Lead("lead");
inline constexpr QLatin1String Appointment("appointment");
inline constexpr QLatin1String Task("task");
inline constexpr QLatin1String Email("email");

// The types that sync filters apply to and that synchronise as items.
inline bool isFilterable(QStringView type)
{
    return type == Contact || type == Appointment || type == Task;
}

} // namespace SyncLens::RecordTypes
