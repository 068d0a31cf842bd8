#pragma once

#include "alert.h"
#include "ids.h"
#include "journalentry.h"
#include "result.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <functional>
#include <optional>

namespace SyncLens {

// The journal of decisions and the alerts, as the engine writes them and the
// explainer, the why-search, the timeline and the monitor read them: the
// journal's part of OrgStore (issue 13, point 7). OrgStore implements it; a
// test can give the journal writer one in memory.
class JournalStore
{
public:
    // Appends `entry` (its id is ignored) and returns the new entry's id.
    virtual Result<qint64> appendJournalEntry(const JournalEntry &entry) = 0;
    // The same with the facts given as their compact JSON text (`entry.facts`
    // is ignored): the engine writes its busiest decisions' facts so.
    virtual Result<qint64> appendJournalEntryJson(const JournalEntry &entry,
                                                  const QByteArray &factsJson) = 0;
    virtual Result<qint64> addAlert(const Alert &alert) = 0;

    // Entries newest first, narrowed by any of item, mailbox (empty: any), code.
    virtual Result<QList<JournalEntry>> journal(const ItemId &item, const MailboxId &mailbox,
                                                std::optional<ReasonCode> code, int limit) = 0;
    virtual Result<QList<JournalEntry>> journalForItem(const QString &itemId) = 0;
    // The item's latest entries (newest last), at most `limit`.
    virtual Result<QList<JournalEntry>> latestJournalForItem(const QString &itemId, int limit) = 0;
    // A mailbox's decisions with from <= time < to, oldest first, at most `limit`.
    virtual Result<QList<JournalEntry>> journalForMailbox(const QString &mailboxId,
                                                          const QDateTime &from,
                                                          const QDateTime &to, int limit) = 0;
    // The same, streamed and without facts; an invalid `from` or `to` leaves
    // that end open. `visit` returns false to stop early.
    virtual Result<void>
    forEachJournalEntry(const QString &mailboxId, const QDateTime &from, const QDateTime &to,
                        const std::function<bool(const JournalEntry &)> &visit) = 0;
    // How many decisions of each reason code (one mailbox, or all when empty).
    virtual Result<QHash<ReasonCode, qint64>> journalCountsByCode(const QString &mailboxId) = 0;
    virtual Result<QList<Alert>> alerts(const QString &mailboxId) = 0;
    virtual Result<QHash<QString, int>> alertCountsByMailbox() = 0;

protected:
    JournalStore() = default;
    ~JournalStore() = default;
    Q_DISABLE_COPY_MOVE(JournalStore)
};

} // namespace SyncLens
