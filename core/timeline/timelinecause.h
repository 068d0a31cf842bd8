#pragma once

#include <QString>
#include <QtGlobal>

namespace SyncLens {

// A change that made the engine decide again, as the timeline draws it: a
// labelled vertical marker across the rows of the mailbox it concerns (or
// across every row, for an org setting), told in plain language when hovered.
struct TimelineCause
{
    enum class Kind
    {
        Filter,         // a sync filter saved, removed or brought back
        Setting,        // an org setting
        EmailFiltering, // a user's automatic email tracking
        Mailbox,        // approved, enabled or disabled by an admin
        Failing,        // the mailbox started failing (from its alerts)
        Recovered,      // … and recovered
    };

    qint64 time = 0; // ms since the epoch, UTC
    Kind kind = Kind::Filter;
    int mailbox = -1;     // index into TimelineData's mailboxes; -1: every one
    qint64 eventId = 0;   // the org event (0 for those read from alerts)
    qint64 versionId = 0; // for a filter: the version it made
    QString title;        // what changed, by whom (CauseStory)
    QString before;
    QString after;

    bool spansAll() const { return mailbox < 0; }
};

} // namespace SyncLens
