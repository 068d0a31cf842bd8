#include "tokenrequest.h"

#include "signinsettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QUrl>

namespace SyncLens {

namespace {
constexpr qint64 kMaxBody = 1024 * 1024; // a token answer is a few kB
constexpr int kTimeoutMs = 60000;
} // namespace

QString TokenReply::error() const
{
    return body.value(QStringLiteral("error")).toString();
}

QString TokenReply::description() const
{
    // Entra's descriptions carry a trace and a timestamp on further lines.
    return body.value(QStringLiteral("error_description"))
        .toString()
        .section(QStringLiteral("\r\n"), 0, 0)
        .section(u'\n', 0, 0)
        .trimmed();
}

QList<int> TokenReply::errorCodes() const
{
    QList<int> codes;
    for (const QJsonValue code : body.value(QStringLiteral("error_codes")).toArray())
        codes.append(code.toInt());
    return codes;
}

bool TokenReply::hasAccessToken() const
{
    return httpStatus == 200 && !body.value(QStringLiteral("access_token")).toString().isEmpty();
}

TokenSet TokenReply::tokens() const
{
    TokenSet tokens;
    tokens.accessToken = body.value(QStringLiteral("access_token")).toString();
    tokens.refreshToken = body.value(QStringLiteral("refresh_token")).toString();
    // expires_in is a number in Entra's answers; some servers send a string.
    const QJsonValue expiresIn = body.value(QStringLiteral("expires_in"));
    const qint64 seconds =
        expiresIn.isString() ? expiresIn.toString().toLongLong() : expiresIn.toInteger(3600);
    tokens.expiresAt = QDateTime::currentDateTimeUtc().addSecs(seconds > 0 ? seconds : 3600);
    return tokens;
}

QNetworkReply *TokenRequest::post(QNetworkAccessManager &network, const QUrl &url, const Form &form,
                                  QObject *context, Done done)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(kTimeoutMs);
    // Percent-encode everything but the unreserved characters, so '+' and '&'
    // inside a value (a secret, a refresh token) stay themselves.
    QByteArray payload;
    for (const auto &[key, value] : form) {
        if (!payload.isEmpty())
            payload += '&';
        payload += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    QNetworkReply *reply = network.post(request, payload);
    QPointer<QObject> guard(context);
    QObject::connect(reply, &QNetworkReply::finished, context, [reply, guard, done, url] {
        reply->deleteLater();
        if (!guard)
            return;
        TokenReply answer;
        answer.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.cancelled = reply->error() == QNetworkReply::OperationCanceledError;
        if (!answer.answered())
            answer.networkError = reply->errorString();
        const QByteArray data = reply->read(kMaxBody);
        const QJsonDocument json = QJsonDocument::fromJson(data);
        if (json.isObject())
            answer.body = json.object();
        qCDebug(lcSignIn) << "POST" << url.toDisplayString() << "->" << answer.httpStatus;
        done(answer);
    });
    return reply;
}

} // namespace SyncLens
