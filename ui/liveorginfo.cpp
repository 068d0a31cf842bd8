#include "liveorginfo.h"

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
    const auto source = store.source();
    info.live = source.ok() && *source == u"live";
    if (!info.live)
        return info;
    const auto meta = [&store](const char *key) {
        const auto value = store.metaValue(QString::fromLatin1(key));
        return value ? *value : QString();
    };
    info.url = QUrl(meta("live.url"));
    info.readAt = QDateTime::fromString(meta("live.readAt"), Qt::ISODate).toUTC();
    RememberedConnection &c = info.connection;
    c.url = info.url.toString();
    c.method = methodOf(meta("live.auth"));
    c.tenant = unlessDefault(meta("live.tenant"), SignInSettings::defaultTenant());
    c.clientId = unlessDefault(meta("live.clientId"), SignInSettings::defaultClientId());
    c.authority =
        unlessDefault(meta("live.authority"), SignInSettings::defaultAuthority().toString());
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
