#include "clientcredentialsprovider.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QUrlQuery>

namespace SyncLens {

namespace {

QString describeRefusal(const ClientCredentialsProvider::Settings &s, int status,
                        const QJsonObject &body)
{
    const QString error = body.value(QStringLiteral("error")).toString();
    const QString said =
        body.value(QStringLiteral("error_description")).toString().section(u'\n', 0, 0).left(300);
    if (error == u"invalid_client" || error == u"unauthorized_client") {
        return ClientCredentialsProvider::tr(
                   "The sign-in service refused the client id %1 or its secret: check the "
                   "secret (SYNCLENS_CLIENT_SECRET or the one saved by live login) and that "
                   "the app registration exists in tenant %2. It said: \"%3\"")
            .arg(s.clientId, s.tenant, said);
    }
    if (error == u"invalid_request" || error == u"invalid_tenant" || status == 404) {
        return ClientCredentialsProvider::tr(
                   "The sign-in service refused the request for tenant \"%1\": check the "
                   "tenant (a domain like contoso.onmicrosoft.com or its id) and the authority "
                   "%2. It said: \"%3\"")
            .arg(s.tenant, s.authority.toString(), said);
    }
    if (error == u"invalid_scope") {
        return ClientCredentialsProvider::tr(
                   "The sign-in service does not know the environment %1 as a resource: "
                   "check the URL. It said: \"%2\"")
            .arg(s.orgUrl.toString(), said);
    }
    return ClientCredentialsProvider::tr("Sign-in failed (HTTP %1%2). It said: \"%3\"")
        .arg(status)
        .arg(error.isEmpty() ? QString() : QStringLiteral(", ") + error, said);
}

} // namespace

ClientCredentialsProvider::ClientCredentialsProvider(Settings settings, QString secret)
    : m_settings(std::move(settings))
    , m_secret(std::move(secret))
    , m_network(std::make_unique<QNetworkAccessManager>())
{}

ClientCredentialsProvider::~ClientCredentialsProvider() = default;

QUrl ClientCredentialsProvider::tokenEndpoint(const QUrl &authority, const QString &tenant)
{
    QUrl url = authority.adjusted(QUrl::StripTrailingSlash);
    url.setPath(url.path() + u'/' + tenant + QStringLiteral("/oauth2/v2.0/token"));
    return url;
}

void ClientCredentialsProvider::requestToken(bool forceRefresh, QObject *context, Done done)
{
    if (!forceRefresh && !m_token.isEmpty() &&
        QDateTime::currentDateTimeUtc().secsTo(m_expires) > 60) {
        QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(
            context,
            [guard, done, token = m_token] {
                if (guard)
                    done(token);
            },
            Qt::QueuedConnection);
        return;
    }
    ++m_requests;
    QNetworkRequest request(tokenEndpoint(m_settings.authority, m_settings.tenant));
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QUrlQuery form;
    auto add = [&form](const char *key, const QString &value) {
        form.addQueryItem(QString::fromLatin1(key),
                          QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add("grant_type", QStringLiteral("client_credentials"));
    add("client_id", m_settings.clientId);
    add("client_secret", m_secret);
    add("scope", m_settings.orgUrl.adjusted(QUrl::StripTrailingSlash).toString() +
                     QStringLiteral("/.default"));
    QNetworkReply *reply = m_network->post(request, form.toString(QUrl::FullyEncoded).toLatin1());
    QObject::connect(reply, &QNetworkReply::finished, context, [this, reply, done] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        if (status == 0) {
            return done(makeError(Error::Code::Remote,
                                  tr("Cannot reach the sign-in service at %1: %2")
                                      .arg(m_settings.authority.host(), reply->errorString())));
        }
        const QString token = body.value(QStringLiteral("access_token")).toString();
        if (status != 200 || token.isEmpty()) {
            return done(makeError(Error::Code::Remote, describeRefusal(m_settings, status, body)));
        }
        m_token = token;
        m_expires = QDateTime::currentDateTimeUtc().addSecs(
            body.value(QStringLiteral("expires_in")).toInt(3599));
        done(token);
    });
}

} // namespace SyncLens
