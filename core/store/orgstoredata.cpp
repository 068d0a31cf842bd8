// OrgStore: reading and writing the org's entities. Lifecycle, transactions
// and migrations are in orgstore.cpp.
#include "orgstore.h"

#include "storerows.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlRecord>

#include <array>

namespace SyncLens {

using namespace StoreRows;

namespace {
constexpr char kExchangeItemById[] =
    "SELECT mailbox_id, id, type, fields, folder, track_requested, regarding_id, created_on,"
    " modified_on, deleted FROM exchange_items WHERE mailbox_id = ? AND id = ?";
} // namespace

Result<void> OrgStore::upsertUser(const User &user)
{
    static const QString sql = upsertById(QLatin1StringView("users"), kUserColumns);
    return write(sql, {user.id, user.name, user.email, emailFilteringName(user.emailFiltering),
                       user.timeZone});
}

QString OrgStore::userColumns() const
{
    return schemaVersion() >= 6 ? kUserColumns : kUserColumnsV5;
}

Result<QList<User>> OrgStore::users()
{
    return collect<User>(
        exec(QStringLiteral("SELECT %1 FROM users ORDER BY name, id").arg(userColumns())),
        [this](const QSqlQuery &q) { return readUser(m_path, q); });
}

Result<std::optional<User>> OrgStore::user(const QString &id)
{
    return single(collect<User>(
        exec(QStringLiteral("SELECT %1 FROM users WHERE id = ?").arg(userColumns()), {id}),
        [this](const QSqlQuery &q) { return readUser(m_path, q); }));
}

QString OrgStore::mailboxColumns() const
{
    if (schemaVersion() >= 5)
        return kMailboxColumns;
    return schemaVersion() >= 3 ? kMailboxColumnsV4 : kMailboxColumnsV2;
}

Result<void> OrgStore::upsertMailbox(const Mailbox &m)
{
    static const QString sql = upsertById(QLatin1StringView("mailboxes"), kMailboxColumns);
    return write(sql, {m.id, m.userId, channelModeName(m.incoming), channelModeName(m.outgoing),
                       channelModeName(m.act), m.approved, m.enabled,
                       channelStatusName(m.incomingStatus), channelStatusName(m.outgoingStatus),
                       channelStatusName(m.actStatus), m.consecutiveFailures, fromTime(m.lastCycle),
                       fromTime(m.retryAfter), m.lastSeq, faultKindName(m.fault), m.faultCycles,
                       toJsonText(m.channelStateJson())});
}

Result<QList<Mailbox>> OrgStore::mailboxes()
{
    return collect<Mailbox>(
        exec(QStringLiteral("SELECT %1 FROM mailboxes ORDER BY id").arg(mailboxColumns())),
        [this](const QSqlQuery &q) { return readMailbox(m_path, q); });
}

Result<std::optional<Mailbox>> OrgStore::mailbox(const QString &id)
{
    return single(collect<Mailbox>(
        exec(QStringLiteral("SELECT %1 FROM mailboxes WHERE id = ?").arg(mailboxColumns()), {id}),
        [this](const QSqlQuery &q) { return readMailbox(m_path, q); }));
}

// A change of a user's filters of a type is stamped on that user and type,
// before and after (a filter may move to another user or type).
Result<void> OrgStore::stampFilterChange(const QString &filterId)
{
    auto old = exec(QStringLiteral("SELECT user_id, type FROM filters WHERE id = ?"), {filterId});
    if (!old)
        return old.error();
    const bool found = (*old)->next();
    const QString userId = found ? (*old)->value(0).toString() : QString();
    const QString type = found ? (*old)->value(1).toString() : QString();
    (*old)->finish();
    return found ? stampChange(filtersMark(UserId(userId), type)) : Result<void>();
}

Result<void> OrgStore::upsertFilter(const SyncFilter &f)
{
    return transaction([&]() -> Result<void> {
        if (auto r = stampFilterChange(f.id); !r)
            return r;
        if (auto r = stampChange(filtersMark(UserId(f.userId), f.type)); !r)
            return r;
        return write(
            QStringLiteral("INSERT OR REPLACE INTO filters (%1) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .arg(kFilterColumns),
            {f.id, f.userId, f.type, f.name, f.fetchXml, f.enabled, fromTime(f.modifiedOn)});
    });
}

Result<void> OrgStore::removeFilter(const QString &id)
{
    return transaction([&]() -> Result<void> {
        if (auto r = stampFilterChange(id); !r)
            return r;
        return write(QStringLiteral("DELETE FROM filters WHERE id = ?"), {id});
    });
}

Result<QList<SyncFilter>> OrgStore::filters(const QString &userId)
{
    auto read = [](const QSqlQuery &q) -> Result<SyncFilter> { return readFilter(q); };
    if (userId.isEmpty()) {
        return collect<SyncFilter>(
            exec(QStringLiteral("SELECT %1 FROM filters ORDER BY user_id, id").arg(kFilterColumns)),
            read);
    }
    return collect<SyncFilter>(
        exec(QStringLiteral("SELECT %1 FROM filters WHERE user_id = ? ORDER BY id")
                 .arg(kFilterColumns),
             {userId}),
        read);
}

Result<void> OrgStore::upsertCrmRecord(const CrmRecord &r)
{
    return upsertCrmRecord(r, toJsonBytes(r.fields));
}

Result<void> OrgStore::upsertCrmRecord(const CrmRecord &r, QByteArrayView fieldsJson)
{
    const QByteArray id = r.id.toUtf8();
    const QByteArray type = r.type.toUtf8();
    return upsertCrmRecord(CrmRecordRow{utf8View(r.id, id), utf8View(r.type, type), fieldsJson,
                                        msecsOrNull(r.createdOn), msecsOrNull(r.modifiedOn),
                                        r.deleted});
}

namespace {

// Views' bytes, kept for a write behind in one block: a new copy's six texts
// were six allocations and six frees on the deciding thread. A view without
// data stays one (NULL), an empty one stays empty ('').
template<size_t N> class KeptTexts
{
public:
    explicit KeptTexts(const std::array<QByteArrayView, N> &views)
    {
        qsizetype total = 0;
        for (QByteArrayView view : views)
            total += view.size();
        m_bytes.reserve(total);
        for (size_t i = 0; i < N; ++i) {
            m_spans[i] = {m_bytes.size(), views[i].size(), views[i].isNull()};
            m_bytes.append(views[i]);
        }
    }
    QByteArrayView operator[](size_t i) const
    {
        const Span &span = m_spans[i];
        const char *bytes = m_bytes.isNull() ? "" : m_bytes.constData(); // all empty
        return span.null ? QByteArrayView() : QByteArrayView(bytes + span.offset, span.size);
    }

private:
    struct Span
    {
        qsizetype offset = 0, size = 0;
        bool null = true;
    };
    QByteArray m_bytes;
    std::array<Span, N> m_spans;
};

// A record's row with its own bytes.
struct KeptCrmRecordRow
{
    explicit KeptCrmRecordRow(const CrmRecordRow &row)
        : texts({row.id, row.type, row.fields})
        , createdOn(row.createdOn)
        , modifiedOn(row.modifiedOn)
        , deleted(row.deleted)
    {}
    CrmRecordRow row() const
    {
        return {texts[0], texts[1], texts[2], createdOn, modifiedOn, deleted};
    }
    KeptTexts<3> texts; // id, type, fields
    std::optional<qint64> createdOn, modifiedOn;
    bool deleted;
};

// An item's row with its own bytes.
struct KeptExchangeItemRow
{
    explicit KeptExchangeItemRow(const ExchangeItemRow &row)
        : texts({row.mailboxId, row.id, row.type, row.fields, row.folder, row.regardingId})
        , createdOn(row.createdOn)
        , modifiedOn(row.modifiedOn)
        , trackRequested(row.trackRequested)
        , deleted(row.deleted)
    {}
    ExchangeItemRow row() const
    {
        return {texts[0],       texts[1], texts[2],  texts[3],   texts[4],
                trackRequested, texts[5], createdOn, modifiedOn, deleted};
    }
    KeptTexts<6> texts; // mailbox, id, type, fields, folder, regarding
    std::optional<qint64> createdOn, modifiedOn;
    bool trackRequested, deleted;
};

} // namespace

Result<void> OrgStore::upsertCrmRecord(const CrmRecordRow &row)
{
    const qint64 seq = ++m_changeSeq;
    if (m_behind) {
        m_behind->add(
            [this, kept = KeptCrmRecordRow(row), seq] { return writeCrmRecord(kept.row(), seq); });
        return {};
    }
    return writeCrmRecord(row, seq);
}

Result<void> OrgStore::writeCrmRecord(const CrmRecordRow &row, qint64 seq)
{
    static constexpr char upsert[] =
        "INSERT INTO crm_records (id, type, fields, created_on, modified_on, deleted,"
        " change_seq) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (id) DO UPDATE SET"
        " fields = excluded.fields, created_on = excluded.created_on,"
        " modified_on = excluded.modified_on, deleted = excluded.deleted,"
        " change_seq = excluded.change_seq WHERE type = excluded.type";
    static constexpr char retype[] =
        "UPDATE crm_records SET type = ?2, fields = ?3, created_on = ?4, modified_on = ?5,"
        " deleted = ?6, change_seq = ?7 WHERE id = ?1";
    return upsertKeepingType(upsert, retype, [&](SqliteStatement &s) {
        s.bind(1, row.id);
        s.bind(2, row.type);
        s.bind(3, row.fields);
        s.bind(4, row.createdOn);
        s.bind(5, row.modifiedOn);
        s.bind(6, row.deleted);
        s.bind(7, seq);
    });
}

Result<void> OrgStore::upsertKeepingType(const char *upsert, const char *retype,
                                         const std::function<void(SqliteStatement &)> &bind)
{
    SqliteStatement &s = raw(upsert);
    bind(s);
    if (auto r = step(s, upsert); !r)
        return r.error();
    if (m_raw->changes() > 0)
        return {};
    SqliteStatement &t = raw(retype);
    bind(t);
    return done(step(t, retype));
}

Result<std::optional<CrmRecord>> OrgStore::crmRecord(const QString &id)
{
    static constexpr char sql[] = "SELECT id, type, fields, created_on, modified_on, deleted"
                                  " FROM crm_records WHERE id = ?";
    SqliteStatement &s = raw(sql);
    s.bind(1, id);
    return readOne<CrmRecord>(
        s, sql, [this](const SqliteStatement &row) { return readCrmRecord(m_path, row); });
}

Result<std::optional<QByteArray>> OrgStore::crmRecordFieldsJson(const QString &id)
{
    static constexpr char sql[] = "SELECT fields FROM crm_records WHERE id = ?";
    SqliteStatement &s = raw(sql);
    s.bind(1, id);
    return readOne<QByteArray>(s, sql, [](const SqliteStatement &row) -> Result<QByteArray> {
        return row.bytes(0).toByteArray();
    });
}

Result<void> OrgStore::forEachCrmRecord(const QString &type,
                                        const std::function<bool(const CrmRecord &)> &visit)
{
    return forEachCrmRecordReading(type, nullptr, visit);
}

Result<void> OrgStore::forEachCrmRecordReading(const QString &type, const QStringList &fields,
                                               const RecordVisitor &visit)
{
    Q_ASSERT(std::is_sorted(fields.cbegin(), fields.cend()));
    return forEachCrmRecordReading(type, &fields, visit);
}

Result<void>
OrgStore::forEachCrmRecordRow(const QString &type,
                              const std::function<Result<bool>(const SqliteStatement &)> &visit)
{
    QByteArray sql = "SELECT " + kCrmColumns.toLatin1() + " FROM crm_records";
    if (!type.isEmpty())
        sql += " WHERE type = ?";
    sql += " ORDER BY id";
    return forEachRow(
        sql,
        [&type](SqliteStatement &s) {
            if (!type.isEmpty())
                s.bind(1, type);
        },
        visit);
}

Result<void> OrgStore::forEachCrmRecordReading(const QString &type, const QStringList *fields,
                                               const RecordVisitor &visit)
{
    return forEachCrmRecordRow(type, [&](const SqliteStatement &row) -> Result<bool> {
        auto record = readCrmRecord(m_path, row, fields);
        if (!record)
            return record.error();
        return visit(*record);
    });
}

Result<void> OrgStore::forEachCrmRecordFields(const QString &type, const QStringList &fields,
                                              const RecordFieldsVisitor &visit)
{
    Q_ASSERT(std::is_sorted(fields.cbegin(), fields.cend()));
    CrmRecord head; // the times are left out: no loader reads them
    return forEachCrmRecordRow(type, [&](const SqliteStatement &row) -> Result<bool> {
        if (const auto members = compactJsonMembers(row.bytes(2))) {
            head.id = columnText(row, 0);
            head.type = columnText(row, 1);
            head.deleted = columnBool(row, 5);
            return visit(RecordFields(head, *members));
        }
        auto record = readCrmRecord(m_path, row, &fields);
        if (!record)
            return record.error();
        return visit(RecordFields(*record));
    });
}

Result<void> OrgStore::upsertExchangeItem(const ExchangeItem &i)
{
    return upsertExchangeItem(i, toJsonBytes(i.fields));
}

Result<void> OrgStore::upsertExchangeItem(const ExchangeItem &i, QByteArrayView fields)
{
    const QByteArray mailboxId = i.mailboxId.toUtf8();
    const QByteArray id = i.id.toUtf8();
    const QByteArray type = i.type.toUtf8();
    const QByteArray folder = i.folder.toUtf8();
    const QByteArray regardingId = i.regardingId.toUtf8();
    return upsertExchangeItem(ExchangeItemRow{
        utf8View(i.mailboxId, mailboxId), utf8View(i.id, id), utf8View(i.type, type), fields,
        utf8View(i.folder, folder), i.trackRequested, utf8View(i.regardingId, regardingId),
        msecsOrNull(i.createdOn), msecsOrNull(i.modifiedOn), i.deleted});
}

Result<void> OrgStore::upsertExchangeItem(const ExchangeItemRow &row)
{
    const qint64 seq = ++m_changeSeq;
    if (m_behind) {
        m_behind->add([this, kept = KeptExchangeItemRow(row), seq] {
            return writeExchangeItem(kept.row(), seq);
        });
        return {};
    }
    return writeExchangeItem(row, seq);
}

Result<void> OrgStore::writeExchangeItem(const ExchangeItemRow &row, qint64 seq)
{
    static constexpr char upsert[] =
        "INSERT INTO exchange_items (mailbox_id, id, type, fields, folder,"
        " track_requested, regarding_id, created_on, modified_on, deleted, change_seq)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"
        " ON CONFLICT (mailbox_id, id) DO UPDATE SET"
        " fields = excluded.fields, folder = excluded.folder,"
        " track_requested = excluded.track_requested, regarding_id = excluded.regarding_id,"
        " created_on = excluded.created_on, modified_on = excluded.modified_on,"
        " deleted = excluded.deleted, change_seq = excluded.change_seq"
        " WHERE type = excluded.type";
    static constexpr char retype[] =
        "UPDATE exchange_items SET type = ?3, fields = ?4, folder = ?5, track_requested = ?6,"
        " regarding_id = ?7, created_on = ?8, modified_on = ?9, deleted = ?10,"
        " change_seq = ?11 WHERE mailbox_id = ?1 AND id = ?2";
    return upsertKeepingType(upsert, retype, [&](SqliteStatement &s) {
        s.bind(1, row.mailboxId);
        s.bind(2, row.id);
        s.bind(3, row.type);
        s.bind(4, row.fields);
        s.bind(5, row.folder);
        s.bind(6, row.trackRequested);
        s.bind(7, row.regardingId);
        s.bind(8, row.createdOn);
        s.bind(9, row.modifiedOn);
        s.bind(10, row.deleted);
        s.bind(11, seq);
    });
}

Result<std::optional<ExchangeItem>> OrgStore::exchangeItem(const MailboxId &mailbox,
                                                           const ItemId &item)
{
    return exchangeItemById(mailbox, item, nullptr);
}

Result<std::optional<ExchangeItem>> OrgStore::exchangeItemWithFieldsText(const MailboxId &mailbox,
                                                                         const ItemId &item,
                                                                         QByteArray &fieldsText)
{
    return exchangeItemById(mailbox, item, &fieldsText);
}

Result<std::optional<ExchangeItem>>
OrgStore::exchangeItemById(const MailboxId &mailbox, const ItemId &item, QByteArray *fieldsText)
{
    SqliteStatement &s = raw(kExchangeItemById);
    s.bind(1, mailbox.text());
    s.bind(2, item.text());
    return readOne<ExchangeItem>(s, kExchangeItemById,
                                 [this, fieldsText](const SqliteStatement &row) {
                                     if (fieldsText)
                                         *fieldsText = row.bytes(3).toByteArray();
                                     return readExchangeItem(m_path, row, !fieldsText);
                                 });
}

Result<void> OrgStore::forEachExchangeItem(const QString &mailboxId,
                                           const std::function<bool(const ExchangeItem &)> &visit)
{
    return forEachExchangeItemWhere(
        "mailbox_id = ? ORDER BY id", [&mailboxId](SqliteStatement &s) { s.bind(1, mailboxId); },
        [&visit](const ExchangeItem &i, QByteArrayView) { return visit(i); });
}

Result<void> OrgStore::forEachExchangeItemWhere(const char *where,
                                                const std::function<void(SqliteStatement &)> &bind,
                                                const ItemWithTextVisitor &visit,
                                                const QString &typeLeftAsText)
{
    const QByteArray asText = typeLeftAsText.toUtf8();
    return forEachRow("SELECT " + kExchangeColumns.toLatin1() + " FROM exchange_items WHERE " +
                          where,
                      bind, [&](const SqliteStatement &row) -> Result<bool> {
                          const bool withFields = asText.isEmpty() || row.bytes(2) != asText;
                          auto item = readExchangeItem(m_path, row, withFields);
                          if (!item)
                              return item.error();
                          return visit(*item, withFields ? QByteArrayView() : row.bytes(3));
                      });
}

Result<qint64> OrgStore::appendJournalEntry(const JournalEntry &e)
{
    return appendJournalEntryJson(e, toJsonBytes(e.facts));
}

Result<qint64> OrgStore::appendJournalEntryJson(const JournalEntry &e, const QByteArray &facts)
{
    if (m_transactionDepth == 0) { // its count is written with it
        Result<qint64> id = 0;
        auto written = transaction([&]() -> Result<void> {
            id = appendJournalEntryJson(e, facts);
            return id ? Result<void>() : Result<void>(id.error());
        });
        if (!written)
            return written.error();
        return id;
    }
    // Behind, the entry's id is given now: the caller hands it on.
    auto id = m_behind ? nextJournalId() : writeJournalEntry(e, facts, 0);
    if (!id)
        return id;
    if (m_behind) {
        m_pendingJournal.push_back({e, facts, *id});
        if (m_pendingJournal.size() >= JournalRowsPerWrite)
            handJournalBehind();
    }
    ++m_journalCounts[{e.mailboxId, int(e.code)}];
    return id;
}

void OrgStore::handJournalBehind()
{
    if (m_pendingJournal.empty())
        return;
    std::vector<PendingJournalRow> rows;
    rows.reserve(JournalRowsPerWrite);
    rows.swap(m_pendingJournal);
    if (m_behind)
        m_behind->add([this, rows = std::move(rows)] { return writeJournalRows(rows); });
}

namespace {

// INSERT OR IGNORE INTO journal … VALUES (…), (…), …: JournalRowsPerWrite
// rows. A statement of many rows that may abort half-way has SQLite copy every
// page it changes to a statement journal first (on 7 December, 600 MB of
// writes to a temporary file for 150,000 entries); one that ignores a bad row
// never aborts, and writeJournalRows() counts the rows it wrote instead.
QByteArray journalRowsSql(size_t rows)
{
    QByteArray sql = "INSERT OR IGNORE INTO journal (id, time, cycle, mailbox_id, item_id, code,"
                     " facts) VALUES ";
    for (size_t i = 0; i < rows; ++i)
        sql.append(i == 0 ? "(?, ?, ?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?, ?, ?)");
    return sql;
}

// Binds an entry's seven values from parameter `first` on, in the columns'
// order above; `id` 0 binds NULL (the next row id).
void bindJournalRow(SqliteStatement &s, int first, const JournalEntry &e, const QByteArray &facts,
                    qint64 id)
{
    if (id > 0)
        s.bind(first, id);
    else
        s.bind(first, std::optional<qint64>());
    s.bind(first + 1, e.time);
    s.bind(first + 2, e.cycle);
    s.bind(first + 3, e.mailboxId);
    s.bind(first + 4, e.itemId);
    s.bind(first + 5, reasonCodeName(e.code));
    s.bind(first + 6, facts);
}

} // namespace

Result<void> OrgStore::writeJournalRows(const std::vector<PendingJournalRow> &rows)
{
    if (rows.size() != JournalRowsPerWrite) { // the last few of a transaction
        for (const PendingJournalRow &row : rows) {
            if (auto r = writeJournalEntry(row.entry, row.facts, row.id); !r)
                return r.error();
        }
        return {};
    }
    // The statements are kept by the address of their text: one, for good.
    static const QByteArray sql = journalRowsSql(JournalRowsPerWrite);
    SqliteStatement &s = raw(sql.constData());
    int first = 1;
    for (const PendingJournalRow &row : rows) {
        bindJournalRow(s, first, row.entry, row.facts, row.id);
        first += 7;
    }
    if (auto r = step(s, sql.constData()); !r)
        return r.error();
    if (m_raw->changes() == qint64(rows.size()))
        return {};
    // An id taken or a value missing: the whole cycle is rolled back.
    return makeError(Error::Code::Database,
                     tr("%1: %2 of %3 journal entries (ids %4 to %5) could not be written")
                         .arg(m_path)
                         .arg(qint64(rows.size()) - m_raw->changes())
                         .arg(rows.size())
                         .arg(rows.front().id)
                         .arg(rows.back().id));
}

Result<qint64> OrgStore::writeJournalEntry(const JournalEntry &e, const QByteArray &facts,
                                           qint64 id)
{
    static constexpr char sql[] = "INSERT INTO journal (id, time, cycle, mailbox_id, item_id,"
                                  " code, facts) VALUES (?, ?, ?, ?, ?, ?, ?)";
    SqliteStatement &s = raw(sql);
    bindJournalRow(s, 1, e, facts, id);
    return step(s, sql);
}

Result<qint64> OrgStore::nextJournalId()
{
    if (m_nextJournalId == 0) {
        static constexpr char sql[] = "SELECT coalesce(max(id), 0) + 1 FROM journal";
        SqliteStatement &s = raw(sql);
        auto next = readOne<qint64>(
            s, sql, [](const SqliteStatement &row) -> Result<qint64> { return row.integer(0); });
        if (!next)
            return next.error();
        m_nextJournalId = next->value_or(1);
    }
    return m_nextJournalId++;
}

Result<void> OrgStore::writeJournalCounts()
{
    static constexpr char sql[] =
        "INSERT INTO journal_counts (mailbox_id, code, entries) VALUES (?, ?, ?)"
        " ON CONFLICT (mailbox_id, code) DO UPDATE SET entries = entries + excluded.entries";
    for (auto it = m_journalCounts.cbegin(); it != m_journalCounts.cend(); ++it) {
        SqliteStatement &s = raw(sql);
        s.bind(1, nonNullText(it.key().first)); // NOT NULL: '' for no mailbox
        s.bind(2, reasonCodeName(ReasonCode(it.key().second)));
        s.bind(3, it.value());
        if (auto r = step(s, sql); !r)
            return r.error();
    }
    return {};
}

Result<QList<JournalEntry>> OrgStore::journalForItem(const QString &itemId)
{
    return collect<JournalEntry>(
        exec(QStringLiteral("SELECT %1 FROM journal WHERE item_id = ? ORDER BY time, id")
                 .arg(kJournalColumns),
             {itemId}),
        [this](const QSqlQuery &q) { return readJournalEntry(m_path, q); });
}

Result<QList<JournalEntry>> OrgStore::journalForMailbox(const QString &mailboxId,
                                                        const QDateTime &from, const QDateTime &to,
                                                        int limit)
{
    return collect<JournalEntry>(
        exec(QStringLiteral("SELECT %1 FROM journal WHERE mailbox_id = ? AND time >= ? AND time < ?"
                            " ORDER BY time, id LIMIT ?")
                 .arg(kJournalColumns),
             {mailboxId, from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch(), limit}),
        [this](const QSqlQuery &q) { return readJournalEntry(m_path, q); });
}

Result<QHash<ReasonCode, qint64>> OrgStore::journalCountsByCode(const QString &mailboxId)
{
    // A file older than version 12, opened read-only, counts its journal.
    const QString table =
        schemaVersion() < 12
            ? QStringLiteral("(SELECT mailbox_id, code, 1 AS entries FROM journal)")
            : QStringLiteral("journal_counts");
    auto query =
        mailboxId.isEmpty()
            ? exec(QStringLiteral("SELECT code, sum(entries) FROM %1 GROUP BY code").arg(table))
            : exec(QStringLiteral("SELECT code, sum(entries) FROM %1"
                                  " WHERE mailbox_id = ? GROUP BY code")
                       .arg(table),
                   {mailboxId});
    if (!query)
        return query.error();
    QHash<ReasonCode, qint64> counts;
    while ((*query)->next()) {
        const QString name = (*query)->value(0).toString();
        const auto code = reasonCodeFromName(name);
        if (!code) {
            (*query)->finish();
            return makeError(
                Error::Code::Corrupt,
                tr("%1: the journal holds an unknown reason code \"%2\"").arg(m_path, name));
        }
        counts.insert(*code, (*query)->value(1).toLongLong());
    }
    (*query)->finish();
    // What the open transaction appended is in the journal, not yet counted.
    for (auto it = m_journalCounts.cbegin(); it != m_journalCounts.cend(); ++it) {
        if (mailboxId.isEmpty() || it.key().first == mailboxId)
            counts[ReasonCode(it.key().second)] += it.value();
    }
    return counts;
}

Result<qint64> OrgStore::addAlert(const Alert &a)
{
    return insert(
        QStringLiteral("INSERT INTO alerts (mailbox_id, time, severity, code, message, facts)"
                       " VALUES (?, ?, ?, ?, '', ?)"),
        {a.mailboxId, fromTime(a.time), alertSeverityName(a.severity), reasonCodeName(a.code),
         toJsonText(a.facts)});
}

Result<QList<Alert>> OrgStore::alerts(const QString &mailboxId)
{
    return collect<Alert>(
        exec(QStringLiteral("SELECT %1 FROM alerts WHERE mailbox_id = ? ORDER BY time, id")
                 .arg(schemaVersion() >= 5 ? kAlertColumns : kAlertColumnsV4),
             {mailboxId}),
        [this](const QSqlQuery &q) { return readAlert(m_path, q); });
}

Result<QHash<QString, int>> OrgStore::alertCountsByMailbox()
{
    auto query =
        exec(QStringLiteral("SELECT mailbox_id, count(*) FROM alerts GROUP BY mailbox_id"));
    if (!query)
        return query.error();
    QHash<QString, int> counts;
    while ((*query)->next())
        counts.insert((*query)->value(0).toString(), (*query)->value(1).toInt());
    (*query)->finish();
    return counts;
}

Result<OrgCounts> OrgStore::counts()
{
    OrgCounts c;
    auto name = orgName();
    if (!name)
        return name.error();
    c.name = *name;
    c.schemaVersion = schemaVersion();

    auto scalar = [this](const QString &table, qint64 &out) -> Result<void> {
        auto q = exec(QStringLiteral("SELECT count(*) FROM %1").arg(table));
        if (!q)
            return q.error();
        out = (*q)->next() ? (*q)->value(0).toLongLong() : 0;
        (*q)->finish();
        return {};
    };
    auto byType = [this](const QString &table, QMap<QString, qint64> &out) -> Result<void> {
        auto q =
            exec(QStringLiteral("SELECT type, count(*) FROM %1 WHERE deleted = 0 GROUP BY type")
                     .arg(table));
        if (!q)
            return q.error();
        while ((*q)->next())
            out.insert((*q)->value(0).toString(), (*q)->value(1).toLongLong());
        (*q)->finish();
        return {};
    };
    for (auto [table, out] : {std::pair{QStringLiteral("users"), &c.users},
                              std::pair{QStringLiteral("mailboxes"), &c.mailboxes},
                              std::pair{QStringLiteral("filters"), &c.filters},
                              std::pair{QStringLiteral("links"), &c.links},
                              std::pair{QStringLiteral("journal"), &c.journalEntries},
                              std::pair{QStringLiteral("alerts"), &c.alerts}}) {
        if (auto r = scalar(table, *out); !r)
            return r.error();
    }
    if (auto r = byType(QStringLiteral("crm_records"), c.crmRecordsByType); !r)
        return r.error();
    if (auto r = byType(QStringLiteral("exchange_items"), c.exchangeItemsByType); !r)
        return r.error();
    return c;
}

} // namespace SyncLens
