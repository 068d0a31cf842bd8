#include "link.h"

#include "enumnames.h"

#include <array>

namespace SyncLens {

namespace {
using L = EnumName<Link::State>;
constexpr std::array kStateNames{
    L{Link::State::Linked, QLatin1String("linked")},
    L{Link::State::Untracked, QLatin1String("untracked")},
    L{Link::State::Decided, QLatin1String("decided")},
};
} // namespace

QString linkStateName(Link::State state)
{
    return nameOf<Link::State>(kStateNames, state);
}

std::optional<Link::State> linkStateFromName(QStringView name)
{
    return valueOf<Link::State>(kStateNames, name);
}

} // namespace SyncLens
