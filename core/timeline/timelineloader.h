#pragma once

#include "model/result.h"
#include "timelinedata.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <atomic>
#include <memory>

namespace SyncLens {

class OrgStore;

// Reads the journal of some mailboxes into a TimelineData. A plain function
// over a store, with no widgets and no event loop: a worker thread opens its
// own (read-only) OrgStore on the org file and calls load(), then hands the
// shared, immutable result to the widget through a queued signal.
class TimelineLoader
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::TimelineLoader)

public:
    // The decisions of `mailboxIds` (every mailbox when empty, in id order)
    // with from <= time < to (an invalid end is open), stacked in that order
    // and labelled with their users' names. Checks `cancel` while reading and
    // then fails with Error::Code::Cancelled.
    static Result<std::shared_ptr<const TimelineData>>
    load(OrgStore &store, const QStringList &mailboxIds = {}, const QDateTime &from = {},
         const QDateTime &to = {}, const std::atomic_bool *cancel = nullptr);
};

} // namespace SyncLens
