#include "signinsettings.h"

#include "credentialstore.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QUuid>

Q_LOGGING_CATEGORY(lcSignIn, "synclens.live.signin", QtInfoMsg)

namespace SyncLens {

namespace {

Error invalid(const QString &message)
{
    return makeError(Error::Code::InvalidArgument, message);
}

// A URL typed without a scheme is taken as https.
QUrl parseUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    return QUrl(trimmed.contains(QStringLiteral("://")) ? trimmed
                                                        : QStringLiteral("https://") + trimmed,
                QUrl::StrictMode);
}

} // namespace

QString SignInSettings::defaultTenant()
{
    return QStringLiteral("organizations");
}

QString SignInSettings::defaultClientId()
{
    return QStringLiteral("51f81489-12ee-4a9e-aaae-a2591f45987d");
}

QUrl SignInSettings::defaultAuthority()
{
    return QUrl(QStringLiteral("https://login.microsoftonline.com"));
}

Result<SignInSettings> SignInSettings::fromInput(const QString &orgUrl, const QString &tenant,
                                                 const QString &clientId, const QString &authority)
{
    SignInSettings settings;
    if (orgUrl.trimmed().isEmpty())
        return invalid(tr("Enter the environment URL, such as https://contoso.crm.dynamics.com."));
    QUrl org = parseUrl(orgUrl);
    // A link into the app (…/main.aspx?appid=…) names the environment too.
    org.setPath(QString());
    org.setQuery(QString());
    org.setFragment(QString());
    settings.orgUrl = org;
    if (!tenant.trimmed().isEmpty())
        settings.tenant = tenant.trimmed();
    if (!clientId.trimmed().isEmpty())
        settings.clientId = clientId.trimmed();
    if (!authority.trimmed().isEmpty())
        settings.authority = parseUrl(authority);
    if (auto valid = settings.validate(); !valid)
        return valid.error();
    return settings;
}

Result<void> SignInSettings::validate() const
{
    if (!orgUrl.isValid() || orgUrl.host().isEmpty() || !orgUrl.userInfo().isEmpty())
        return invalid(tr("\"%1\" is not an environment URL; it looks like "
                          "https://contoso.crm.dynamics.com.")
                           .arg(orgUrl.toDisplayString()));
    if (!isAllowedUrl(orgUrl))
        return invalid(tr("The environment URL %1 must start with https:// (plain http:// is "
                          "only allowed on this computer's loopback address).")
                           .arg(orgUrl.toDisplayString()));
    if (!authority.isValid() || authority.host().isEmpty() || !authority.userInfo().isEmpty() ||
        authority.hasQuery() || authority.hasFragment())
        return invalid(tr("\"%1\" is not an authority URL such as "
                          "https://login.microsoftonline.com.")
                           .arg(authority.toDisplayString()));
    if (!isAllowedUrl(authority))
        return invalid(tr("The authority %1 must start with https:// (plain http:// is only "
                          "allowed on this computer's loopback address).")
                           .arg(authority.toDisplayString()));
    static const QRegularExpression tenantPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9.-]*$"));
    if (!tenantPattern.match(tenant).hasMatch())
        return invalid(tr("\"%1\" is not a tenant: use organizations, common, a domain such as "
                          "contoso.onmicrosoft.com, or a tenant id.")
                           .arg(tenant));
    if (QUuid::fromString(clientId).isNull())
        return invalid(tr("\"%1\" is not a client id: an application (client) id is a GUID such "
                          "as 51f81489-12ee-4a9e-aaae-a2591f45987d.")
                           .arg(clientId));
    return {};
}

QString SignInSettings::org() const
{
    return orgUrl
        .adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment |
                  QUrl::NormalizePathSegments)
        .toString(QUrl::StripTrailingSlash);
}

QUrl SignInSettings::endpoint(const QString &name) const
{
    QUrl url = authority.adjusted(QUrl::StripTrailingSlash);
    url.setPath(url.path() + u'/' + tenant + QStringLiteral("/oauth2/v2.0/") + name);
    return url;
}

QString SignInSettings::scope() const
{
    return org() + QStringLiteral("/user_impersonation offline_access");
}

QString SignInSettings::refreshTokenKey() const
{
    return CredentialStore::keyFor(org(),
                                   QStringLiteral("refresh-token %1 %2").arg(tenant, clientId));
}

QString SignInSettings::clientSecretKey() const
{
    return CredentialStore::keyFor(org(), clientId);
}

bool SignInSettings::isAllowedUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return scheme == u"https" || (scheme == u"http" && isLoopback(url));
}

bool SignInSettings::isLoopback(const QUrl &url)
{
    const QString host = url.host().toLower();
    return host == u"localhost" || QHostAddress(host).isLoopback();
}

} // namespace SyncLens
