#include "rememberedconnections.h"

#include <algorithm>

namespace SyncLens {

namespace {
const QString kArray = QStringLiteral("live/connections");
const QString kUrl = QStringLiteral("url");
const QString kMethod = QStringLiteral("method");
const QString kTenant = QStringLiteral("tenant");
const QString kClientId = QStringLiteral("clientId");
const QString kAuthority = QStringLiteral("authority");
const QString kReadOnly = QStringLiteral("readOnly");
constexpr int kMaxRemembered = 10;

QString methodName(SignInMethod method)
{
    switch (method) {
    case SignInMethod::Browser:
        return QStringLiteral("browser");
    case SignInMethod::DeviceCode:
        return QStringLiteral("device-code");
    case SignInMethod::ClientSecret:
        return QStringLiteral("client-secret");
    }
    return QStringLiteral("browser");
}

SignInMethod methodFrom(const QString &name)
{
    if (name == u"device-code")
        return SignInMethod::DeviceCode;
    if (name == u"client-secret")
        return SignInMethod::ClientSecret;
    return SignInMethod::Browser;
}
} // namespace

bool RememberedConnection::sameAs(const RememberedConnection &other) const
{
    return url == other.url && method == other.method && tenant == other.tenant &&
           clientId == other.clientId && authority == other.authority;
}

QList<RememberedConnection> RememberedConnections::all() const
{
    QSettings &settings = m_settings;
    QList<RememberedConnection> connections;
    const int size = settings.beginReadArray(kArray);
    for (int i = 0; i < size; ++i) {
        settings.setArrayIndex(i);
        RememberedConnection c;
        c.url = settings.value(kUrl).toString();
        c.method = methodFrom(settings.value(kMethod).toString());
        c.tenant = settings.value(kTenant).toString();
        c.clientId = settings.value(kClientId).toString();
        c.authority = settings.value(kAuthority).toString();
        c.readOnly = settings.value(kReadOnly, false).toBool();
        if (!c.url.isEmpty())
            connections.append(c);
    }
    settings.endArray();
    return connections;
}

void RememberedConnections::remember(const RememberedConnection &connection)
{
    QList<RememberedConnection> connections = all();
    connections.removeIf([&](const RememberedConnection &c) { return c.sameAs(connection); });
    connections.prepend(connection);
    save(connections.mid(0, kMaxRemembered));
}

void RememberedConnections::forget(const RememberedConnection &connection)
{
    QList<RememberedConnection> connections = all();
    connections.removeIf([&](const RememberedConnection &c) { return c.sameAs(connection); });
    save(connections);
}

bool RememberedConnections::isReadOnly(const RememberedConnection &connection) const
{
    const QList<RememberedConnection> connections = all();
    return std::any_of(connections.begin(), connections.end(), [&](const RememberedConnection &c) {
        return c.sameAs(connection) && c.readOnly;
    });
}

void RememberedConnections::save(const QList<RememberedConnection> &connections)
{
    m_settings.remove(kArray);
    m_settings.beginWriteArray(kArray, int(connections.size()));
    for (int i = 0; i < connections.size(); ++i) {
        m_settings.setArrayIndex(i);
        const RememberedConnection &c = connections.at(i);
        m_settings.setValue(kUrl, c.url);
        m_settings.setValue(kMethod, methodName(c.method));
        m_settings.setValue(kTenant, c.tenant);
        m_settings.setValue(kClientId, c.clientId);
        m_settings.setValue(kAuthority, c.authority);
        m_settings.setValue(kReadOnly, c.readOnly);
    }
    m_settings.endArray();
}

} // namespace SyncLens
