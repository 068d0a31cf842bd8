#include "dataverseclient.h"

#include "dataverseerrors.h"
#include "livelog.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLoggingCategory>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>


namespace SyncLens {

struct DataverseClient::Op
{
    DataverseRequest request;
    QPointer<QObject> context;
    Done done;
    int attempt = 0;   // tries so far
    int throttles = 0; // 429s so far
    int tokenGeneration = -1;
    bool refreshedForThis = false;
    bool timedOut = false;
    bool finished = false;
};

Result<QUrl> DataverseClient::checkOrgUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != u"https" && url.scheme() != u"http")) {
        return makeError(Error::Code::InvalidArgument,
                         tr("\"%1\" is not an environment URL; give one like "
                            "https://contoso.crm.dynamics.com")
                             .arg(text));
    }
    if (url.scheme() == u"http") {
        const QHostAddress address(url.host());
        const bool loopback =
            url.host() == u"localhost" || (!address.isNull() && address.isLoopback());
        if (!loopback) {
            return makeError(Error::Code::InvalidArgument,
                             tr("%1 uses plain http://, which SyncLens refuses except on this "
                                "computer (127.0.0.1); use https://")
                                 .arg(text));
        }
    }
    return url.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

DataverseClient::DataverseClient(QUrl orgUrl, AccessTokenProvider *tokens, QObject *parent)
    : QObject(parent)
    , m_orgUrl(std::move(orgUrl))
    , m_tokens(tokens)
    , m_network(new QNetworkAccessManager(this))
{
    m_throttleTimer.setSingleShot(true);
    connect(&m_throttleTimer, &QTimer::timeout, this, &DataverseClient::pump);
}

DataverseClient::~DataverseClient()
{
    const auto replies = m_replies;
    for (const auto &reply : replies) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
        }
    }
}

QUrl DataverseClient::apiUrl(const QString &resource, const QString &query) const
{
    QUrl url = m_orgUrl;
    url.setPath(m_orgUrl.path() + QStringLiteral("/api/data/v9.2/") + resource);
    if (!query.isEmpty())
        url.setQuery(query, QUrl::StrictMode);
    return url;
}

bool DataverseClient::isOwnUrl(const QUrl &url) const
{
    return url.scheme() == m_orgUrl.scheme() && url.host() == m_orgUrl.host() &&
           url.port() == m_orgUrl.port() && url.path().startsWith(m_orgUrl.path());
}

void DataverseClient::get(const DataverseRequest &request, QObject *context, Done done)
{
    auto op = std::make_shared<Op>();
    op->request = request;
    op->context = context;
    op->done = std::move(done);
    if (m_cancelled) {
        QTimer::singleShot(0, this,
                           [this, op] { finish(op, 0, DataverseErrors::cancelled(op->request)); });
        return;
    }
    m_queue.push_back(op);
    pump();
}

void DataverseClient::cancel()
{
    if (m_cancelled)
        return;
    m_cancelled = true;
    m_throttleTimer.stop();
    auto queued = std::move(m_queue);
    m_queue.clear();
    for (const auto &op : queued)
        finish(op, 0, DataverseErrors::cancelled(op->request));
    const auto replies = m_replies; // abort() finishes them here, which edits the list
    for (const auto &reply : replies) {
        if (reply)
            reply->abort(); // finishes through onFinished() as cancelled
    }
}

void DataverseClient::ensureToken(bool forceRefresh)
{
    if (m_tokenPending)
        return;
    m_tokenPending = true;
    m_tokens->requestToken(forceRefresh, this, [this](const Result<QString> &token) {
        m_tokenPending = false;
        if (token) {
            m_token = *token;
            ++m_tokenGeneration;
            m_tokenError.clear();
        } else {
            m_tokenError = token.error().message;
        }
        pump();
    });
}

void DataverseClient::pump()
{
    if (m_cancelled || m_throttleTimer.isActive())
        return;
    if (!m_tokenError.isEmpty()) {
        // Sign-in failed: every waiting request ends with its message.
        auto queued = std::move(m_queue);
        m_queue.clear();
        for (const auto &op : queued)
            finish(op, 0, makeError(Error::Code::Remote, m_tokenError));
        m_tokenError.clear();
        return;
    }
    if (m_token.isEmpty()) {
        if (!m_queue.empty())
            ensureToken(false);
        return;
    }
    while (m_inFlight < m_maxInFlight && !m_queue.empty()) {
        auto op = m_queue.front();
        m_queue.pop_front();
        send(op);
    }
}

