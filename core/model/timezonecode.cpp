#include "timezonecode.h"

#include <array>

namespace SyncLens {

namespace {

struct Row
{
    int index;
    const char *windowsName;
    const char *ianaId;
};

// Microsoft Time Zone Index Values (learn.microsoft.com, "Microsoft Time Zone
// Index Values", the numbers Dataverse stores in usersettings.timezonecode),
// each with the IANA zone CLDR's windowsZones gives its Windows name ("001",
// the zone for the whole region). 92 is Dataverse's "(GMT) Coordinated
// Universal Time", which the older Windows list lacks.
constexpr std::array kRows{
    Row{0, "Dateline Standard Time", "Etc/GMT+12"},
    Row{1, "Samoa Standard Time", "Pacific/Apia"},
    Row{2, "Hawaiian Standard Time", "Pacific/Honolulu"},
    Row{3, "Alaskan Standard Time", "America/Anchorage"},
    Row{4, "Pacific Standard Time", "America/Los_Angeles"},
    Row{10, "Mountain Standard Time", "America/Denver"},
    Row{13, "Mexico Standard Time 2", "America/Chihuahua"},
    Row{15, "US Mountain Standard Time", "America/Phoenix"},
    Row{20, "Central Standard Time", "America/Chicago"},
    Row{25, "Canada Central Standard Time", "America/Regina"},
    Row{30, "Mexico Standard Time", "America/Mexico_City"},
    Row{33, "Central America Standard Time", "America/Guatemala"},
    Row{35, "Eastern Standard Time", "America/New_York"},
    Row{40, "US Eastern Standard Time", "America/Indiana/Indianapolis"},
    Row{45, "SA Pacific Standard Time", "America/Bogota"},
    Row{50, "Atlantic Standard Time", "America/Halifax"},
    Row{55, "SA Western Standard Time", "America/La_Paz"},
    Row{56, "Pacific SA Standard Time", "America/Santiago"},
    Row{60, "Newfoundland Standard Time", "America/St_Johns"},
    Row{65, "E. South America Standard Time", "America/Sao_Paulo"},
    Row{70, "SA Eastern Standard Time", "America/Cayenne"},
    Row{73, "Greenland Standard Time", "America/Nuuk"},
    Row{75, "Mid-Atlantic Standard Time", "Etc/GMT+2"},
    Row{80, "Azores Standard Time", "Atlantic/Azores"},
    Row{83, "Cape Verde Standard Time", "Atlantic/Cape_Verde"},
    Row{85, "GMT Standard Time", "Europe/London"},
    Row{90, "Greenwich Standard Time", "Atlantic/Reykjavik"},
    Row{92, "UTC", "UTC"},
    Row{95, "Central Europe Standard Time", "Europe/Budapest"},
    Row{100, "Central European Standard Time", "Europe/Warsaw"},
    Row{105, "Romance Standard Time", "Europe/Paris"},
    Row{110, "W. Europe Standard Time", "Europe/Berlin"},
    Row{113, "W. Central Africa Standard Time", "Africa/Lagos"},
    Row{115, "E. Europe Standard Time", "Europe/Chisinau"},
    Row{120, "Egypt Standard Time", "Africa/Cairo"},
    Row{125, "FLE Standard Time", "Europe/Helsinki"},
    Row{130, "GTB Standard Time", "Europe/Bucharest"},
    Row{135, "Israel Standard Time", "Asia/Jerusalem"},
    Row{140, "South Africa Standard Time", "Africa/Johannesburg"},
    Row{145, "Russian Standard Time", "Europe/Moscow"},
    Row{150, "Arab Standard Time", "Asia/Riyadh"},
    Row{155, "E. Africa Standard Time", "Africa/Nairobi"},
    Row{158, "Arabic Standard Time", "Asia/Baghdad"},
    Row{160, "Iran Standard Time", "Asia/Tehran"},
    Row{165, "Arabian Standard Time", "Asia/Dubai"},
    Row{170, "Caucasus Standard Time", "Asia/Yerevan"},
    Row{175, "Afghanistan Standard Time", "Asia/Kabul"},
    Row{180, "Ekaterinburg Standard Time", "Asia/Yekaterinburg"},
    Row{185, "West Asia Standard Time", "Asia/Tashkent"},
    Row{190, "India Standard Time", "Asia/Kolkata"},
    Row{193, "Nepal Standard Time", "Asia/Kathmandu"},
    Row{195, "Central Asia Standard Time", "Asia/Almaty"},
    Row{200, "Sri Lanka Standard Time", "Asia/Colombo"},
    Row{201, "N. Central Asia Standard Time", "Asia/Novosibirsk"},
    Row{203, "Myanmar Standard Time", "Asia/Yangon"},
    Row{205, "SE Asia Standard Time", "Asia/Bangkok"},
    Row{207, "North Asia Standard Time", "Asia/Krasnoyarsk"},
    Row{210, "China Standard Time", "Asia/Shanghai"},
    Row{215, "Singapore Standard Time", "Asia/Singapore"},
    Row{220, "Taipei Standard Time", "Asia/Taipei"},
    Row{225, "W. Australia Standard Time", "Australia/Perth"},
    Row{227, "North Asia East Standard Time", "Asia/Irkutsk"},
    Row{230, "Korea Standard Time", "Asia/Seoul"},
    Row{235, "Tokyo Standard Time", "Asia/Tokyo"},
    Row{240, "Yakutsk Standard Time", "Asia/Yakutsk"},
    Row{245, "AUS Central Standard Time", "Australia/Darwin"},
    Row{250, "Cen. Australia Standard Time", "Australia/Adelaide"},
    Row{255, "AUS Eastern Standard Time", "Australia/Sydney"},
    Row{260, "E. Australia Standard Time", "Australia/Brisbane"},
    Row{265, "Tasmania Standard Time", "Australia/Hobart"},
    Row{270, "Vladivostok Standard Time", "Asia/Vladivostok"},
    Row{275, "West Pacific Standard Time", "Pacific/Port_Moresby"},
    Row{280, "Central Pacific Standard Time", "Pacific/Guadalcanal"},
    Row{285, "Fiji Standard Time", "Pacific/Fiji"},
    Row{290, "New Zealand Standard Time", "Pacific/Auckland"},
    Row{300, "Tonga Standard Time", "Pacific/Tongatapu"},
};

} // namespace

TimeZoneCode::Match TimeZoneCode::fromIndex(int code)
{
    for (const Row &row : kRows) {
        if (row.index == code)
            return Match{
                QString::fromLatin1(row.ianaId), QString::fromLatin1(row.windowsName), true, {}};
    }
    return Match{QStringLiteral("UTC"),
                 {},
                 false,
                 //: %1 a number from Dataverse's usersettings.timezonecode
                 tr("time zone code %1 is not known to SyncLens; UTC is used").arg(code)};
}

std::optional<int> TimeZoneCode::indexOf(const QString &ianaId)
{
    for (const Row &row : kRows) {
        if (ianaId == QLatin1String(row.ianaId))
            return row.index;
    }
    return std::nullopt;
}

} // namespace SyncLens
