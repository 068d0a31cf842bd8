#include "mailbox.h"

#include "enumnames.h"

#include <array>

namespace SyncLens {

namespace {
using M = EnumName<ChannelMode>;
constexpr std::array kModeNames{
    M{ChannelMode::Sss, QLatin1String("sss")},
    M{ChannelMode::None, QLatin1String("none")},
};

using S = EnumName<ChannelStatus>;
constexpr std::array kStatusNames{
    S{ChannelStatus::NotRun, QLatin1String("NotRun")},
    S{ChannelStatus::Success, QLatin1String("Success")},
    S{ChannelStatus::Failure, QLatin1String("Failure")},
};

using F = EnumName<FaultKind>;
constexpr std::array kFaultNames{
    F{FaultKind::None, QLatin1String("none")},
    F{FaultKind::Auth, QLatin1String("auth")},
    F{FaultKind::Transient, QLatin1String("transient")},
    F{FaultKind::Throttle, QLatin1String("throttle")},
};
} // namespace

QString channelModeName(ChannelMode value)
{
    return nameOf<ChannelMode>(kModeNames, value);
}

std::optional<ChannelMode> channelModeFromName(QStringView name)
{
    return valueOf<ChannelMode>(kModeNames, name);
}

QString channelStatusName(ChannelStatus value)
{
    return nameOf<ChannelStatus>(kStatusNames, value);
}

std::optional<ChannelStatus> channelStatusFromName(QStringView name)
{
    return valueOf<ChannelStatus>(kStatusNames, name);
}

QString faultKindName(FaultKind value)
{
    return nameOf<FaultKind>(kFaultNames, value);
}

std::optional<FaultKind> faultKindFromName(QStringView name)
{
    return valueOf<FaultKind>(kFaultNames, name);
}

} // namespace SyncLens
