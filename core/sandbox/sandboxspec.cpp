#include "sandboxspec.h"

#include <QCoreApplication>

namespace SyncLens {

Result<void> SandboxSpec::validate() const
{
    if (users < 1 || users > 10000) {
        return makeError(Error::Code::InvalidArgument,
                         tr("the number of users must be from 1 to 10000, not %1").arg(users));
    }
    if (items < 0 || items > 50000000) {
        return makeError(Error::Code::InvalidArgument,
                         tr("the number of items must be from 0 to 50000000, not %1").arg(items));
    }
    if (historyDays < 0 || historyDays > MaxHistoryDays) {
        return makeError(Error::Code::InvalidArgument,
                         tr("the days of history must be from 0 to %1, not %2")
                             .arg(MaxHistoryDays)
                             .arg(historyDays));
    }
    if (historyDays > 0 && items > MaxHistoryItems) {
        return makeError(Error::Code::InvalidArgument,
                         tr("an org with a history can have at most %1 items, not %2")
                             .arg(MaxHistoryItems)
                             .arg(items));
    }
    if (!now.isValid())
        return makeError(Error::Code::InvalidArgument, tr("the org's clock is not a valid time"));
    return {};
}

} // namespace SyncLens
