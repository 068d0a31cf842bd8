#pragma once

#include <QByteArray>
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
    // value differs from these has changed it since. Kept as the compact JSON
    // text the store holds: every link of every mailbox stays in memory
    // through a cycle, and as QJsonObjects they took 286 MB (about 380 bytes
    // each) of a 1M-item org's first cycle.
    QByteArray syncedJson = QByteArrayLiteral("{}");

    bool isLinked() const { return state == State::Linked; }
    QJsonObject synced() const;
    void setSynced(const QJsonObject &values);

    friend bool operator==(const Link &, const Link &) = default;
};

QString linkStateName(Link::State state);
std::optional<Link::State> linkStateFromName(QStringView name);

} // namespace SyncLens
