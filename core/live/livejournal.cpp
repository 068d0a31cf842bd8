#include "livejournal.h"

#include "model/correlationmethod.h"
#include "model/recordtypes.h"
#include "store/orgstore.h"
#include "sync/alertfacts.h"

#include <QHash>

namespace SyncLens {

namespace {

const QString kSource = QStringLiteral("source");
const QString kLive = QStringLiteral("live");

Result<QList<JournalEntry>> trackedEmails(OrgStore &store)
{
    const auto mailboxes = store.mailboxes();
    if (!mailboxes)
        return mailboxes.error();
    QHash<QString, QString> mailboxOfUser;
    for (const Mailbox &m : *mailboxes)
        mailboxOfUser.insert(m.userId, m.id);
    QList<JournalEntry> entries;
    auto read = store.forEachCrmRecord(RecordTypes::Email, [&](const CrmRecord &r) {
        const QJsonValue method = r.fields.value(QStringLiteral("correlationmethod"));
        const auto code =
            method.isDouble() ? reasonCodeOfCorrelationMethod(method.toInt()) : std::nullopt;
        const QString mailbox =
            mailboxOfUser.value(r.fields.value(QStringLiteral("ownerid")).toString());
        if (!code || mailbox.isEmpty() || !r.createdOn.isValid())
            return true; // Dynamics named no rule, or the owner has no mailbox here
        JournalEntry e;
        e.time = r.createdOn;
        e.mailboxId = mailbox;
        e.itemId = r.id;
        e.code = *code;
        e.facts = {
            {kSource, kLive},
            {QStringLiteral("correlationmethod"), method.toInt()},
            {QStringLiteral("regarding"), r.fields.value(QStringLiteral("regardingobjectid"))}};
        entries.append(e);
        return true;
    });
    if (!read)
        return read.error();
    return entries;
}

Result<QList<JournalEntry>> healthMarks(OrgStore &store)
{
    const auto counts = store.alertCountsByMailbox();
    if (!counts)
        return counts.error();
    QList<JournalEntry> entries;
    for (const QString &mailbox : counts->keys()) {
        const auto alerts = store.alerts(mailbox);
        if (!alerts)
            return alerts.error();
        for (const Alert &a : *alerts) {
            JournalEntry e;
            e.time = a.time;
            e.mailboxId = a.mailboxId;
            e.code = a.code;
            e.facts = alertJournalFacts(a);
            e.facts.insert(kSource, kLive);
            entries.append(e);
        }
    }
    return entries;
}

} // namespace

Result<qint64> LiveJournal::write(OrgStore &store)
{
    auto emails = trackedEmails(store);
    if (!emails)
        return emails.error();
    auto health = healthMarks(store);
    if (!health)
        return health.error();
    QList<JournalEntry> entries = std::move(*emails) + std::move(*health);
    std::stable_sort(entries.begin(), entries.end(),
                     [](const JournalEntry &a, const JournalEntry &b) { return a.time < b.time; });
    for (const JournalEntry &e : std::as_const(entries)) {
        if (auto id = store.appendJournalEntry(e); !id)
            return id.error();
    }
    return qint64(entries.size());
}

} // namespace SyncLens
