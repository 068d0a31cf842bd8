// OrgStore: reading and writing the org's entities. Lifecycle, transactions
// and migrations are in orgstore.cpp.
#include "orgstore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlRecord>

namespace SyncLens {

namespace {

QVariant fromTime(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch())
                          : QVariant(QMetaType::fromType<qint64>());
}

QDateTime toTime(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QString toJsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Parses a JSON column; a damaged value is an error naming the row.
Result<QJsonObject> fromJsonText(const QString &path, const QString &what, const QString &text)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (!doc.isObject()) {
        return makeError(
            Error::Code::Corrupt,
            OrgStore::tr("%1: %2 is damaged (%3)").arg(path, what, parseError.errorString()));
    }
    return doc.object();
}

template<typename E, typename F>
Result<E> parseEnum(const QString &path, const QString &what, const QString &text, F fromName)
{
    const auto value = fromName(text);
    if (!value) {
        return makeError(Error::Code::Corrupt,
                         OrgStore::tr("%1: %2 has an unknown value \"%3\"").arg(path, what, text));
    }
    return *value;
}

const QString kUserColumns = QStringLiteral("id, name, email, email_filtering");
const QString kMailboxColumns =
    QStringLiteral("id, user_id, incoming, outgoing, act, approved, enabled, incoming_status,"
                   " outgoing_status, act_status, failures, last_cycle, retry_after");
const QString kFilterColumns =
    QStringLiteral("id, user_id, type, name, fetchxml, enabled, modified_on");
const QString kCrmColumns = QStringLiteral("id, type, fields, created_on, modified_on, deleted");
const QString kExchangeColumns =
    QStringLiteral("mailbox_id, id, type, fields, folder, track_requested, regarding_id,"
                   " created_on, modified_on, deleted");
const QString kJournalColumns = QStringLiteral("id, time, cycle, mailbox_id, item_id, code, facts");
const QString kAlertColumns = QStringLiteral("id, mailbox_id, time, severity, code, message");

Result<User> readUser(const QString &path, const QSqlQuery &q)
{
    User u{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
    auto filtering = parseEnum<EmailFiltering>(path, OrgStore::tr("user %1").arg(u.id),
                                               q.value(3).toString(), emailFilteringFromName);
    if (!filtering)
        return filtering.error();
    u.emailFiltering = *filtering;
    return u;
}

Result<Mailbox> readMailbox(const QString &path, const QSqlQuery &q)
{
    Mailbox m;
    m.id = q.value(0).toString();
    m.userId = q.value(1).toString();
    const QString what = OrgStore::tr("mailbox %1").arg(m.id);
    ChannelMode *modes[] = {&m.incoming, &m.outgoing, &m.act};
    for (int i = 0; i < 3; ++i) {
        auto mode =
            parseEnum<ChannelMode>(path, what, q.value(2 + i).toString(), channelModeFromName);
        if (!mode)
            return mode.error();
        *modes[i] = *mode;
    }
    m.approved = q.value(5).toBool();
    m.enabled = q.value(6).toBool();
    ChannelStatus *statuses[] = {&m.incomingStatus, &m.outgoingStatus, &m.actStatus};
    for (int i = 0; i < 3; ++i) {
        auto status =
            parseEnum<ChannelStatus>(path, what, q.value(7 + i).toString(), channelStatusFromName);
        if (!status)
            return status.error();
        *statuses[i] = *status;
    }
    m.consecutiveFailures = q.value(10).toInt();
    m.lastCycle = toTime(q.value(11));
    m.retryAfter = toTime(q.value(12));
    return m;
}

SyncFilter readFilter(const QSqlQuery &q)
{
    return SyncFilter{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                      q.value(3).toString(), q.value(4).toString(), q.value(5).toBool(),
                      toTime(q.value(6))};
}

Result<CrmRecord> readCrmRecord(const QString &path, const QSqlQuery &q)
{
    CrmRecord r;
    r.id = q.value(0).toString();
    r.type = q.value(1).toString();
    auto fields = fromJsonText(path, OrgStore::tr("record %1").arg(r.id), q.value(2).toString());
    if (!fields)
        return fields.error();
    r.fields = *fields;
    r.createdOn = toTime(q.value(3));
    r.modifiedOn = toTime(q.value(4));
    r.deleted = q.value(5).toBool();
    return r;
}

Result<ExchangeItem> readExchangeItem(const QString &path, const QSqlQuery &q)
{
    ExchangeItem i;
    i.mailboxId = q.value(0).toString();
    i.id = q.value(1).toString();
    i.type = q.value(2).toString();
    auto fields = fromJsonText(path, OrgStore::tr("item %1 in %2").arg(i.id, i.mailboxId),
                               q.value(3).toString());
    if (!fields)
        return fields.error();
    i.fields = *fields;
    i.folder = q.value(4).toString();
    i.trackRequested = q.value(5).toBool();
    i.regardingId = q.value(6).toString();
    i.createdOn = toTime(q.value(7));
    i.modifiedOn = toTime(q.value(8));
    i.deleted = q.value(9).toBool();
    return i;
}

Result<JournalEntry> readJournalEntry(const QString &path, const QSqlQuery &q)
{
    JournalEntry e;
    e.id = q.value(0).toLongLong();
    e.time = toTime(q.value(1));
    e.cycle = q.value(2).toLongLong();
    e.mailboxId = q.value(3).toString();
    e.itemId = q.value(4).toString();
    const QString what = OrgStore::tr("journal entry %1").arg(e.id);
    auto code = parseEnum<ReasonCode>(path, what, q.value(5).toString(), reasonCodeFromName);
    if (!code)
        return code.error();
    e.code = *code;
    auto facts = fromJsonText(path, what, q.value(6).toString());
    if (!facts)
        return facts.error();
    e.facts = *facts;
    return e;
}

Result<Alert> readAlert(const QString &path, const QSqlQuery &q)
{
    Alert a;
    a.id = q.value(0).toLongLong();
    a.mailboxId = q.value(1).toString();
    a.time = toTime(q.value(2));
    const QString what = OrgStore::tr("alert %1").arg(a.id);
    auto severity =
        parseEnum<AlertSeverity>(path, what, q.value(3).toString(), alertSeverityFromName);
    if (!severity)
        return severity.error();
    a.severity = *severity;
    auto code = parseEnum<ReasonCode>(path, what, q.value(4).toString(), reasonCodeFromName);
    if (!code)
        return code.error();
    a.code = *code;
    a.message = q.value(5).toString();
    return a;
}

} // namespace

// Runs a SELECT and collects every row through `read`.
template<typename T, typename Read>
static Result<QList<T>> collect(Result<QSqlQuery *> query, Read read)
{
    if (!query)
        return query.error();
    QList<T> rows;
    while ((*query)->next()) {
        Result<T> row = read(**query);
        if (!row) {
            (*query)->finish();
            return row.error();
        }
        rows.append(std::move(row).value());
    }
    (*query)->finish();
    return rows;
}

template<typename T> static Result<std::optional<T>> single(Result<QList<T>> rows)
{
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<T>();
    return std::optional<T>(rows->first());
}

Result<void> OrgStore::upsertUser(const User &user)
{
    return write(
        QStringLiteral("INSERT OR REPLACE INTO users (%1) VALUES (?, ?, ?, ?)").arg(kUserColumns),
        {user.id, user.name, user.email, emailFilteringName(user.emailFiltering)});
}

Result<QList<User>> OrgStore::users()
{
    return collect<User>(
        exec(QStringLiteral("SELECT %1 FROM users ORDER BY name, id").arg(kUserColumns)),
        [this](const QSqlQuery &q) { return readUser(m_path, q); });
}

Result<std::optional<User>> OrgStore::user(const QString &id)
{
    return single(collect<User>(
        exec(QStringLiteral("SELECT %1 FROM users WHERE id = ?").arg(kUserColumns), {id}),
        [this](const QSqlQuery &q) { return readUser(m_path, q); }));
}

Result<void> OrgStore::upsertMailbox(const Mailbox &m)
{
    return write(QStringLiteral("INSERT OR REPLACE INTO mailboxes (%1)"
                                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                     .arg(kMailboxColumns),
                 {m.id, m.userId, channelModeName(m.incoming), channelModeName(m.outgoing),
                  channelModeName(m.act), m.approved, m.enabled,
                  channelStatusName(m.incomingStatus), channelStatusName(m.outgoingStatus),
                  channelStatusName(m.actStatus), m.consecutiveFailures, fromTime(m.lastCycle),
                  fromTime(m.retryAfter)});
}

Result<QList<Mailbox>> OrgStore::mailboxes()
{
    return collect<Mailbox>(
        exec(QStringLiteral("SELECT %1 FROM mailboxes ORDER BY id").arg(kMailboxColumns)),
        [this](const QSqlQuery &q) { return readMailbox(m_path, q); });
}

Result<std::optional<Mailbox>> OrgStore::mailbox(const QString &id)
{
    return single(collect<Mailbox>(
        exec(QStringLiteral("SELECT %1 FROM mailboxes WHERE id = ?").arg(kMailboxColumns), {id}),
        [this](const QSqlQuery &q) { return readMailbox(m_path, q); }));
}

Result<void> OrgStore::upsertFilter(const SyncFilter &f)
{
    return write(QStringLiteral("INSERT OR REPLACE INTO filters (%1) VALUES (?, ?, ?, ?, ?, ?, ?)")
                     .arg(kFilterColumns),
                 {f.id, f.userId, f.type, f.name, f.fetchXml, f.enabled, fromTime(f.modifiedOn)});
}

Result<void> OrgStore::removeFilter(const QString &id)
{
    return write(QStringLiteral("DELETE FROM filters WHERE id = ?"), {id});
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
    return write(QStringLiteral("INSERT OR REPLACE INTO crm_records (%1) VALUES (?, ?, ?, ?, ?, ?)")
                     .arg(kCrmColumns),
                 {r.id, r.type, toJsonText(r.fields), fromTime(r.createdOn), fromTime(r.modifiedOn),
                  r.deleted});
}

Result<std::optional<CrmRecord>> OrgStore::crmRecord(const QString &id)
{
    return single(collect<CrmRecord>(
        exec(QStringLiteral("SELECT %1 FROM crm_records WHERE id = ?").arg(kCrmColumns), {id}),
        [this](const QSqlQuery &q) { return readCrmRecord(m_path, q); }));
}

// Streams rows with a query of its own (not a cached one), so that `visit`
// may call back into the store.
template<typename T, typename Read>
static Result<void> stream(QSqlDatabase &db, const QString &sql, const QVariantList &values,
                           Read read, const std::function<bool(const T &)> &visit,
                           const std::function<Error(const QSqlQuery &)> &onError)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return onError(query);
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec())
        return onError(query);
    while (query.next()) {
        Result<T> row = read(query);
        if (!row)
            return row.error();
        if (!visit(*row))
            break;
    }
    return {};
}

