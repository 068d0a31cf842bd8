// OrgStore: what incremental sync reads and writes — links, change numbers
// and the feeds of what changed since a cycle.
#include "orgstore.h"

#include "logpages.h"
#include "storerows.h"

#include <QFileInfo>
#include <QHash>
#include <QSqlQuery>

#include <sqlite3.h>

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
    const qint64 seq = ++m_changeSeq;
    if (m_changeMarks)
        m_changeMarks->insert(mark, seq);
    return write(QStringLiteral("INSERT OR REPLACE INTO change_marks (name, seq) VALUES (?, ?)"),
                 {mark, seq});
}

namespace {

// The pages past which a commit checkpoints the log (SQLite's default
// is 1,000): the engine checkpoints when idle, this is the backstop.
constexpr int kAutoCheckpointPages = 16384;

int noteLogPages(void *pages, sqlite3 *db, const char *name, int logPages)
{
    *static_cast<qint64 *>(pages) = logPages;
    if (logPages >= kAutoCheckpointPages)
        sqlite3_wal_checkpoint_v2(db, name, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    return SQLITE_OK;
}

} // namespace

Result<void> OrgStore::watchLog()
{
    sqlite3 *db = m_raw ? m_raw->handle() : nullptr;
    if (!db)
        return {};
    auto pageSize = pragmaInt(QStringLiteral("page_size"));
    if (!pageSize)
        return pageSize.error();
    m_pageBytes = *pageSize;
    // Until the first commit says, what is left from before is in the file.
    m_logPages = QFileInfo(m_path + QLatin1String("-wal")).size() / (m_pageBytes + 24);
    sqlite3_wal_hook(db, &noteLogPages, &m_logPages);
    return {};
}

void OrgStore::unwatchLog()
{
    if (sqlite3 *db = m_raw ? m_raw->handle() : nullptr)
        sqlite3_wal_hook(db, nullptr, nullptr);
}

// RESTART: the next writer starts the log again from its beginning, over the
// file's blocks (see configure()); it would also cut the file to 64 MB, but
// only then. A log past that is cut now (TRUNCATE): a first cycle of a large
// org leaves gigabytes.
Result<void> OrgStore::checkpoint()
{
    const bool large = logBytes() > kLogFileBytes;
    auto query = exec(large ? QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")
                            : QStringLiteral("PRAGMA wal_checkpoint(RESTART)"));
    if (!query)
        return query.error();
    const bool whole = (*query)->next() && (*query)->value(0).toInt() == 0;
    (*query)->finish();
    if (whole)
        m_logPages = 0;
    return {};
}

qint64 OrgStore::logBytes() const
{
    return m_logPages * m_pageBytes;
}

Result<QMap<QString, int>> OrgStore::logPagesByTree()
{
    auto pages = LogPages::committed(m_path + QLatin1String("-wal"), m_logPages);
    if (!pages)
        return pages.error();
    if (pages->empty())
        return QMap<QString, int>{};
    // dbstat walks every page of the file: asked only when the log holds some.
    auto query = exec(QStringLiteral("SELECT name, pageno FROM dbstat"));
    if (!query)
        return query.error();
    QHash<quint32, QString> owners;
    while ((*query)->next())
        owners.insert((*query)->value(1).toUInt(), (*query)->value(0).toString());
    (*query)->finish();
    return LogPages::byTree(owners, *pages);
}

Result<qint64> OrgStore::changeMark(const QString &name)
{
    if (m_transactionDepth > 0) {
        if (!m_changeMarks) {
            auto marks = changeMarks();
            if (!marks)
                return marks.error();
            m_changeMarks = std::move(*marks);
        }
        return m_changeMarks->value(name, 0);
    }
    auto query = exec(QStringLiteral("SELECT seq FROM change_marks WHERE name = ?"), {name});
    if (!query)
        return query.error();
    const qint64 seq = (*query)->next() ? (*query)->value(0).toLongLong() : 0;
    (*query)->finish();
    return seq;
}

Result<QHash<QString, qint64>> OrgStore::changeMarks()
{
    auto query = exec(QStringLiteral("SELECT name, seq FROM change_marks"));
    if (!query)
        return query.error();
    QHash<QString, qint64> marks;
    while ((*query)->next())
        marks.insert((*query)->value(0).toString(), (*query)->value(1).toLongLong());
    (*query)->finish();
    return marks;
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
    if (m_behind) {
        m_behind->add([this, l] { return writeLink(l); });
        return {};
    }
    return writeLink(l);
}

Result<void> OrgStore::writeLink(const Link &l)
{
    static constexpr char sql[] = "INSERT OR REPLACE INTO links (mailbox_id, item_id, state,"
                                  " in_scope, last_synced, synced) VALUES (?, ?, ?, ?, ?, ?)";
    SqliteStatement &s = raw(sql);
    s.bind(1, l.mailboxId);
    s.bind(2, l.itemId);
    s.bind(3, linkStateName(l.state));
    s.bind(4, l.inScope);
    s.bind(5, l.lastSynced);
    s.bind(6, QByteArrayView(l.syncedJson));
    return done(step(s, sql));
}

Result<void> OrgStore::removeLink(const MailboxId &mailbox, const ItemId &item)
{
    return write(QStringLiteral("DELETE FROM links WHERE mailbox_id = ? AND item_id = ?"),
                 {mailbox.text(), item.text()});
}

template<typename Row> static Result<Link> readLink(const QString &path, const Row &q)
{
    Link l;
    l.mailboxId = columnText(q, 0);
    l.itemId = columnText(q, 1);
    const auto what = [&l] { return OrgStore::tr("link of %1 in %2").arg(l.itemId, l.mailboxId); };
    auto state = parseEnum<Link::State>(path, what, columnText(q, 2), linkStateFromName);
    if (!state)
        return state.error();
    l.state = *state;
    l.inScope = columnBool(q, 3);
    l.lastSynced = columnTime(q, 4);
    // Read as an object to tell damaged text, kept as the text it is.
    auto synced = columnJson(path, what, q, 5);
    if (!synced)
        return synced.error();
    l.syncedJson = columnBytes(q, 5);
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
    return forEachRow(
        "SELECT " + kLinkColumns.toLatin1() + " FROM links WHERE mailbox_id = ?",
        [&mailboxId](SqliteStatement &s) { s.bind(1, mailboxId); },
        [&](const SqliteStatement &row) -> Result<bool> {
            auto link = readLink(m_path, row);
            if (!link)
                return link.error();
            return visit(*link);
        });
}

namespace {

OrgStore::ChangedRecordTextVisitor withoutText(const OrgStore::ChangedRecordVisitor &visit)
{
    return [&visit](const CrmRecord &record, qint64 changeSeq, QByteArrayView) {
        return visit(record, changeSeq);
    };
}

} // namespace

Result<void> OrgStore::forEachCrmRecordWhere(const char *where,
                                             const std::function<void(SqliteStatement &)> &bind,
                                             const ChangedRecordTextVisitor &visit,
                                             const QStringList *onlyFields)
{
    return forEachRow("SELECT " + kCrmColumns.toLatin1() + ", change_seq FROM crm_records WHERE " +
                          where,
                      bind, [&](const SqliteStatement &row) -> Result<bool> {
                          auto record = readCrmRecord(m_path, row, onlyFields);
                          if (!record)
                              return record.error();
                          return visit(*record, row.integer(6), row.bytes(2));
                      });
}

Result<void> OrgStore::forEachCrmRecordChangedSince(qint64 seq, const ChangedRecordVisitor &visit,
                                                    const QStringList *onlyFields)
{
    return forEachCrmRecordChangedSinceWithText(seq, withoutText(visit), onlyFields);
}

Result<void> OrgStore::forEachCrmRecordChangedSinceWithText(qint64 seq,
                                                            const ChangedRecordTextVisitor &visit,
                                                            const QStringList *onlyFields)
{
    return forEachCrmRecordWhere(
        "change_seq > ? ORDER BY change_seq", [seq](SqliteStatement &s) { s.bind(1, seq); }, visit,
        onlyFields);
}

Result<void> OrgStore::forEachCrmRecordOfType(const QString &type,
                                              const ChangedRecordVisitor &visit,
                                              const QStringList *onlyFields)
{
    return forEachCrmRecordWhere(
        "type = ?", [&type](SqliteStatement &s) { s.bind(1, type); }, withoutText(visit),
        onlyFields);
}

Result<void> OrgStore::forEachCrmRecordOfTypeWithText(const QString &type,
                                                      const RecordMembersVisitor &visit,
                                                      const QStringList *onlyFields)
{
    return forEachRow(
        "SELECT " + kCrmColumns.toLatin1() + ", change_seq FROM crm_records WHERE type = ?",
        [&type](SqliteStatement &s) { s.bind(1, type); },
        [&](const SqliteStatement &row) -> Result<bool> {
            const QByteArrayView text = row.bytes(2);
            if (const auto members = compactJsonMembers(text)) {
                CrmRecord head; // the times are left out too: the load reads none
                head.id = columnText(row, 0);
                head.type = type;
                head.deleted = columnBool(row, 5);
                return visit(head, &*members, row.integer(6), text);
            }
            auto record = readCrmRecord(m_path, row, onlyFields);
            if (!record)
                return record.error();
            return visit(*record, nullptr, row.integer(6), text);
        });
}

Result<void>
OrgStore::forEachExchangeItemChangedSince(const QString &mailboxId, qint64 seq,
                                          const std::function<bool(const ExchangeItem &)> &visit)
{
    return forEachExchangeItemChangedSince(
        mailboxId, seq, [&visit](const ExchangeItem &i, QByteArrayView) { return visit(i); }, {});
}

Result<void> OrgStore::forEachExchangeItemChangedSince(const QString &mailboxId, qint64 seq,
                                                       const ItemWithTextVisitor &visit,
                                                       const QString &typeLeftAsText)
{
    return forEachExchangeItemWhere(
        "mailbox_id = ? AND change_seq > ? ORDER BY change_seq",
        [&](SqliteStatement &s) {
            s.bind(1, mailboxId);
            s.bind(2, seq);
        },
        visit, typeLeftAsText);
}

Result<QJsonObject> OrgStore::exchangeItemFields(const ExchangeItem &item,
                                                 QByteArrayView text) const
{
    return fromJsonText(
        m_path, [&item] { return exchangeItemRowName(item); }, text);
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
