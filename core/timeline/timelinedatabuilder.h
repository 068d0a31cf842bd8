#pragma once

#include "model/journalentry.h"
#include "timelinedata.h"

#include <QHash>

#include <memory>
#include <span>
#include <vector>

namespace SyncLens {

// Collects journal decisions and turns them into a TimelineData: interns the
// ids, splits each decision onto its lanes (timelinePlacement()), links the
// Exchange and CRM marks of the same item at the same cycle, sorts, and
// counts the checkpoints. Plain data, no Qt objects: usable on any thread.
class TimelineDataBuilder
{
public:
    // Mailboxes stack in the order they are added; add() adds unknown ones
    // with their id as label.
    int addMailbox(const QString &mailboxId, const QString &label);
    void reserve(qsizetype decisions);

    void add(const JournalEntry &entry);
    void add(qint64 timeMs, qint64 cycle, int mailbox, const QString &itemId, ReasonCode code);

    // A marker; causes may come in any order.
    void addCause(TimelineCause cause) { m_causes.push_back(std::move(cause)); }

    qsizetype eventCount() const { return qsizetype(m_staged.size()); }
    // Hands the data over; the builder is empty afterwards.
    std::shared_ptr<const TimelineData> build();

private:
    struct Staged
    {
        TimelineEvent event;
        qint64 cycle = 0;
        quint32 entry = 0; // decision order, which breaks ties of time
    };

    quint32 intern(const QString &itemId);
    void link();
    void linkGroup(std::span<const quint32> group);
    void indexItems(TimelineData &data);
    void sortInto(TimelineData &data);
    static void countCheckpoints(TimelineData &data);

    std::vector<Staged> m_staged;
    std::vector<TimelineCause> m_causes;
    QHash<QString, quint32> m_itemIndex;
    QStringList m_itemIds;
    QStringList m_mailboxIds;
    QStringList m_mailboxLabels;
    quint32 m_entries = 0;
};

} // namespace SyncLens
