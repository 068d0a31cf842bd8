#pragma once

// A fake Microsoft Entra v2 authority on 127.0.0.1 for the sign-in tests:
// token endpoint (authorization_code with PKCE, refresh_token, device_code,
// client_credentials), device code endpoint, one tenant; and the person's
// browser, which follows an authorization URL and sends the redirect back.
#include "live/signinsettings.h"
#include "loopbackhttpfake.h"

#include <QNetworkAccessManager>
#include <QSet>
#include <QStringList>

namespace SyncLens::Test {

class FakeEntra final : public QObject
{
    Q_OBJECT

public:
    explicit FakeEntra(QObject *parent = nullptr);

    bool start();
    QUrl authority() const { return m_http.url(); }
    LoopbackHttpFake &http() { return m_http; }
    // Settings pointing at this authority and tenant, for `org`.
    SignInSettings
    settings(const QString &org = QStringLiteral("https://contoso.crm.dynamics.com")) const;

    QString tenant = QStringLiteral("contoso.onmicrosoft.com");
    QString clientSecret = QStringLiteral("s3cr3t+/&=value");
    // What the device code polls get, in order ("pending", "slow_down",
    // "expired", "denied", "ok"); "ok" once the list is used up.
    QStringList deviceAnswers;
    int deviceInterval = 1;
    int deviceExpiresIn = 900;
    QString userCode = QStringLiteral("FAKE-CODE");

    // Every access and refresh token issued (to scan files and logs for).
    QStringList issued;
    QString lastAccessToken;
    QString lastRefreshToken;
    // Makes a refresh token valid (as if issued earlier).
    void addRefreshToken(const QString &token) { m_refreshTokens.insert(token); }
    // Requests to the token endpoint with this grant_type.
    int count(const QString &grantType) const;

    // The browser: signs in at `authorizationUrl` and sends the redirect
    // (with `error` instead of a code when set; with `state` instead of the
    // request's when set). browserPage gets the listener's page.
    void answerInBrowser(const QUrl &authorizationUrl, const QString &error = {},
                         const QString &state = {});
    QUrlQuery lastAuthorizeQuery;
    QByteArray browserPage;
    int browserStatus = 0;

Q_SIGNALS:
    void browserDone();

private:
    FakeHttpResponse handle(const FakeHttpRequest &request);
    FakeHttpResponse token(const FakeHttpRequest &request);
    FakeHttpResponse issueTokens(bool withRefresh);
    static FakeHttpResponse oauthError(int status, const QString &error, int aadsts,
                                       const QString &text);

    LoopbackHttpFake m_http;
    QNetworkAccessManager m_browser;
    QMap<QString, QString> m_codes; // code → challenge
    QString m_redirectUri;
    QSet<QString> m_refreshTokens;
};

} // namespace SyncLens::Test
