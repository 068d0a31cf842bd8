// OrgStore: finding items by what a person remembers of them, and reading
// the journal by any mix of item, mailbox and reason code.
#include "orgstore.h"
#include "storerows.h"

#include <limits>

namespace SyncLens {

using namespace StoreRows;

namespace {

QString titleOf(const QJsonObject &fields, const QString &fallback)
{
    for (const char *key : {"subject", "fullname", "name"}) {
        QString text = fields.value(QLatin1String(key)).toString();
        if (!text.isEmpty())
            return text;
    }
    return fallback;
}

// A journal row without its facts. Unlike readJournalEntry() it builds no
// message per row: reading a million rows must not translate a million texts.
Result<JournalEntry> readJournalMark(const QString &path, const QSqlQuery &q)
{
    JournalEntry e;
    e.id = q.value(0).toLongLong();
    e.time = toTime(q.value(1));
    e.cycle = q.value(2).toLongLong();
    e.mailboxId = q.value(3).toString();
    e.itemId = q.value(4).toString();
    const QString name = q.value(5).toString();
    const auto code = reasonCodeFromName(name);
    if (!code) // the same message as readJournalEntry()
        return parseEnum<ReasonCode>(path, OrgStore::tr("journal entry %1").arg(e.id), name,
                                     reasonCodeFromName)
            .error();
    e.code = *code;
    return e;
}

// LIKE with the pattern's own wildcards taken literally.
QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QLatin1String("\\\\"));
    escaped.replace(u'%', QLatin1String("\\%"));
    escaped.replace(u'_', QLatin1String("\\_"));
    return u'%' + escaped + u'%';
}

} // namespace

Result<QList<OrgStore::ItemMatch>> OrgStore::searchItems(const QString &text, int limit)
{
    QList<ItemMatch> matches;
    const QString pattern = likePattern(text.trimmed());
    auto crm = collect<CrmRecord>(
        exec(QStringLiteral("SELECT %1 FROM crm_records WHERE deleted = 0 AND type IN"
                            " ('appointment', 'task', 'contact', 'email')"
                            " AND (id = ? OR fields LIKE ? ESCAPE '\\') ORDER BY id LIMIT ?")
                 .arg(kCrmColumns),
             {text.trimmed(), pattern, limit}),
        [this](const QSqlQuery &q) { return readCrmRecord(m_path, q); });
    if (!crm)
        return crm.error();
    QSet<QString> seen;
    for (const CrmRecord &r : *crm) {
        // The JSON text matched; make sure it was a value a person reads.
        const QString title = titleOf(r.fields, r.id);
        if (r.id == text.trimmed() || title.contains(text.trimmed(), Qt::CaseInsensitive) ||
            r.field(QStringLiteral("fullname")).contains(text.trimmed(), Qt::CaseInsensitive)) {
            matches.append(ItemMatch{r.id, r.type, title, {}});
            seen.insert(r.id);
        }
    }
    auto items = collect<ExchangeItem>(
        exec(QStringLiteral("SELECT %1 FROM exchange_items WHERE (id = ? OR fields LIKE ?"
                            " ESCAPE '\\') ORDER BY id LIMIT ?")
                 .arg(kExchangeColumns),
             {text.trimmed(), pattern, limit}),
        [this](const QSqlQuery &q) { return readExchangeItem(m_path, q); });
    if (!items)
        return items.error();
    for (const ExchangeItem &i : *items) {
        const QString title = titleOf(i.fields, i.id);
        if (seen.contains(i.id) || matches.size() >= limit)
            continue;
        if (i.id == text.trimmed() || title.contains(text.trimmed(), Qt::CaseInsensitive)) {
            matches.append(ItemMatch{i.id, i.type, title, i.mailboxId});
            seen.insert(i.id);
        }
    }
    return matches;
}

Result<QList<JournalEntry>> OrgStore::journal(const ItemId &item, const MailboxId &mailbox,
                                              std::optional<ReasonCode> code, int limit)
{
    QStringList where;
    QVariantList values;
    if (!item.isEmpty()) {
        where.append(QStringLiteral("item_id = ?"));
        values.append(item.text());
    }
    if (!mailbox.isEmpty()) {
        where.append(QStringLiteral("mailbox_id = ?"));
        values.append(mailbox.text());
    }
    if (code) {
        where.append(QStringLiteral("code = ?"));
        values.append(reasonCodeName(*code));
    }
    values.append(limit);
    const QString sql =
        QStringLiteral("SELECT %1 FROM journal %2 ORDER BY time DESC, id DESC LIMIT ?")
            .arg(kJournalColumns,
                 where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(u" AND "));
    return collect<JournalEntry>(
        exec(sql, values), [this](const QSqlQuery &q) { return readJournalEntry(m_path, q); });
}

Result<void> OrgStore::forEachJournalEntry(const QString &mailboxId, const QDateTime &from,
                                           const QDateTime &to,
                                           const std::function<bool(const JournalEntry &)> &visit)
{
    const qint64 fromMs =
        from.isValid() ? from.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    const qint64 toMs = to.isValid() ? to.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    settleWrites();
    return stream<JournalEntry>(
        m_db,
        QStringLiteral("SELECT id, time, cycle, mailbox_id, item_id, code FROM journal"
                       " WHERE mailbox_id = ? AND time >= ? AND time < ? ORDER BY time, id"),
        {mailboxId, fromMs, toMs},
        [this](const QSqlQuery &q) { return readJournalMark(m_path, q); }, visit,
        [this](const QSqlQuery &q) { return sqlError(tr("reading the journal"), q); });
}

} // namespace SyncLens
