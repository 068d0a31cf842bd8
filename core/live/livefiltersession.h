#pragma once

#include "dataverseclient.h"
#include "liveconnection.h"
#include "livefilterbulkapply.h"
#include "livefiltercheck.h"
#include "livefilterwriter.h"

#include <QObject>

#include <memory>

namespace SyncLens {

class OrgStore;

// The filter designer's way to a live org's sync filters: one connection
// (its Dataverse client and whether it is read-only) and the org's file.
// Each write opens the file read-write for as long as it runs (the window's
// other readers keep their read-only stores), writes through
// LiveFilterWriter or LiveFilterBulkApply, and lets go of the file when
// the outcome is out; a check runs LiveFilterCheckJob the same way. One
// job at a time; each ends with exactly one signal, also when the file
// cannot be opened (a Failed outcome naming the file).
class LiveFilterSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveFilterSession)

public:
    LiveFilterSession(const QString &orgPath, LiveConnection connection, QObject *parent = nullptr);
    ~LiveFilterSession() override;

    bool isReadOnly() const { return m_connection.readOnly; }
    bool isBusy() const { return m_store != nullptr; }
    QString orgHost() const { return m_connection.settings.orgUrl.host(); }
    DataverseClient &client() { return m_client; }
    // Who the history names as the author (empty: the operating system's user).
    void setAuthor(const QString &author) { m_author = author; }

    // LiveFilterWriter's writes (see there); finished() follows.
    void save(const SyncFilter &filter, const QString &etag = {});
    void create(const SyncFilter &filter, const QString &kind = QStringLiteral("outlook"));
    void remove(const QString &filterId);
    void undo(const QString &filterId);
    // After a conflict: their version kept in the file (no request).
    Result<void> acceptTheirs(const LiveFilterConflict &conflict);
    // LiveFilterBulkApply: userDone() for each user, then bulkFinished().
    void applyToUsers(const SyncFilter &definition, const QStringList &userIds);
    // LiveFilterCheckJob for `filters`: checkFinished().
    void check(const QList<SyncFilter> &filters);
    // Stops the running job before its next request.
    void cancel();

Q_SIGNALS:
    void started();
    void finished(const SyncLens::LiveFilterOutcome &outcome);
    void userDone(const SyncLens::LiveFilterOutcome &outcome);
    void bulkFinished(const QList<SyncLens::LiveFilterOutcome> &outcomes);
    void checkFinished(const SyncLens::Result<SyncLens::LiveFilterCheckSummary> &result);

private:
    // Opens the file read-write; on failure the job ends with `failed`.
    bool openStore(const std::function<void(const QString &message)> &failed,
                   bool forWriting = true);
    LiveFilterWriter *newWriter();
    void release();
    void endWith(const SyncFilter &filter, const QString &message);

    QString m_orgPath;
    LiveConnection m_connection;
    DataverseClient m_client;
    QString m_author;
    std::unique_ptr<OrgStore> m_store;
    QObject *m_job = nullptr; // the writer, bulk apply or check running
    std::function<void()> m_cancelJob;
};

} // namespace SyncLens
