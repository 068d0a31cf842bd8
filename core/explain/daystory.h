#pragma once

#include "model/journalentry.h"
#include "model/result.h"

#include <QCoreApplication>
#include <QDate>

namespace SyncLens {

class OrgStore;

// What happened to one person's meetings, tasks and contacts on one day, in
// sentences, for the day view an end user reads ("why did my meeting
// disappear on Tuesday?"): each decision of their mailbox that day, and each
// change that made the engine decide again (their filters, their mailbox,
// the org's settings), in time order.
class DayStory
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::DayStory)

public:
    struct Line
    {
        QDateTime time;
        QString itemId;   // empty for a cause
        QString title;    // the item's subject or name; the cause's summary
        QString sentence; // what happened and why
        bool isCause = false;
        qint64 causeEventId = 0;
    };

    // Lines beyond this are counted, not told: the list stays short.
    static constexpr int MaxLines = 150;

    struct Story
    {
        QString userId;
        QString userName;
        QString mailboxId;
        QDateTime from; // the day, in UTC (the org's clock speaks UTC)
        QDateTime to;
        QList<Line> lines;
        int untold = 0; // decisions left out past MaxLines
    };

    // Fails (NotFound) naming the user when there is no such user or mailbox.
    static Result<Story> tell(OrgStore &store, const QString &userId, const QDate &day);
};

} // namespace SyncLens
