#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace SyncLens {

// A live org's usersettings.timezonecode (a Microsoft time-zone index, e.g.
// 105 "Romance Standard Time") as the IANA name SyncLens keeps on a user
// (sss-model §1). The table is data in timezonecode.cpp; a code it does not
// hold maps to UTC, and the result says so.
class TimeZoneCode
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::TimeZoneCode)

public:
    struct Match
    {
        QString ianaId;      // "Europe/Paris"; "UTC" for an unknown code
        QString windowsName; // "Romance Standard Time"; empty for an unknown code
        bool known = false;
        QString note; // for an unknown code: a translated sentence saying UTC is used
    };

    static Match fromIndex(int code);
    // The index of an IANA name, when the table holds it (the first such row).
    static std::optional<int> indexOf(const QString &ianaId);
};

} // namespace SyncLens
