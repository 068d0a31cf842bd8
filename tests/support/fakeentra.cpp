#include "fakeentra.h"

#include "live/pkce.h"

#include <QJsonArray>
#include <QNetworkReply>
#include <QUuid>

namespace SyncLens::Test {

namespace {
QString unique(const QString &prefix)
{
    return prefix + QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

FakeEntra::FakeEntra(QObject *parent)
    : QObject(parent)
{
    m_http.setHandler([this](const FakeHttpRequest &request) { return handle(request); });
}

bool FakeEntra::start()
{
    return m_http.listen();
}

SignInSettings FakeEntra::settings(const QString &org) const
{
    SignInSettings settings;
    settings.orgUrl = QUrl(org);
    settings.authority = authority();
    settings.tenant = tenant;
    return settings;
}

int FakeEntra::count(const QString &grantType) const
{
    int n = 0;
    for (const FakeHttpRequest &request : m_http.requests())
        n += request.form.value(QStringLiteral("grant_type")) == grantType ? 1 : 0;
    return n;
}

void FakeEntra::answerInBrowser(const QUrl &authorizationUrl, const QString &error,
                                const QString &state)
{
    lastAuthorizeQuery = QUrlQuery(authorizationUrl);
    const auto value = [this](const char *key) {
        return lastAuthorizeQuery.queryItemValue(QString::fromLatin1(key), QUrl::FullyDecoded);
    };
    m_redirectUri = value("redirect_uri");
    QUrl redirect(m_redirectUri);
    redirect.setHost(QStringLiteral("127.0.0.1")); // localhost, as the browser reaches it
    QUrlQuery answer;
    if (error.isEmpty()) {
        const QString code = unique(QStringLiteral("code-"));
        m_codes.insert(code, value("code_challenge"));
        answer.addQueryItem(QStringLiteral("code"), code);
    } else {
        answer.addQueryItem(QStringLiteral("error"), error);
        answer.addQueryItem(QStringLiteral("error_description"),
                            QStringLiteral("AADSTS65004: User declined to consent."));
    }
    answer.addQueryItem(QStringLiteral("state"), state.isEmpty() ? value("state") : state);
    redirect.setQuery(answer);
    QNetworkReply *reply = m_browser.get(QNetworkRequest(redirect));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        browserStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        browserPage = reply->readAll();
        Q_EMIT browserDone();
    });
}

FakeHttpResponse FakeEntra::handle(const FakeHttpRequest &request)
{
    const QString prefix = u'/' + tenant + QStringLiteral("/oauth2/v2.0/");
    if (!request.path.startsWith(prefix))
        return oauthError(400, QStringLiteral("invalid_request"), 90002,
                          QStringLiteral("Tenant not found."));
    const QString endpoint = request.path.mid(prefix.size());
    if (endpoint == u"devicecode") {
        return FakeHttpResponse::json(
            200, {{QStringLiteral("device_code"), unique(QStringLiteral("device-"))},
                  {QStringLiteral("user_code"), userCode},
                  {QStringLiteral("verification_uri"),
                   QStringLiteral("https://microsoft.com/devicelogin")},
                  {QStringLiteral("expires_in"), deviceExpiresIn},
                  {QStringLiteral("interval"), deviceInterval},
                  {QStringLiteral("message"),
                   QStringLiteral("To sign in, use a web browser to open the page "
                                  "https://microsoft.com/devicelogin and enter the code %1.")
                       .arg(userCode)}});
    }
    if (endpoint == u"token")
        return token(request);
    return {404, QByteArray(), "text/plain"};
}

FakeHttpResponse FakeEntra::token(const FakeHttpRequest &request)
{
    const QString grant = request.form.value(QStringLiteral("grant_type"));
    if (grant == u"authorization_code") {
        const QString code = request.form.value(QStringLiteral("code"));
        if (!m_codes.contains(code))
            return oauthError(400, QStringLiteral("invalid_grant"), 70000,
                              QStringLiteral("The code is invalid or was used."));
        const QString challenge = m_codes.take(code);
        const QByteArray verifier = request.form.value(QStringLiteral("code_verifier")).toLatin1();
        if (verifier.isEmpty() || QString::fromLatin1(Pkce::challengeFor(verifier)) != challenge)
            return oauthError(400, QStringLiteral("invalid_grant"), 501481,
                              QStringLiteral("The Code_Verifier does not match the "
                                             "code_challenge."));
        if (request.form.value(QStringLiteral("redirect_uri")) != m_redirectUri)
            return oauthError(400, QStringLiteral("invalid_grant"), 50148,
                              QStringLiteral("The redirect URI differs."));
        return issueTokens(true);
    }
    if (grant == u"refresh_token") {
        if (!m_refreshTokens.remove(request.form.value(QStringLiteral("refresh_token"))))
            return oauthError(400, QStringLiteral("invalid_grant"), 700082,
                              QStringLiteral("The refresh token has expired due to inactivity."));
        return issueTokens(true);
    }
    if (grant == u"urn:ietf:params:oauth:grant-type:device_code") {
        const QString next =
            deviceAnswers.isEmpty() ? QStringLiteral("ok") : deviceAnswers.takeFirst();
        if (next == u"pending")
            return oauthError(400, QStringLiteral("authorization_pending"), 70016,
                              QStringLiteral("Pending."));
        if (next == u"slow_down")
            return oauthError(400, QStringLiteral("slow_down"), 0, QStringLiteral("Slow down."));
        if (next == u"expired")
            return oauthError(400, QStringLiteral("expired_token"), 70020,
                              QStringLiteral("The code expired."));
        if (next == u"denied")
            return oauthError(400, QStringLiteral("authorization_declined"), 70000,
                              QStringLiteral("The user declined."));
        return issueTokens(true);
    }
    if (grant == u"client_credentials") {
        if (request.form.value(QStringLiteral("client_secret")) != clientSecret)
            return oauthError(401, QStringLiteral("invalid_client"), 7000215,
                              QStringLiteral("Invalid client secret provided."));
        return issueTokens(false);
    }
    return oauthError(400, QStringLiteral("unsupported_grant_type"), 0, grant);
}

FakeHttpResponse FakeEntra::issueTokens(bool withRefresh)
{
    lastAccessToken = unique(QStringLiteral("access-"));
    issued.append(lastAccessToken);
    QJsonObject body{{QStringLiteral("access_token"), lastAccessToken},
                     {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                     {QStringLiteral("expires_in"), 3599}};
    if (withRefresh) {
        lastRefreshToken = unique(QStringLiteral("refresh-"));
        issued.append(lastRefreshToken);
        m_refreshTokens.insert(lastRefreshToken);
        body.insert(QStringLiteral("refresh_token"), lastRefreshToken);
    }
    return FakeHttpResponse::json(200, body);
}

FakeHttpResponse FakeEntra::oauthError(int status, const QString &error, int aadsts,
                                       const QString &text)
{
    return FakeHttpResponse::json(
        status, {{QStringLiteral("error"), error},
                 {QStringLiteral("error_description"),
                  QStringLiteral("AADSTS%1: %2\r\nTrace ID: 0\r\nTimestamp: 2026-01-01")
                      .arg(aadsts)
                      .arg(text)},
                 {QStringLiteral("error_codes"), QJsonArray{aadsts}}});
}

} // namespace SyncLens::Test
