#pragma once

#include "dataverseclient.h"
#include "livefilteroutcome.h"
#include "model/filterversion.h"
#include "model/result.h"

#include <QObject>

#include <functional>

namespace SyncLens {

class OrgStore;

// Writes a live org's sync filters (user queries of type 256 and 16) the
// safe way, as a job like LiveImportJob: each call returns at once and
// finished() comes exactly once with how it ended. One write at a time.
//
// Before each change of an existing filter it reads the org's row: a query
// that is not a sync filter is refused, and a row whose ETag differs from the
// one the filter was read with is a conflict. Then it writes with If-Match
// on that ETag; a 412 (changed meanwhile) is a conflict carrying both
// versions (theirs re-read). Nothing is overwritten blindly. A read-only
// writer refuses every write before any request. Each write that the org
// accepted is kept in the local filter history (FilterHistory: who, when,
// user, the version before and after) with the org and the ETags
// (schema 9), and the filter's new ETag is kept for the next write.
class LiveFilterWriter final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        bool readOnly = false;
        QString author; // empty: the operating system's user
    };

    LiveFilterWriter(OrgStore &store, DataverseClient *client, Options options,
                     QObject *parent = nullptr);
    ~LiveFilterWriter() override;

    bool isBusy() const { return m_busy; }
    bool isReadOnly() const { return m_options.readOnly; }

    // Writes the name, FetchXML and state of an existing filter, with
    // If-Match on `etag` (empty: the ETag it was read or last written with;
    // after a conflict, theirsETag to write ours over theirs knowingly).
    void save(const SyncFilter &filter, const QString &etag = {});
    // Creates `filter` (its id is kept, or made) for filter.userId; `kind`
    // "outlook" (querytype 256) or "offline" (16).
    void create(SyncFilter filter, const QString &kind = QStringLiteral("outlook"));
    void rename(const QString &filterId, const QString &name);
    void setActive(const QString &filterId, bool active);
    void remove(const QString &filterId);
    // Writes the version before the filter's latest change (FilterHistory::
    // undoTarget), again with If-Match on its current ETag: a creation is
    // taken back by a delete, a delete by creating it again with its id.
    void undo(const QString &filterId);
    // After a conflict: keeps their version locally (no request).
    Result<void> acceptTheirs(const LiveFilterConflict &conflict);
    // Stops before the next request; a write already sent is still recorded.
    void cancel();

Q_SIGNALS:
    void finished(const SyncLens::LiveFilterOutcome &outcome);

private:
    enum class Op
    {
        Patch,
        Create,
        Delete
    };
    enum class Local
    {
        Save,
        Remove,
        Undo
    };
    struct Pending
    {
        Op op = Op::Patch;
        Local local = Local::Save;
        SyncFilter filter; // as it is to be (for a delete: as it is)
        QString etag;      // If-Match
        QString kind;
    };

    void start(Pending pending);
    bool begin(const Pending &pending);
    void end(LiveFilterOutcome outcome);
    void endWith(LiveFilterOutcome::Status status, const QString &message, int http = 0);
    std::optional<SyncFilter> localFilter(const QString &filterId);
    void patchStored(const QString &filterId, const std::function<void(SyncFilter &)> &change);
    void readRow(std::function<void(int status, const Result<QJsonObject> &)> then);
    void checked(int status, const Result<QJsonObject> &row);
    void send();
    void written(int status, const Result<QJsonObject> &body);
    void conflict(const std::optional<QJsonObject> &theirsRow);
    void refusedByOrg(int status, const Error &error);
    Result<FilterVersion> recordLocally(const std::optional<SyncFilter> &after,
                                        const QString &etag);
    DataverseRequest request(const QString &what) const;

    OrgStore &m_store;
    DataverseClient *m_client;
    Options m_options;
    Pending m_pending;
    bool m_busy = false;
    bool m_cancelled = false;
};

} // namespace SyncLens
