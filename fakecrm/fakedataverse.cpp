#include "fakedataverse.h"

#include "fakeroutes.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace SyncLens::Fake {

namespace {

const QString kApiPrefix = QStringLiteral("/api/data/v9.2/");

using Status = QHttpServerResponder::StatusCode;

void send(QHttpServerResponder &responder, int status, const QByteArray &body,
          const QList<QPair<QByteArray, QByteArray>> &headers,
          const QByteArray &type = QByteArrayLiteral("application/json; odata.metadata=minimal"))
{
    responder.writeStatusLine(Status(status));
    responder.writeHeader("Content-Type", type);
    responder.writeHeader("OData-Version", "4.0");
    for (const auto &[key, value] : headers)
        responder.writeHeader(key, value);
    responder.writeHeader("Content-Length", QByteArray::number(body.size()));
    responder.writeBody(body);
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    for (const auto &[key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    default:
        return "OTHER";
    }
}

} // namespace

FakeDataverse::FakeDataverse(FakeOrgData data, QObject *parent)
    : QObject(parent)
    , m_data(std::move(data))
    , m_server(std::make_unique<QHttpServer>())
{
    m_server->setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            handle(request, std::move(responder));
        });
}

FakeDataverse::~FakeDataverse() = default;

quint16 FakeDataverse::listen(quint16 port)
{
    m_port = m_server->listen(QHostAddress::LocalHost, port);
    return m_port;
}

QUrl FakeDataverse::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

void FakeDataverse::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    const QString path = request.url().path();
    if (request.method() == QHttpServerRequest::Method::Post &&
        path.endsWith(QLatin1String("/oauth2/v2.0/token"))) {
        token(request, responder);
        return;
    }
    if (request.method() == QHttpServerRequest::Method::Post &&
        path.endsWith(QLatin1String("/oauth2/v2.0/devicecode"))) {
        deviceCode(request, responder);
        return;
    }
    if (!path.startsWith(kApiPrefix)) {
        send(responder, 404, QByteArrayLiteral("<html><body>Not Found</body></html>"), {},
             QByteArrayLiteral("text/html"));
        return;
    }
    const QByteArray method = methodName(request.method());
    m_requestLog.append(QString::fromLatin1(method) + u' ' + path.mid(kApiPrefix.size()));
    const int number = ++m_apiRequests;
    const auto fault = m_faults.at(number);
    if (fault == FakeFaults::Kind::Drop)
        return dropMidAnswer(responder);
    if (fault == FakeFaults::Kind::ExpiredToken)
        m_tokens.clear(); // every token issued so far has expired

    const QString resource = path.mid(kApiPrefix.size());
    QPointer<QTcpSocket> socket = responder.socket();
    auto shared = std::make_shared<QHttpServerResponder>(std::move(responder));
    ++m_inFlight;
    m_maxConcurrent = std::max(m_maxConcurrent, m_inFlight);
    // Answers come from the event loop, so that concurrent requests overlap
    // here as they would at a real server.
    const int delay = fault == FakeFaults::Kind::Slow ? m_faults.slowMs : 0;
    ApiRequest call{request.url(),
                    header(request, "Authorization"),
                    header(request, "Prefer"),
                    QString::fromLatin1(header(request, "CallerObjectId")),
                    method,
                    request.body(),
                    header(request, "If-Match")};
    QTimer::singleShot(delay, this, [this, call, shared, resource, fault, socket] {
        --m_inFlight;
        if (!socket || socket->state() != QAbstractSocket::ConnectedState)
            return; // the client gave up waiting (a timeout): nobody to answer
        if (fault == FakeFaults::Kind::Throttle) {
            const FakeReply r = FakeRoutes::error(
                429, QStringLiteral("0x80072322"),
                QStringLiteral("Number of requests exceeded the limit of 6000 over time window "
                               "of 300 seconds."));
            send(*shared, 429, json(r.body),
                 {{"Retry-After", QByteArray::number(m_faults.retryAfterSeconds)}});
            return Q_EMIT requestServed(resource, 429);
        }
        if (fault == FakeFaults::Kind::Unavailable) {
            send(*shared, 503,
                 json(FakeRoutes::error(503, {}, QStringLiteral("Service Unavailable")).body), {});
            return Q_EMIT requestServed(resource, 503);
        }
        api(call, *shared, resource, fault == FakeFaults::Kind::Truncate);
    });
}

void FakeDataverse::dropMidAnswer(QHttpServerResponder &responder)
{
    // The connection breaks in the middle of an answer: closed before any
    // byte, Qt's network stack would silently send a GET again itself (up to
    // three times), so the client would never see the fault.
    responder.writeStatusLine(Status::Ok);
    responder.writeHeader("Content-Type", "application/json; odata.metadata=minimal");
    responder.writeHeader("Content-Length", "4096");
    QTcpSocket *socket = responder.socket();
    socket->write(QByteArrayLiteral("\r\n{\"value\":["));
    socket->disconnectFromHost(); // after what was written has gone out
    Q_EMIT requestServed(QStringLiteral("(dropped)"), 0);
}