void DataverseClient::send(const std::shared_ptr<Op> &op)
{
    ++op->attempt;
    ++m_inFlight;
    ++m_sent;
    op->timedOut = false;
    op->tokenGeneration = m_tokenGeneration;
    const DataverseRequest &r = op->request;
    QNetworkReply *reply =
        r.method == "GET"
            ? m_network->get(r.toNetworkRequest(m_token))
            : m_network->sendCustomRequest(r.toNetworkRequest(m_token), r.method, r.body);
    m_replies.append(reply);
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [op, reply] {
        op->timedOut = true;
        reply->abort();
    });
    timer->start(m_policy.timeoutMs);
    connect(reply, &QNetworkReply::finished, this, [this, op, reply] { onFinished(op, reply); });
}

void DataverseClient::onFinished(const std::shared_ptr<Op> &op, QNetworkReply *reply)
{
    --m_inFlight;
    m_replies.removeAll(reply);
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    const auto &request = op->request;

    if (m_cancelled)
        return finish(op, 0, DataverseErrors::cancelled(request));
    if (status == 0 || reply->error() == QNetworkReply::RemoteHostClosedError) {
        const auto error = reply->error();
        if (request.method == "POST") // perhaps done: never created twice
            return finish(op, 0, DataverseErrors::forNetwork(request, error, reply->errorString()));
        if (op->timedOut)
            return retryLater(op, tr("no answer within %1 s").arg(m_policy.timeoutMs / 1000.0));
        if (DataverseErrors::isTransient(error))
            return retryLater(op, reply->errorString());
        return finish(op, 0, DataverseErrors::forNetwork(request, error, reply->errorString()));
    }
    if (status == 429) {
        bool ok = false;
        int seconds = reply->rawHeader("Retry-After").trimmed().toInt(&ok);
        if (!ok || seconds < 0)
            seconds = 5;
        if (++op->throttles > m_policy.maxThrottles)
            return finish(op, status,
                          DataverseErrors::gaveUp(request, op->throttles, tr("HTTP 429")));
        --op->attempt; // a wait asked for is not a failed try
        m_queue.push_front(op);
        if (!m_throttleTimer.isActive() ||
            m_throttleTimer.remainingTime() < m_policy.retryAfterMs(seconds)) {
            m_throttleTimer.start(m_policy.retryAfterMs(seconds));
            Q_EMIT throttled(seconds, request.what);
        }
        return;
    }
    if (status == 401) {
        if (op->refreshedForThis)
            return finish(op, status, DataverseErrors::signInAgain(request, body));
        if (op->tokenGeneration == m_tokenGeneration) {
            // This token is spent: one fresh one, then this request again.
            op->refreshedForThis = true;
            m_token.clear();
            ensureToken(true);
        }
        --op->attempt;
        m_queue.push_front(op);
        return pump();
    }
    if (status == 502 || status == 503 || status == 504)
        return retryLater(op, tr("HTTP %1").arg(status));
    if (status < 200 || status >= 300)
        return finish(op, status, DataverseErrors::forStatus(request, status, body));

    if (status == 204 || (request.method != "GET" && body.isEmpty()))
        return finish(op, status, QJsonObject());
    QJsonParseError parseError;
    QElapsedTimer parsing;
    parsing.start();
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    m_parseNs += parsing.nsecsElapsed();
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        const QString detail = parseError.error != QJsonParseError::NoError
                                   ? tr("%1 at byte %2 of %3")
                                         .arg(parseError.errorString())
                                         .arg(parseError.offset)
                                         .arg(body.size())
                                   : tr("not a JSON object");
        return finish(op, status, DataverseErrors::malformed(request, detail));
    }
    finish(op, status, document.object());
}

void DataverseClient::retryLater(const std::shared_ptr<Op> &op, const QString &reason)
{
    if (op->attempt >= m_policy.maxAttempts)
        return finish(op, 0, DataverseErrors::gaveUp(op->request, op->attempt, reason));
    qCInfo(lcLive) << "retrying" << op->request.entitySet << "after" << reason;
    Q_EMIT retrying(op->request.what, op->attempt + 1, reason);
    QTimer::singleShot(m_policy.backoffMs(op->attempt + 1), this, [this, op] {
        if (m_cancelled)
            return finish(op, 0, DataverseErrors::cancelled(op->request));
        m_queue.push_back(op);
        pump();
    });
    pump();
}

void DataverseClient::finish(const std::shared_ptr<Op> &op, int status,
                             const Result<QJsonObject> &body)
{
    if (op->finished)
        return;
    op->finished = true;
    if (op->context && op->done)
        op->done(status, body);
    pump();
}

} // namespace SyncLens
