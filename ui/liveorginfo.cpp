#include "liveorginfo.h"

#include "live/liveorigin.h"
#include "live/signinsettings.h"
#include "store/orgstore.h"

namespace SyncLens {

namespace {

// Empty when it is the default: the Connect dialog shows defaults as such.
QString unlessDefault(const QString &value, const QString &fallback)
{
    return value == fallback ? QString() : value;
}

SignInMethod methodOf(const QString &auth)
{
    if (auth == u"device-code")
        return SignInMethod::DeviceCode;
    if (auth == u"client-secret")
        return SignInMethod::ClientSecret;
    return SignInMethod::Browser;
}

} // namespace

LiveOrgInfo LiveOrgInfo::read(OrgStore &store)
{
    LiveOrgInfo info;
    info.path = store.path();
    const auto origin = LiveOrigin::read(store);
    info.live = origin.ok();
    if (!info.live)
        return info;
    info.url = origin->url;
    info.readAt = origin->readAt;
    RememberedConnection &c = info.connection;
    c.url = info.url.toString();
    c.method = methodOf(origin->auth);
    c.tenant = unlessDefault(origin->tenant, SignInSettings::defaultTenant());
    c.clientId = unlessDefault(origin->clientId, SignInSettings::defaultClientId());
    c.authority = unlessDefault(origin->authority, SignInSettings::defaultAuthority().toString());
    return info;
}

RememberedConnection LiveOrgInfo::rememberedOf(const SignInSettings &settings, SignInMethod method)
{
    return {settings.org(), method, unlessDefault(settings.tenant, SignInSettings::defaultTenant()),
            unlessDefault(settings.clientId, SignInSettings::defaultClientId()),
            unlessDefault(settings.authority.toString(),
                          SignInSettings::defaultAuthority().toString())};
}

} // namespace SyncLens
