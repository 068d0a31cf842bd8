#pragma once

#include "fakechangetracking.h"
#include "fakefaults.h"
#include "fakefetchevaluator.h"
#include "fakeorgdata.h"
#include "fakewriteroutes.h"

#include <QObject>
#include <QSet>
#include <QUrl>

#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

namespace SyncLens::Fake {

// A fake Dataverse on 127.0.0.1 alone, serving one sandbox org over the Web
// API as dataverse-web-api.md describes it (entity sets, $select, a $filter
// subset, paging by @odata.nextLink, FetchXML with paging cookies and
// morerecords, null columns omitted from FetchXML results, annotations only
// when Prefer asks for them), WhoAmI, and the Entra v2 token endpoint
// (client_credentials, refresh_token and device_code grants; a device code
// is signed in at its first poll). Faults come from a plan.
// For the program synclens-fakecrm, for tests in-process, for trainers.
class FakeDataverse final : public QObject
{
    Q_OBJECT

public:
    explicit FakeDataverse(FakeOrgData data, QObject *parent = nullptr);
    ~FakeDataverse() override;

    // Listens on 127.0.0.1 (port 0: any free one); returns the port, 0 on failure.
    quint16 listen(quint16 port = 0);
    quint16 port() const { return m_port; }
    // http://127.0.0.1:PORT — both the environment URL and the authority.
    QUrl url() const;

    FakeFaults &faults() { return m_faults; }
    // Change tracking (delta links, deletions, tables without it).
    FakeChangeTracking &changeTracking() { return m_tracking; }
    // The org deletes a row; false when there is none with that id.
    bool deleteRow(const QString &set, const QString &id)
    {
        return m_tracking.deleteRow(m_data, set, id);
    }
    // The org it serves, to change between two reads (tests).
    FakeOrgData &data() { return m_data; }

    // Who may sign in (client_credentials) and where.
    QString tenant = QStringLiteral("fake-tenant");
    // A GUID, as Entra's are (the Connect dialog checks it): the fake's application user's.
    QString clientId = QStringLiteral("11111111-2222-3333-4444-555555555555");
    QString clientSecret = QStringLiteral("fake-secret");
    void addRefreshToken(const QString &token) { m_refreshTokens.insert(token); }

    // Entity sets the signed-in account may not read (403, names the privilege).
    QSet<QString> deniedEntitySets;
    // Whether the caller may read every user's sync filters (prvAdminFilter);
    // without it only its own come, and reading on behalf of others is refused.
    bool adminFilters = true;
    int maxPageSize = 5000; // the server's cap on Prefer: odata.maxpagesize
    // Writes of user queries (fakewriteroutes.h). Users (systemuserid) who
    // may manage other users' sync filters (prvAdminFilter); the signed-in
    // application user may when adminFilters is set.
    QSet<QString> filterManagers;
    // Owners whose filters lie beyond every caller's privilege depth (another
    // business unit): writing them is refused (403) even to a manager.
    QSet<QString> outOfReachOwners;
    // Someone else changes a user query meanwhile (its ETag changes).
    bool touchUserQuery(const QString &id, const QJsonObject &changes)
    {
        return m_writes.touch(m_data, id, changes);
    }
    const FakeOrgData &data() const { return m_data; }
    // Every Web API request in order: "PATCH userqueries(…)", "GET WhoAmI".
    QStringList requestLog() const { return m_requestLog; }
    // How many POST, PATCH, PUT or DELETE requests came.
    int writeRequests() const;

    int apiRequests() const { return m_apiRequests; }
    int tokenRequests() const { return m_tokenRequests; }
    int maxConcurrent() const { return m_maxConcurrent; }
    // The Authorization and secrets it was sent are never logged; tests
    // read these counters only.

Q_SIGNALS:
    void requestServed(const QString &path, int status);

private:
    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void token(const QHttpServerRequest &request, QHttpServerResponder &responder);
    void dropMidAnswer(QHttpServerResponder &responder);
    void deviceCode(const QHttpServerRequest &request, QHttpServerResponder &responder);
    struct ApiRequest
    {
        QUrl url;
        QByteArray authorization;
        QByteArray prefer;
        QString callerObjectId;
        QByteArray method;
        QByteArray body;
        QByteArray ifMatch;
    };
    FakeReply write(const ApiRequest &request, const QString &resource, const QString &caller);
    FakeReply fetchEvaluated(const FakeOrgData::EntitySet &set, const QString &resource,
                             const QString &fetch, const ApiRequest &request,
                             const QString &caller);
    // The systemuserid the request acts as: impersonated or the signed-in one.
    QString callerOf(const ApiRequest &request) const;
    void api(const ApiRequest &request, QHttpServerResponder &responder, const QString &resource,
             bool truncate);

    FakeOrgData m_data;
    FakeWriteRoutes m_writes;
    QStringList m_requestLog;
    std::unique_ptr<QHttpServer> m_server;
    FakeFaults m_faults;
    FakeChangeTracking m_tracking;
    quint16 m_port = 0;
    int m_apiRequests = 0;
    int m_tokenRequests = 0;
    int m_inFlight = 0;
    int m_maxConcurrent = 0;
    int m_tokenCounter = 0;
    QSet<QString> m_tokens;
    QSet<QString> m_refreshTokens;
    QSet<QString> m_deviceCodes;
};

} // namespace SyncLens::Fake
