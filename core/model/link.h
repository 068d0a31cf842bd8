#pragma once

#include <QDateTime>
#include <QString>

namespace SyncLens {

// The tie between a CRM record and its copy in one mailbox.
struct Link
{
    enum class State
    {
        Linked,    // both copies exist and synchronise
        Untracked, // the Exchange copy was deleted with `untrack`: never sent again
    };

    QString mailboxId;
    QString itemId;
    State state = State::Linked;
    bool inScope = false; // whether the record was in the user's scope at the last cycle
    QDateTime lastSynced;

    friend bool operator==(const Link &, const Link &) = default;
};

} // namespace SyncLens
