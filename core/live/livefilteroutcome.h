#pragma once

#include "model/syncfilter.h"

#include <QMetaType>
#include <QString>

#include <optional>

namespace SyncLens {

// Two versions of one sync filter after a 412 (someone changed or removed it
// since it was read): ours, as we meant to write it, and theirs, as the org
// has it now (re-read), so that a person can compare and pick. Nothing has
// been overwritten.
struct LiveFilterConflict
{
    SyncFilter ours;
    QString oursETag;                 // the ETag ours was based on (stale)
    std::optional<SyncFilter> theirs; // nullopt: the org no longer has it
    QString theirsETag;
};

// How one write of a sync filter to a live org ended.
struct LiveFilterOutcome
{
    enum class Status
    {
        Done,      // written to the org and kept in the local history
        Conflict,  // 412: `conflict` holds both versions; nothing written
        Forbidden, // 403: the message names the privilege
        Failed,    // the org or the network failed; nothing known written
        Refused,   // refused before any request (read-only, not a sync filter, …)
        Cancelled, // cancelled before the write was sent
    };

    Status status = Status::Failed;
    QString filterId;
    QString userId;
    std::optional<SyncFilter> after; // as the org has it now; nullopt when deleted
    QString etag;                    // the ETag after the write
    std::optional<LiveFilterConflict> conflict;
    QString message;      // translated, one line, for Conflict … Cancelled
    qint64 versionId = 0; // the filter history's version recorded for the write
    int httpStatus = 0;
};

// "done", "conflict", "forbidden", "failed", "refused", "cancelled" (for JSON).
QString liveFilterStatusName(LiveFilterOutcome::Status status);

} // namespace SyncLens

Q_DECLARE_METATYPE(SyncLens::LiveFilterOutcome)
