#pragma once

#include "model/reasoncode.h"

#include <QList>
#include <QString>

#include <array>

namespace SyncLens {

// The two sides of a mailbox on the timeline: the Exchange copy and the CRM copy.
enum class TimelineLane : quint8
{
    Exchange,
    Crm
};
inline constexpr int TimelineLaneCount = 2;

// What a decision did to an item, as the timeline shows it (DESIGN.md, the
// four surfaces, 2): one colour and one shape per kind.
enum class TimelineMark : quint8
{
    Tracked,     // synchronised, linked on both sides
    NotTracked,  // stays in Exchange only
    OutOfScope,  // no sync filter matches: CRM only
    LeftScope,   // matched before, no longer does
    Overwritten, // an Exchange edit overwrote a CRM value
    Deleted,     // a copy, or the record, was deleted
    Updated,     // a change moved between the sides (neutral)
    Health,      // the mailbox itself: not approved, failing, recovered
    BackInScope, // in the filters again: the copy caught up
    DeleteKept   // deleted on one side, the other copy kept, unlinked
};
inline constexpr int TimelineMarkCount = 10;

// Which lanes one decision appears on, and as which kind of mark.
struct TimelinePlacement
{
    bool exchange = false;
    bool crm = false;
    TimelineMark mark = TimelineMark::Updated;

    bool onLane(TimelineLane lane) const { return lane == TimelineLane::Exchange ? exchange : crm; }
    friend bool operator==(const TimelinePlacement &, const TimelinePlacement &) = default;
};

// The one place that maps a reason code (sss-model.md) to lanes and a mark.
TimelinePlacement timelinePlacement(ReasonCode code);

// Stable names for tests, logs and settings ("TRACKED", "NOT_TRACKED", …).
QString timelineMarkName(TimelineMark mark);
QList<TimelineMark> allTimelineMarks();

// Counts of each kind of mark, indexed by TimelineMark.
using TimelineMarkCounts = std::array<quint32, TimelineMarkCount>;

} // namespace SyncLens
