#pragma once

#include "model/result.h"
#include "timelinedatabuilder.h"

#include <QDateTime>
#include <QHash>

namespace SyncLens {

class OrgStore;

// Reads the causes of the shown mailboxes' decisions into a builder: the
// org events (filters, settings, email tracking, mailbox actions) and, from
// each mailbox's alerts, when it started failing and when it recovered. An
// org setting concerns every mailbox; a user's change, that user's mailbox.
class TimelineCauseLoader
{
public:
    // `mailboxes`: mailbox id → its index in the builder.
    static Result<void> load(OrgStore &store, const QHash<QString, int> &mailboxes,
                             const QDateTime &from, const QDateTime &to,
                             TimelineDataBuilder &builder);

private:
    static Result<void> loadEvents(OrgStore &store, const QHash<QString, int> &mailboxes,
                                   const QDateTime &from, const QDateTime &to,
                                   TimelineDataBuilder &builder);
    static Result<void> loadHealth(OrgStore &store, const QHash<QString, int> &mailboxes,
                                   const QDateTime &from, const QDateTime &to,
                                   TimelineDataBuilder &builder);
};

} // namespace SyncLens
