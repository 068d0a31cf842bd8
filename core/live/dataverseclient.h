#pragma once

#include "accesstokenprovider.h"
#include "dataverserequest.h"
#include "model/result.h"
#include "retrypolicy.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <deque>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace SyncLens {

// A read-only client of one Dataverse org's Web API v9.2. It sends at most a
// few requests at once (never near the 52-concurrent limit), asks the token
// provider for a bearer token (once more with forceRefresh after a 401, then
// asks the person to sign in again), waits out a 429's Retry-After without
// sending anything meanwhile (throttled() says so), retries 503s, timeouts
// and dropped connections with bounded exponential back-off and jitter, and
// decides on the HTTP status, never on the error body's wording. A body that
// is not a complete JSON object is an error naming the request. TLS errors
// are never ignored; plain http:// is refused except on loopback.
class DataverseClient final : public QObject
{
    Q_OBJECT

public:
    // The HTTP status (0 when none came) and the JSON object, or an error.
    using Done = std::function<void(int status, const Result<QJsonObject> &body)>;

    // Checks an environment URL: https://…, or http:// on a loopback address.
    static Result<QUrl> checkOrgUrl(const QString &text);

    DataverseClient(QUrl orgUrl, AccessTokenProvider *tokens, QObject *parent = nullptr);
    ~DataverseClient() override;

    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    const RetryPolicy &retryPolicy() const { return m_policy; }
    void setMaxInFlight(int n) { m_maxInFlight = qBound(1, n, 4); }

    QUrl orgUrl() const { return m_orgUrl; }
    // ORG/api/data/v9.2/RESOURCE with `query` (already percent-encoded).
    QUrl apiUrl(const QString &resource, const QString &query = {}) const;
    // A nextLink must point into the same org: the token goes nowhere else.
    bool isOwnUrl(const QUrl &url) const;

    // Queues a GET; `done` runs once on `context`'s thread unless `context`
    // is gone first. After cancel() every queued request ends Cancelled.
    void get(const DataverseRequest &request, QObject *context, Done done);
    // Queues a write (request.method POST, PATCH or DELETE), like get(). A
    // 204 gives an empty object. A POST that got no answer is not sent again
    // (it may have been done); the others are, guarded by their If-Match.
    void write(const DataverseRequest &request, QObject *context, Done done)
    {
        get(request, context, std::move(done));
    }
    void cancel();
    bool isCancelled() const { return m_cancelled; }

    int requestsSent() const { return m_sent; }
    // Time spent parsing answers' JSON (benchmarks).
    qint64 parseNanoseconds() const { return m_parseNs; }

Q_SIGNALS:
    // The org asked to wait (429): nothing is sent for `seconds`.
    void throttled(int seconds, const QString &what);
    // A request is tried again after a transient failure.
    void retrying(const QString &what, int attempt, const QString &reason);

private:
    struct Op;
    void pump();
    void ensureToken(bool forceRefresh);
    void send(const std::shared_ptr<Op> &op);
    void onFinished(const std::shared_ptr<Op> &op, QNetworkReply *reply);
    void retryLater(const std::shared_ptr<Op> &op, const QString &reason);
    void finish(const std::shared_ptr<Op> &op, int status, const Result<QJsonObject> &body);

    QUrl m_orgUrl;
    AccessTokenProvider *m_tokens;
    QNetworkAccessManager *m_network;
    RetryPolicy m_policy;
    int m_maxInFlight = 4;
    int m_inFlight = 0;
    int m_sent = 0;
    qint64 m_parseNs = 0;
    bool m_cancelled = false;
    QString m_token;
    int m_tokenGeneration = 0;
    bool m_tokenPending = false;
    QString m_tokenError;
    QTimer m_throttleTimer; // running while a Retry-After is waited out
    std::deque<std::shared_ptr<Op>> m_queue;
    QList<QPointer<QNetworkReply>> m_replies;
};

} // namespace SyncLens
