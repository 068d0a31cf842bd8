#pragma once

#include "timelinecause.h"
#include "timelineevent.h"

#include <QStringList>

#include <optional>
#include <span>
#include <utility>
#include <vector>

namespace SyncLens {

// The timeline's marks for one or several mailboxes, immutable once built
// (TimelineDataBuilder, TimelineLoader), so one instance can be shared between
// the thread that loads it and the widget that paints it.
//
// Each mailbox has two rows, its Exchange lane and its CRM lane (rowOf()).
// Events are grouped by row and sorted by time within a row, so the events of
// a row in a time range are one slice found by binary search. Every
// CheckpointStride events the counts of each kind so far are kept, so counting
// a range touches at most 2 × CheckpointStride events whatever its size: a
// zoomed-out paint of a million events costs one lookup per pixel column.
class TimelineData
{
public:
    static constexpr qsizetype CheckpointStride = 16;

    int mailboxCount() const { return int(m_mailboxIds.size()); }
    QString mailboxId(int mailbox) const { return m_mailboxIds.at(mailbox); }
    QString mailboxLabel(int mailbox) const { return m_mailboxLabels.at(mailbox); }
    int mailboxIndex(const QString &mailboxId) const
    {
        return int(m_mailboxIds.indexOf(mailboxId));
    }

    int rowCount() const { return mailboxCount() * TimelineLaneCount; }
    static int rowOf(int mailbox, TimelineLane lane) { return mailbox * 2 + int(lane); }
    static int mailboxOfRow(int row) { return row / 2; }
    static TimelineLane laneOfRow(int row) { return static_cast<TimelineLane>(row % 2); }
    qsizetype rowBegin(int row) const { return m_rowBegin.at(row); }
    qsizetype rowEnd(int row) const { return m_rowBegin.at(row + 1); }
    static int rowOf(const TimelineEvent &e) { return rowOf(e.mailbox, e.lane()); }

    qsizetype eventCount() const { return qsizetype(m_events.size()); }
    const TimelineEvent &event(qsizetype index) const { return m_events[size_t(index)]; }
    const std::vector<TimelineEvent> &events() const { return m_events; }
    bool isEmpty() const { return m_events.empty(); }
    // The earliest and the latest time of any event (0 when empty).
    qint64 firstTime() const { return m_firstTime; }
    qint64 lastTime() const { return m_lastTime; }

    QString itemId(quint32 item) const { return m_itemIds.at(item); }
    std::optional<quint32> findItem(const QString &itemId) const;
    // The first event of `item` (in `mailbox`, or any when -1; any lane) at
    // or after `time`, or its last one before; -1 when the item has none.
    qsizetype findEvent(quint32 item, qint64 time = 0, int mailbox = -1) const;

    // The event of `row` nearest to `time` (the earlier one on a tie), or -1
    // when the row is empty: where keyboard selection lands in another row.
    qsizetype nearestInRow(int row, qint64 time) const;

    // The events of `row` with from <= time < to, as [first, last).
    std::pair<qsizetype, qsizetype> eventsIn(int row, qint64 from, qint64 to) const;
    // How many events of each kind lie in [first, last) (one row's slice).
    TimelineMarkCounts countsBetween(qsizetype first, qsizetype last) const;
    TimelineMarkCounts countsIn(int row, qint64 from, qint64 to) const;

    // The counts per column of `row` for [from, to) cut into columns.size()
    // columns: column c holds the times from columnStart(c) up to
    // columnStart(c + 1). Costs O(columns × (log n + CheckpointStride)).
    void columnCounts(int row, qint64 from, qint64 to, std::span<TimelineMarkCounts> columns) const;
    static qint64 columnStart(qint64 from, qint64 to, qsizetype columns, qsizetype column);

    // The causes shown as markers, in time order (few: hundreds at most).
    const std::vector<TimelineCause> &causes() const { return m_causes; }
    // The causes at from <= time < to, as [first, last) into causes().
    std::pair<qsizetype, qsizetype> causesIn(qint64 from, qint64 to) const;
    // The cause of `eventId` (an org event), or -1.
    qsizetype findCause(qint64 eventId) const;

    // Memory held, in bytes: events, checkpoints, id tables.
    qsizetype bytes() const;

private:
    friend class TimelineDataBuilder;
    TimelineMarkCounts countsBefore(qsizetype index) const;
    // The first event in [first, end) (one row's) at or after `time`.
    qsizetype seek(qsizetype first, qsizetype end, qint64 time) const;

    std::vector<TimelineEvent> m_events;
    std::vector<TimelineCause> m_causes;
    std::vector<qsizetype> m_rowBegin{0};
    // m_checkpoints[k]: counts of each kind among events [0, k × CheckpointStride).
    std::vector<TimelineMarkCounts> m_checkpoints;
    // m_checkpointTimes[k]: the time of event k × CheckpointStride.
    std::vector<qint64> m_checkpointTimes;
    QStringList m_itemIds;
    std::vector<quint32> m_itemOrder; // item indexes sorted by id, for findItem()
    QStringList m_mailboxIds;
    QStringList m_mailboxLabels;
    qint64 m_firstTime = 0;
    qint64 m_lastTime = 0;
};

} // namespace SyncLens