void FakeDataverse::api(const ApiRequest &request, QHttpServerResponder &responder,
                        const QString &resource, bool truncate)
{
    const QByteArray &authorization = request.authorization;
    if (!authorization.startsWith("Bearer ") ||
        !m_tokens.contains(QString::fromLatin1(authorization.mid(7)))) {
        const FakeReply r =
            FakeRoutes::error(401, QStringLiteral("0x80040220"),
                              QStringLiteral("The access token is invalid or has expired."));
        send(responder, 401, json(r.body),
             {{"WWW-Authenticate", "Bearer authorization_uri=" + url().toString().toLatin1() + "/" +
                                       tenant.toLatin1() + "/oauth2/authorize"}});
        return Q_EMIT requestServed(resource, 401);
    }
    const QUrlQuery query(request.url);
    const QByteArray &prefer = request.prefer;
    const QString &caller = request.callerObjectId;
    FakeReply reply;
    if (resource == u"WhoAmI" || resource == u"WhoAmI()") {
        reply.body = QJsonObject{{QStringLiteral("BusinessUnitId"),
                                  QStringLiteral("00000000-0000-0000-0000-0000000000b1")},
                                 {QStringLiteral("UserId"), m_data.applicationUserId()},
                                 {QStringLiteral("OrganizationId"),
                                  QStringLiteral("00000000-0000-0000-0000-0000000000f1")}};
    } else if (deniedEntitySets.contains(resource)) {
        reply = FakeRoutes::error(
            403, QStringLiteral("0x80040220"),
            QStringLiteral("Principal user (Id=%1, type=8) is missing a read privilege on %2.")
                .arg(m_data.applicationUserId(), resource));
    } else if (!caller.isEmpty() && !adminFilters) {
        reply = FakeRoutes::error(
            403, QStringLiteral("0x80040220"),
            QStringLiteral("The user %1 lacks the privilege prvActOnBehalfOfAnotherUser.")
                .arg(m_data.applicationUserId()));
    } else if (FakeWriteRoutes::handles(request.method, resource)) {
        reply = write(request, resource, callerOf(request));
    } else if (request.method != "GET") {
        reply = FakeRoutes::error(405, {},
                                  QStringLiteral("The method is not allowed on %1.").arg(resource));
    } else if (const auto *set = m_data.entitySet(resource)) {
        const QString fetch = query.queryItemValue(QStringLiteral("fetchXml"), QUrl::FullyDecoded);
        FakeRoutes::Visible visible;
        if (resource == u"userqueries" && !adminFilters) {
            const QString own = m_data.applicationUserId();
            visible = [own](const QJsonObject &row) {
                return row.value(QStringLiteral("_ownerid_value")).toString() == own;
            };
        }
        reply = FakeChangeTracking::asks(request.url, prefer)
                    ? m_tracking.answer(*set, resource, request.url, prefer, maxPageSize)
                : fetch.isEmpty()
                    ? FakeRoutes::collection(*set, request.url, prefer, maxPageSize, visible)
                : FakeFetchEvaluator::needsEvaluation(fetch)
                    ? fetchEvaluated(*set, resource, fetch, request, callerOf(request))
                    : FakeRoutes::fetchXml(*set, resource, fetch, prefer, maxPageSize);
    } else {
        reply = FakeRoutes::error(
            404, QStringLiteral("0x8006088a"),
            QStringLiteral("Resource not found for the segment '%1'.").arg(resource));
    }
    QByteArray body = reply.status == 204 ? QByteArray() : json(reply.body);
    if (truncate && reply.status == 200)
        body = body.left(body.size() / 2);
    send(responder, reply.status, body, reply.headers);
    Q_EMIT requestServed(resource, reply.status);
}

int FakeDataverse::writeRequests() const
{
    int writes = 0;
    for (const QString &line : m_requestLog) {
        if (!line.startsWith(QLatin1String("GET ")))
            ++writes;
    }
    return writes;
}

QString FakeDataverse::callerOf(const ApiRequest &request) const
{
    if (request.callerObjectId.isEmpty())
        return m_data.applicationUserId();
    if (const auto *users = m_data.entitySet(QStringLiteral("systemusers"))) {
        for (const QJsonObject &row : users->rows) {
            if (row.value(QStringLiteral("azureactivedirectoryobjectid")).toString() ==
                request.callerObjectId)
                return row.value(QStringLiteral("systemuserid")).toString();
        }
    }
    return {};
}

FakeReply FakeDataverse::write(const ApiRequest &request, const QString &resource,
                               const QString &caller)
{
    if (caller.isEmpty())
        return FakeRoutes::error(
            400, QStringLiteral("0x80040217"),
            QStringLiteral("No user has the CallerObjectId %1.").arg(request.callerObjectId));
    const FakeWriteRequest call{request.method,  resource,       request.body,
                                request.ifMatch, request.prefer, caller};
    const QString app = m_data.applicationUserId();
    return m_writes.answer(m_data, call, [this, app](const QString &who, const QString &owner) {
        const bool manager = who == app ? adminFilters : filterManagers.contains(who);
        return manager && !outOfReachOwners.contains(owner);
    });
}

