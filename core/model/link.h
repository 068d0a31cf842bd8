#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace SyncLens {

// What one mailbox knows of one item: the tie between a CRM record and its
// copy in the mailbox, or the fact that the item was decided and left apart.
struct Link
{
    enum class State
    {
        Linked,    // both copies exist and synchronise
        Untracked, // the Exchange copy was deleted with `untrack`: never sent again
        Decided,   // decided at least once, never linked (not in scope, not tracked)
    };

    QString mailboxId;
    QString itemId;
    State state = State::Linked;
    bool inScope = false; // whether the record was in the user's scope at the last cycle
    QDateTime lastSynced;
    // The values both sides last agreed on, per synced field: a side whose
    // value differs from these has changed it since.
    QJsonObject synced;

    bool isLinked() const { return state == State::Linked; }

    friend bool operator==(const Link &, const Link &) = default;
};

QString linkStateName(Link::State state);
std::optional<Link::State> linkStateFromName(QStringView name);

} // namespace SyncLens
