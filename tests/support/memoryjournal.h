#pragma once

#include "model/journalstore.h"

#include <QJsonDocument>

#include <algorithm>

namespace SyncLens::Test {

// A journal in memory, written and read as the engine's journal writer and
// the readers use one: no database, so a test shows that they need nothing
// more of the store than JournalStore (issue 13, point 7).
class MemoryJournal final : public JournalStore
{
public:
    QList<JournalEntry> entries; // in the order appended
    QList<Alert> alertList;

    Result<qint64> appendJournalEntry(const JournalEntry &entry) override
    {
        entries.append(entry);
        entries.last().id = entries.size();
        return qint64(entries.size());
    }
    // The text read back as the object a store's reader would give.
    Result<qint64> appendJournalEntryJson(const JournalEntry &entry,
                                          const QByteArray &factsJson) override
    {
        QJsonParseError error;
        JournalEntry parsed = entry;
        parsed.facts = QJsonDocument::fromJson(factsJson, &error).object();
        if (error.error != QJsonParseError::NoError)
            return makeError(Error::Code::Corrupt,
                             QStringLiteral("facts are not JSON: %1").arg(error.errorString()));
        return appendJournalEntry(parsed);
    }
    Result<qint64> addAlert(const Alert &alert) override
    {
        alertList.append(alert);
        return qint64(alertList.size());
    }
    Result<QList<JournalEntry>> journal(const ItemId &item, const MailboxId &mailbox,
                                        std::optional<ReasonCode> code, int limit) override
    {
        QList<JournalEntry> found;
        for (auto it = entries.crbegin(); it != entries.crend() && found.size() < limit; ++it) {
            if ((item.isEmpty() || it->itemId == item.text()) &&
                (mailbox.isEmpty() || it->mailboxId == mailbox.text()) &&
                (!code || it->code == *code))
                found.append(*it);
        }
        return found;
    }
    Result<QList<JournalEntry>> journalForItem(const QString &itemId) override
    {
        return journal(ItemId(itemId), {}, std::nullopt, int(entries.size()));
    }
    Result<QList<JournalEntry>> latestJournalForItem(const QString &itemId, int limit) override
    {
        auto found = journal(ItemId(itemId), {}, std::nullopt, limit);
        std::reverse(found->begin(), found->end());
        return found;
    }
    Result<QList<JournalEntry>> journalForMailbox(const QString &mailboxId, const QDateTime &from,
                                                  const QDateTime &to, int limit) override
    {
        QList<JournalEntry> found;
        for (const JournalEntry &e : std::as_const(entries)) {
            if (e.mailboxId == mailboxId && e.time >= from && e.time < to && found.size() < limit)
                found.append(e);
        }
        return found;
    }
    Result<void>
    forEachJournalEntry(const QString &mailboxId, const QDateTime &from, const QDateTime &to,
                        const std::function<bool(const JournalEntry &)> &visit) override
    {
        for (const JournalEntry &e : std::as_const(entries)) {
            const bool inRange =
                (!from.isValid() || e.time >= from) && (!to.isValid() || e.time < to);
            if (e.mailboxId == mailboxId && inRange && !visit(e))
                break;
        }
        return {};
    }
    Result<QHash<ReasonCode, qint64>> journalCountsByCode(const QString &mailboxId) override
    {
        QHash<ReasonCode, qint64> counts;
        for (const JournalEntry &e : std::as_const(entries)) {
            if (mailboxId.isEmpty() || e.mailboxId == mailboxId)
                ++counts[e.code];
        }
        return counts;
    }
    Result<QList<Alert>> alerts(const QString &mailboxId) override
    {
        QList<Alert> found;
        for (const Alert &a : std::as_const(alertList)) {
            if (a.mailboxId == mailboxId)
                found.append(a);
        }
        return found;
    }
    Result<QHash<QString, int>> alertCountsByMailbox() override
    {
        QHash<QString, int> counts;
        for (const Alert &a : std::as_const(alertList))
            ++counts[a.mailboxId];
        return counts;
    }
};

} // namespace SyncLens::Test
