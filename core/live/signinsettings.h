#pragma once

#include "model/result.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QString>
#include <QUrl>

Q_DECLARE_LOGGING_CATEGORY(lcSignIn)

namespace SyncLens {

// How a person (or an application user) signs in to a Dataverse org.
enum class SignInMethod
{
    Browser,     // authorization code with PKCE, the system browser, a loopback redirect
    DeviceCode,  // a code typed at the verification URL on any device
    ClientSecret // an application user's secret (client credentials)
};

// Where and as whom to sign in (Microsoft Entra v2): the org's URL, the
// authority, the tenant and the client id. The documented public client id is
// only the default; every part is settable.
struct SignInSettings
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::SignInSettings)

public:
    QUrl orgUrl; // scheme://host[:port], no path
    QString tenant = defaultTenant();
    QString clientId = defaultClientId();
    QUrl authority = defaultAuthority();

    static QString defaultTenant();   // "organizations"
    static QString defaultClientId(); // Microsoft's sample public client
    static QUrl defaultAuthority();   // https://login.microsoftonline.com

    // Settings from what a person typed; empty tenant, client id or authority
    // take the defaults. Refuses plain http:// except on loopback.
    static Result<SignInSettings> fromInput(const QString &orgUrl, const QString &tenant = {},
                                            const QString &clientId = {},
                                            const QString &authority = {});
    // Checks settings made by hand the way fromInput() does.
    Result<void> validate() const;

    QString org() const; // the org URL as text, without a trailing slash
    // AUTHORITY/TENANT/oauth2/v2.0/NAME ("authorize", "token", "devicecode").
    QUrl endpoint(const QString &name) const;
    // "ORG/user_impersonation offline_access" (a public client's delegated scope).
    QString scope() const;

    // Keychain keys (CredentialStore::keyFor): the refresh token of this org,
    // tenant and client; and an application user's client secret, under
    // keyFor(org(), clientId).
    QString refreshTokenKey() const;
    QString clientSecretKey() const;

    // https://, or http:// on 127.0.0.1, ::1 or localhost.
    static bool isAllowedUrl(const QUrl &url);
    static bool isLoopback(const QUrl &url);
};

} // namespace SyncLens