Result<void> OrgStore::forEachCrmRecord(const QString &type,
                                        const std::function<bool(const CrmRecord &)> &visit)
{
    QString sql = QStringLiteral("SELECT %1 FROM crm_records").arg(kCrmColumns);
    QVariantList values;
    if (!type.isEmpty()) {
        sql += QStringLiteral(" WHERE type = ?");
        values.append(type);
    }
    sql += QStringLiteral(" ORDER BY id");
    return stream<CrmRecord>(
        m_db, sql, values, [this](const QSqlQuery &q) { return readCrmRecord(m_path, q); }, visit,
        [this](const QSqlQuery &q) { return sqlError(tr("reading CRM records"), q); });
}

Result<void> OrgStore::upsertExchangeItem(const ExchangeItem &i)
{
    return write(QStringLiteral("INSERT OR REPLACE INTO exchange_items (%1)"
                                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                     .arg(kExchangeColumns),
                 {i.mailboxId, i.id, i.type, toJsonText(i.fields), i.folder, i.trackRequested,
                  i.regardingId, fromTime(i.createdOn), fromTime(i.modifiedOn), i.deleted});
}

Result<std::optional<ExchangeItem>> OrgStore::exchangeItem(const QString &mailboxId,
                                                           const QString &id)
{
    return single(collect<ExchangeItem>(
        exec(QStringLiteral("SELECT %1 FROM exchange_items WHERE mailbox_id = ? AND id = ?")
                 .arg(kExchangeColumns),
             {mailboxId, id}),
        [this](const QSqlQuery &q) { return readExchangeItem(m_path, q); }));
}

Result<void> OrgStore::forEachExchangeItem(const QString &mailboxId,
                                           const std::function<bool(const ExchangeItem &)> &visit)
{
    return stream<ExchangeItem>(
        m_db,
        QStringLiteral("SELECT %1 FROM exchange_items WHERE mailbox_id = ? ORDER BY id")
            .arg(kExchangeColumns),
        {mailboxId}, [this](const QSqlQuery &q) { return readExchangeItem(m_path, q); }, visit,
        [this](const QSqlQuery &q) { return sqlError(tr("reading Exchange items"), q); });
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

Result<void> OrgStore::upsertLink(const Link &l)
{
    return write(
        QStringLiteral("INSERT OR REPLACE INTO links (mailbox_id, item_id, state,"
                       " in_scope, last_synced) VALUES (?, ?, ?, ?, ?)"),
        {l.mailboxId, l.itemId,
         l.state == Link::State::Linked ? QStringLiteral("linked") : QStringLiteral("untracked"),
         l.inScope, fromTime(l.lastSynced)});
}

Result<void> OrgStore::removeLink(const QString &mailboxId, const QString &itemId)
{
    return write(QStringLiteral("DELETE FROM links WHERE mailbox_id = ? AND item_id = ?"),
                 {mailboxId, itemId});
}

Result<std::optional<Link>> OrgStore::link(const QString &mailboxId, const QString &itemId)
{
    return single(collect<Link>(
        exec(QStringLiteral("SELECT mailbox_id, item_id, state, in_scope, last_synced FROM links"
                            " WHERE mailbox_id = ? AND item_id = ?"),
             {mailboxId, itemId}),
        [this](const QSqlQuery &q) -> Result<Link> {
            const QString state = q.value(2).toString();
            if (state != u"linked" && state != u"untracked") {
                return makeError(Error::Code::Corrupt,
                                 tr("%1: link %2 has an unknown state \"%3\"")
                                     .arg(m_path, q.value(1).toString(), state));
            }
            return Link{q.value(0).toString(), q.value(1).toString(),
                        state == u"linked" ? Link::State::Linked : Link::State::Untracked,
                        q.value(3).toBool(), toTime(q.value(4))};
        }));
}

Result<qint64> OrgStore::appendJournalEntry(const JournalEntry &e)
{
    return insert(QStringLiteral("INSERT INTO journal (time, cycle, mailbox_id, item_id, code,"
                                 " facts) VALUES (?, ?, ?, ?, ?, ?)"),
                  {fromTime(e.time), e.cycle, e.mailboxId, e.itemId, reasonCodeName(e.code),
                   toJsonText(e.facts)});
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
    auto query =
        mailboxId.isEmpty()
            ? exec(QStringLiteral("SELECT code, count(*) FROM journal GROUP BY code"))
            : exec(QStringLiteral(
                       "SELECT code, count(*) FROM journal WHERE mailbox_id = ? GROUP BY code"),
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
    return counts;
}

Result<qint64> OrgStore::addAlert(const Alert &a)
{
    return insert(QStringLiteral("INSERT INTO alerts (mailbox_id, time, severity, code, message)"
                                 " VALUES (?, ?, ?, ?, ?)"),
                  {a.mailboxId, fromTime(a.time), alertSeverityName(a.severity),
                   reasonCodeName(a.code), a.message});
}

Result<QList<Alert>> OrgStore::alerts(const QString &mailboxId)
{
    return collect<Alert>(
        exec(QStringLiteral("SELECT %1 FROM alerts WHERE mailbox_id = ? ORDER BY time, id")
                 .arg(kAlertColumns),
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