FakeReply FakeDataverse::fetchEvaluated(const FakeOrgData::EntitySet &set, const QString &resource,
                                        const QString &fetch, const ApiRequest &request,
                                        const QString &caller)
{
    FakeFetchEvaluator evaluator(m_data);
    evaluator.dropOne = m_faults.checkDiffer;
    const auto ids = evaluator.matching(fetch, caller, QDateTime::currentDateTimeUtc());
    if (!ids)
        return FakeRoutes::error(400, QStringLiteral("0x80041103"),
                                 QStringLiteral("Invalid FetchXML: %1").arg(ids.error().message));
    FakeOrgData::EntitySet matching{set.primaryKey, {}};
    for (const QJsonObject &row : set.rows) {
        if (ids->contains(row.value(set.primaryKey).toString()))
            matching.rows.append(row);
    }
    return FakeRoutes::fetchXml(matching, resource, fetch, request.prefer, maxPageSize,
                                FakeRoutes::Filters::AlreadyApplied);
}

void FakeDataverse::token(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    ++m_tokenRequests;
    const QString path = request.url().path();
    const QString requestedTenant = path.section(u'/', 1, 1);
    QUrlQuery form(QString::fromUtf8(request.body()).replace(u'+', u' '));
    auto value = [&form](const char *key) {
        return form.queryItemValue(QString::fromLatin1(key), QUrl::FullyDecoded);
    };
    auto refuse = [&](int status, const char *error, const QString &description) {
        send(responder, status,
             json({{QStringLiteral("error"), QLatin1String(error)},
                   {QStringLiteral("error_description"), description},
                   {QStringLiteral("error_codes"), QJsonArray{}},
                   {QStringLiteral("timestamp"),
                    QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}}),
             {}, QByteArrayLiteral("application/json"));
    };
    if (requestedTenant != tenant)
        return refuse(400, "invalid_request",
                      QStringLiteral("AADSTS90002: Tenant '%1' not found.").arg(requestedTenant));
    const QString grant = value("grant_type");
    if (grant == u"client_credentials") {
        if (value("client_id") != clientId || value("client_secret") != clientSecret)
            return refuse(401, "invalid_client",
                          QStringLiteral("AADSTS7000215: Invalid client secret provided."));
    } else if (grant == u"urn:ietf:params:oauth:grant-type:device_code") {
        // The person signs in at once: the first poll gets the tokens.
        if (value("client_id") != clientId || !m_deviceCodes.remove(value("device_code")))
            return refuse(400, "expired_token",
                          QStringLiteral("AADSTS70020: The provided value for the input parameter "
                                         "'device_code' is not valid."));
    } else if (grant == u"refresh_token") {
        const QString old = value("refresh_token");
        if (value("client_id") != clientId || !m_refreshTokens.contains(old))
            return refuse(400, "invalid_grant",
                          QStringLiteral("AADSTS700082: The refresh token has expired."));
        m_refreshTokens.remove(old);
    } else {
        return refuse(400, "unsupported_grant_type",
                      QStringLiteral("AADSTS70003: The grant type is not supported."));
    }
    const QString access = QStringLiteral("fake-access-%1").arg(++m_tokenCounter);
    m_tokens.insert(access);
    QJsonObject body{{QStringLiteral("access_token"), access},
                     {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                     {QStringLiteral("expires_in"), 3599}};
    if (grant != u"client_credentials") {
        const QString refresh = QStringLiteral("fake-refresh-%1").arg(m_tokenCounter);
        m_refreshTokens.insert(refresh);
        body.insert(QStringLiteral("refresh_token"), refresh);
        body.insert(QStringLiteral("scope"), value("scope"));
    }
    send(responder, 200, json(body), {}, QByteArrayLiteral("application/json"));
}

} // namespace SyncLens::Fake

namespace SyncLens::Fake {

void FakeDataverse::deviceCode(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    ++m_tokenRequests;
    if (request.url().path().section(u'/', 1, 1) != tenant) {
        send(responder, 400,
             json({{QStringLiteral("error"), QStringLiteral("invalid_request")},
                   {QStringLiteral("error_description"),
                    QStringLiteral("AADSTS90002: Tenant not found.")}}),
             {}, QByteArrayLiteral("application/json"));
        return;
    }
    const QString code = QStringLiteral("fake-device-%1").arg(++m_tokenCounter);
    m_deviceCodes.insert(code);
    const QString uri = url().toString() + QStringLiteral("/devicelogin");
    send(responder, 200,
         json({{QStringLiteral("device_code"), code},
               {QStringLiteral("user_code"), QStringLiteral("FAKE-CODE")},
               {QStringLiteral("verification_uri"), uri},
               {QStringLiteral("expires_in"), 900},
               {QStringLiteral("interval"), 1},
               {QStringLiteral("message"),
                QStringLiteral("To sign in, use a web browser to open the page %1 and enter the "
                               "code FAKE-CODE to authenticate.")
                    .arg(uri)}}),
         {}, QByteArrayLiteral("application/json"));
}

} // namespace SyncLens::Fake
