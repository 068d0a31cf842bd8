#pragma once

#include "dataverseclient.h"
#include "livefilterengineside.h"
#include "model/syncfilter.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>

#include <optional>

namespace SyncLens {

// One record on which SyncLens and Dataverse disagree for a filter.
struct LiveFilterDifference
{
    QString recordId;
    bool inSyncLens = false;  // the engine selects it
    bool inDataverse = false; // the org's answer has it
    QString reason;           // translated: why SyncLens thought otherwise
};

// A filter checked against the org: the records each side selects.
struct LiveFilterCheck
{
    SyncFilter filter;
    qint64 syncLens = 0;
    qint64 dataverse = 0;
    qint64 agreed = 0; // selected by both
    qint64 total = 0;  // selected by either
    QList<LiveFilterDifference> differences;
    bool impersonated = false; // eq-userid by CallerObjectId, else the id substituted
    QString error;             // translated: why it could not be checked
    bool orgRefused = false;   // the error came from the org or the network
    bool agrees() const { return error.isEmpty() && differences.isEmpty(); }
};

struct LiveFilterCheckSummary
{
    QList<LiveFilterCheck> checks;
    qint64 agreed = 0;
    qint64 total = 0;
    int differing = 0; // filters that disagree or could not be checked
    qint64 elapsedMs = 0;
    int requests = 0;
};

// Checks SyncLens's evaluation against Dataverse's own (issue 15): for each
// filter, runs its FetchXML on the org for the filter's user — eq-userid as
// that user by impersonation (CallerObjectId) where the signed-in account
// may, otherwise with the user's id in place of eq-userid — and compares the
// record ids with what the engine selects from the org file
// (LiveFilterEngineSide). A job: start() returns at once, filterChecked()
// reports each filter, finished() comes once; cancel() stops.
class LiveFilterCheckJob final : public QObject
{
    Q_OBJECT

public:
    LiveFilterCheckJob(OrgStore &store, DataverseClient *client, QObject *parent = nullptr);

    void start(const QList<SyncFilter> &filters);
    void cancel();

    // `fetchXml` with each eq-userid (ne-userid) condition made eq (ne) `userId`.
    static QString substituteUser(const QString &fetchXml, const QString &userId);

Q_SIGNALS:
    void filterChecked(const SyncLens::LiveFilterCheck &check);
    void finished(const SyncLens::Result<SyncLens::LiveFilterCheckSummary> &result);

private:
    void readObjectIds();
    void probeImpersonation();
    void checkNext();
    void readServer(const SyncFilter &filter);
    void compare(const SyncFilter &filter, const QSet<QString> &server);
    void fail(const Error &error);

    OrgStore &m_store;
    DataverseClient *m_client;
    QList<SyncFilter> m_filters;
    std::optional<LiveFilterEngineSide> m_engine;
    QHash<QString, QString> m_objectIds; // systemuserid → Entra object id
    bool m_impersonate = false;
    bool m_cancelled = false;
    bool m_done = false;
    int m_at = 0;
    int m_sentBefore = 0;
    QElapsedTimer m_timer;
    LiveFilterCheckSummary m_summary;
};

} // namespace SyncLens

Q_DECLARE_METATYPE(SyncLens::LiveFilterCheck)
