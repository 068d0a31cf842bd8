// OrgStore: what incremental sync reads and writes — links, change numbers
// and the feeds of what changed since a cycle.
#include "orgstore.h"
#include "storerows.h"

#include <QFileInfo>

namespace SyncLens {

using namespace StoreRows;

namespace {

const QString kLinkColumns =
    QStringLiteral("mailbox_id, item_id, state, in_scope, last_synced, synced");

} // namespace

QString OrgStore::filtersMark(const UserId &userId, const QString &type)
{
    return QStringLiteral("filters.%1.%2").arg(userId.text(), type);
}

QString OrgStore::settingsMark()
{
    return QStringLiteral("settings");
}

Result<void> OrgStore::stampChange(const QString &mark)
{
    return write(QStringLiteral("INSERT OR REPLACE INTO change_marks (name, seq) VALUES (?, ?)"),
                 {mark, ++m_changeSeq});
}

Result<void> OrgStore::checkpoint()
{
    auto query = exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    if (!query)
        return query.error();
    (*query)->finish();
    return {};
}

qint64 OrgStore::logBytes() const
{
    return QFileInfo(m_path + QLatin1String("-wal")).size();
}

Result<qint64> OrgStore::changeMark(const QString &name)
{
    auto query = exec(QStringLiteral("SELECT seq FROM change_marks WHERE name = ?"), {name});
    if (!query)
        return query.error();
    const qint64 seq = (*query)->next() ? (*query)->value(0).toLongLong() : 0;
    (*query)->finish();
    return seq;
}

// The highest change number handed out so far, so that numbers go on rising
// after a restart. Each MAX() is answered from an index.
Result<void> OrgStore::loadChangeSeq()
{
    auto query =
        exec(QStringLiteral("SELECT max(coalesce((SELECT max(change_seq) FROM crm_records), 0),"
                            " coalesce((SELECT max(change_seq) FROM exchange_items), 0),"
                            " coalesce((SELECT max(seq) FROM change_marks), 0),"
                            " coalesce((SELECT max(last_seq) FROM mailboxes), 0))"));
    if (!query)
        return query.error();
    m_changeSeq = (*query)->next() ? (*query)->value(0).toLongLong() : 0;
    (*query)->finish();
    return {};
}

Result<void> OrgStore::upsertLink(const Link &l)
{
    static const QString sql =
        QStringLiteral("INSERT OR REPLACE INTO links (%1) VALUES (?, ?, ?, ?, ?, ?)")
            .arg(kLinkColumns);
    return write(sql, {l.mailboxId, l.itemId, linkStateName(l.state), l.inScope,
                       fromTime(l.lastSynced), toJsonText(l.synced)});
}

Result<void> OrgStore::removeLink(const MailboxId &mailbox, const ItemId &item)
{
    return write(QStringLiteral("DELETE FROM links WHERE mailbox_id = ? AND item_id = ?"),
                 {mailbox.text(), item.text()});
}

static Result<Link> readLink(const QString &path, const QSqlQuery &q)
{
    Link l;
    l.mailboxId = q.value(0).toString();
    l.itemId = q.value(1).toString();
    const auto what = [&l] { return OrgStore::tr("link of %1 in %2").arg(l.itemId, l.mailboxId); };
    auto state = parseEnum<Link::State>(path, what, q.value(2).toString(), linkStateFromName);
    if (!state)
        return state.error();
    l.state = *state;
    l.inScope = q.value(3).toBool();
    l.lastSynced = toTime(q.value(4));
    auto synced = fromJsonText(path, what, q.value(5).toString());
    if (!synced)
        return synced.error();
    l.synced = *synced;
    return l;
}

Result<std::optional<Link>> OrgStore::link(const MailboxId &mailbox, const ItemId &item)
{
    return single(collect<Link>(
        exec(QStringLiteral("SELECT %1 FROM links WHERE mailbox_id = ? AND item_id = ?")
                 .arg(kLinkColumns),
             {mailbox.text(), item.text()}),
        [this](const QSqlQuery &q) { return readLink(m_path, q); }));
}

Result<void> OrgStore::forEachLink(const QString &mailboxId,
                                   const std::function<bool(const Link &)> &visit)
{
    return stream<Link>(
        m_db, QStringLiteral("SELECT %1 FROM links WHERE mailbox_id = ?").arg(kLinkColumns),
        {mailboxId}, [this](const QSqlQuery &q) { return readLink(m_path, q); }, visit,
        [this](const QSqlQuery &q) { return sqlError(tr("reading links"), q); });
}

// Streams records with their change number; `visit` may call into the store.
static Result<void> streamWithSeq(QSqlDatabase &db, const QString &path, const QString &where,
                                  const QVariantList &values,
                                  const OrgStore::ChangedRecordVisitor &visit,
                                  const std::function<Error(const QSqlQuery &)> &onError)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT %1, change_seq FROM crm_records WHERE %2")
                           .arg(kCrmColumns, where)))
        return onError(query);
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec())
        return onError(query);
    while (query.next()) {
        Result<CrmRecord> row = readCrmRecord(path, query);
        if (!row)
            return row.error();
        if (!visit(*row, query.value(6).toLongLong()))
            break;
    }
    return {};
}

