#pragma once

#include "timelinemark.h"

#include <QtGlobal>

namespace SyncLens {

// One mark on the timeline: a decision as it shows on one lane of one mailbox.
// Compact on purpose (24 bytes), because an org's journal holds millions:
// item and mailbox are indexes into TimelineData's interned id tables, and a
// decision that concerns both sides becomes two events linked to each other.
struct TimelineEvent
{
    static constexpr quint32 NoPartner = 0xffffffffu;

    qint64 time = 0;             // ms since the epoch, UTC
    quint32 item = 0;            // index into TimelineData::itemId()
    quint32 partner = NoPartner; // the same item's mark on the other lane
    quint16 mailbox = 0;         // index into TimelineData::mailboxId()
    quint8 code = 0;             // ReasonCode
    quint8 laneAndMark = 0;      // bit 7: lane; bits 0–6: TimelineMark

    ReasonCode reasonCode() const { return static_cast<ReasonCode>(code); }
    TimelineLane lane() const { return static_cast<TimelineLane>(laneAndMark >> 7); }
    TimelineMark mark() const { return static_cast<TimelineMark>(laneAndMark & 0x7f); }
    bool hasPartner() const { return partner != NoPartner; }

    static quint8 pack(TimelineLane lane, TimelineMark mark)
    {
        return quint8((quint8(lane) << 7) | quint8(mark));
    }
};

static_assert(sizeof(TimelineEvent) <= 32, "the timeline keeps millions of these");

} // namespace SyncLens
