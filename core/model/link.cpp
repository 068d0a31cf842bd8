#include "link.h"

#include "compactjson.h"
#include "enumnames.h"

#include <QJsonDocument>

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

QJsonObject Link::synced() const
{
    return QJsonDocument::fromJson(syncedJson).object();
}

void Link::setSynced(const QJsonObject &values)
{
    syncedJson = compactJson(values);
    syncedJson.squeeze(); // kept for the life of the link: no room to grow
}

std::optional<Link::State> linkStateFromName(QStringView name)
{
    return valueOf<Link::State>(kStateNames, name);
}

} // namespace SyncLens
