#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <utility>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QObject;
class QUrl;

namespace SyncLens {

// What a token endpoint gave: kept in memory only, except the refresh token,
// which goes to the OS keychain and nowhere else.
struct TokenSet
{
    QString accessToken;
    QString refreshToken; // empty when the endpoint sent none
    QDateTime expiresAt;  // UTC
};

// A token (or device code) endpoint's answer, read as JSON whatever the HTTP
// status: Entra answers errors with 400 and {"error": …, "error_description":
// …, "error_codes": […]}.
struct TokenReply
{
    int httpStatus = 0;   // 0 when no answer came
    QString networkError; // why no answer came (empty when one did)
    bool cancelled = false;
    QJsonObject body; // empty when the answer was not a JSON object

    bool answered() const { return httpStatus != 0; }
    QString error() const; // the OAuth error code, e.g. "invalid_grant"
    QString description() const;
    QList<int> errorCodes() const; // AADSTS numbers
    bool hasError(int aadsts) const { return errorCodes().contains(aadsts); }
    bool hasAccessToken() const;
    TokenSet tokens() const;
};

// A form POST (application/x-www-form-urlencoded) to a token endpoint: no
// secret in the URL, nothing logged but the URL and the status.
class TokenRequest
{
public:
    using Done = std::function<void(const TokenReply &)>;
    // Names and values as they are (encoded here).
    using Form = QList<std::pair<QString, QString>>;
    // `done` runs on `context`'s thread unless `context` is destroyed first;
    // the reply is deleted after it. Abort the returned reply to cancel (done
    // then runs with `cancelled` set).
    static QNetworkReply *post(QNetworkAccessManager &network, const QUrl &url, const Form &form,
                               QObject *context, Done done);
};

} // namespace SyncLens