Result<void> OrgStore::forEachCrmRecordChangedSince(qint64 seq, const ChangedRecordVisitor &visit)
{
    return streamWithSeq(
        m_db, m_path, QStringLiteral("change_seq > ? ORDER BY change_seq"), {seq}, visit,
        [this](const QSqlQuery &q) { return sqlError(tr("reading changed CRM records"), q); });
}

Result<void> OrgStore::forEachCrmRecordOfType(const QString &type,
                                              const ChangedRecordVisitor &visit)
{
    return streamWithSeq(
        m_db, m_path, QStringLiteral("type = ? ORDER BY id"), {type}, visit,
        [this](const QSqlQuery &q) { return sqlError(tr("reading CRM records"), q); });
}

Result<void>
OrgStore::forEachExchangeItemChangedSince(const QString &mailboxId, qint64 seq,
                                          const std::function<bool(const ExchangeItem &)> &visit)
{
    return stream<ExchangeItem>(
        m_db,
        QStringLiteral("SELECT %1 FROM exchange_items WHERE mailbox_id = ? AND change_seq > ?"
                       " ORDER BY change_seq")
            .arg(kExchangeColumns),
        {mailboxId, seq}, [this](const QSqlQuery &q) { return readExchangeItem(m_path, q); }, visit,
        [this](const QSqlQuery &q) { return sqlError(tr("reading changed Exchange items"), q); });
}

Result<QList<ExchangeItem>> OrgStore::exchangeItemsById(const QString &id)
{
    // Through the mailboxes, so that each lookup uses the (mailbox_id, id) key
    // instead of reading every item.
    return collect<ExchangeItem>(
        exec(QStringLiteral("SELECT %1 FROM exchange_items WHERE mailbox_id IN"
                            " (SELECT id FROM mailboxes) AND id = ? ORDER BY mailbox_id")
                 .arg(kExchangeColumns),
             {id}),
        [this](const QSqlQuery &q) { return readExchangeItem(m_path, q); });
}

Result<QList<JournalEntry>> OrgStore::latestJournalForItem(const QString &itemId, int limit)
{
    auto rows = collect<JournalEntry>(
        exec(QStringLiteral("SELECT %1 FROM journal WHERE item_id = ? ORDER BY time DESC, id DESC"
                            " LIMIT ?")
                 .arg(kJournalColumns),
             {itemId, limit}),
        [this](const QSqlQuery &q) { return readJournalEntry(m_path, q); });
    if (rows)
        std::reverse(rows->begin(), rows->end());
    return rows;
}

} // namespace SyncLens
