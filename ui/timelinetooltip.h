#pragma once

#include "timeline/timelineticks.h"
#include "timelinegeometry.h"

#include <QCoreApplication>

namespace SyncLens {

// What the timeline says about the thing under the pointer: for a mark, the
// item, its reason code and kind, the mailbox and lane, and the time; for a
// pile of marks at one instant or a column of a zoomed-out row, the counts.
class TimelineToolTip
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::TimelineToolTip)

public:
    static QString text(const TimelineData &data, const TimelineHit &hit,
                        const TimelineTicks &ticks);

private:
    static QString where(const TimelineData &data, int row);
    static QString markText(const TimelineData &data, const TimelineHit &hit,
                            const TimelineTicks &ticks);
    static QString countsText(const TimelineData &data, const TimelineHit &hit,
                              const TimelineTicks &ticks);
};

} // namespace SyncLens
