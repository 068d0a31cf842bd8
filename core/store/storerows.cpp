#include "storerows.h"

#include "model/compactjson.h"

namespace SyncLens::StoreRows {

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
    return QString::fromUtf8(toJsonBytes(object));
}

std::optional<QJsonObject> parseJsonObject(const QString &text, QString &problem)
{
    return parseJsonObject(QByteArrayView(text.toUtf8()), problem);
}

std::optional<QJsonObject> parseJsonObject(QByteArrayView utf8, QString &problem)
{
    QJsonParseError parseError;
    // Not copied: fromJson() keeps nothing of the bytes it reads.
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray::fromRawData(utf8.data(), utf8.size()), &parseError);
    if (!doc.isObject()) {
        problem = parseError.errorString();
        return std::nullopt;
    }
    return doc.object();
}

std::optional<QJsonObject> parseJsonObject(QByteArrayView utf8, const QStringList &names,
                                           QString &problem)
{
    const auto members = compactJsonMembers(utf8);
    if (!members)
        return parseJsonObject(utf8, problem);
    CompactJsonMembers named;
    forEachMemberNamed(*members, names, [&named](const QString &, const CompactJsonMember &member) {
        named.append(member);
    });
    const QByteArray text = compactObjectText(named);
    return QJsonDocument::fromJson(text).object();
}

Error damagedRow(const QString &path, const QString &what, const QString &problem)
{
    return makeError(Error::Code::Corrupt,
                     OrgStore::tr("%1: %2 is damaged (%3)").arg(path, what, problem));
}

QString upsertById(QLatin1StringView table, const QString &columns)
{
    QStringList names = columns.split(u',');
    QStringList marks, sets;
    for (QString &name : names) {
        name = name.trimmed();
        marks.append(QStringLiteral("?"));
        if (name != QLatin1String("id"))
            sets.append(QStringLiteral("%1 = excluded.%1").arg(name));
    }
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT(id) DO UPDATE SET %4")
        .arg(table, names.join(QLatin1String(", ")), marks.join(QLatin1String(", ")),
             sets.join(QLatin1String(", ")));
}

const QString kUserColumns = QStringLiteral("id, name, email, email_filtering, time_zone");
// What a read-only open of a file older than schema 6 reads instead.
const QString kUserColumnsV5 = QStringLiteral("id, name, email, email_filtering, 'UTC'");
const QString kMailboxColumns =
    QStringLiteral("id, user_id, incoming, outgoing, act, approved, enabled, incoming_status,"
                   " outgoing_status, act_status, failures, last_cycle, retry_after, last_seq,"
                   " fault, fault_cycles, channel_state");
// What a read-only open of a schema-3 or -4 file reads instead of the column
// that version 5 added.
const QString kMailboxColumnsV4 =
    QStringLiteral("id, user_id, incoming, outgoing, act, approved, enabled, incoming_status,"
                   " outgoing_status, act_status, failures, last_cycle, retry_after, last_seq,"
                   " fault, fault_cycles, '{}'");
// What a read-only open of a schema-2 file reads instead of the columns that
// version 3 added.
const QString kMailboxColumnsV2 =
    QStringLiteral("id, user_id, incoming, outgoing, act, approved, enabled, incoming_status,"
                   " outgoing_status, act_status, failures, last_cycle, retry_after, 0, 'none', 0,"
                   " '{}'");
const QString kFilterColumns =
    QStringLiteral("id, user_id, type, name, fetchxml, enabled, modified_on");
const QString kCrmColumns = QStringLiteral("id, type, fields, created_on, modified_on, deleted");
const QString kExchangeColumns =
    QStringLiteral("mailbox_id, id, type, fields, folder, track_requested, regarding_id,"
                   " created_on, modified_on, deleted");
const QString kJournalColumns = QStringLiteral("id, time, cycle, mailbox_id, item_id, code, facts");
const QString kAlertColumns = QStringLiteral("id, mailbox_id, time, severity, code, facts");
// Before schema 5 an alert kept a sentence: read as the fact "text".
const QString kAlertColumnsV4 =
    QStringLiteral("id, mailbox_id, time, severity, code, json_object('text', message)");

Result<User> readUser(const QString &path, const QSqlQuery &q)
{
    User u{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
    auto filtering = parseEnum<EmailFiltering>(path, OrgStore::tr("user %1").arg(u.id),
                                               q.value(3).toString(), emailFilteringFromName);
    if (!filtering)
        return filtering.error();
    u.emailFiltering = *filtering;
    u.timeZone = q.value(4).toString();
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
    m.lastSeq = q.value(13).toLongLong();
    auto fault = parseEnum<FaultKind>(path, what, q.value(14).toString(), faultKindFromName);
    if (!fault)
        return fault.error();
    m.fault = *fault;
    m.faultCycles = q.value(15).toInt();
    auto channels = fromJsonText(path, what, q.value(16).toString());
    if (!channels)
        return channels.error();
    m.setChannelState(*channels);
    return m;
}

SyncFilter readFilter(const QSqlQuery &q)
{
    return SyncFilter{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                      q.value(3).toString(), q.value(4).toString(), q.value(5).toBool(),
                      toTime(q.value(6))};
}

Result<JournalEntry> readJournalEntry(const QString &path, const QSqlQuery &q)
{
    JournalEntry e;
    e.id = q.value(0).toLongLong();
    e.time = toTime(q.value(1));
    e.cycle = q.value(2).toLongLong();
    e.mailboxId = q.value(3).toString();
    e.itemId = q.value(4).toString();
    const auto what = [&e] { return OrgStore::tr("journal entry %1").arg(e.id); };
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
    const auto what = [&a] { return OrgStore::tr("alert %1").arg(a.id); };
    auto severity =
        parseEnum<AlertSeverity>(path, what, q.value(3).toString(), alertSeverityFromName);
    if (!severity)
        return severity.error();
    a.severity = *severity;
    auto code = parseEnum<ReasonCode>(path, what, q.value(4).toString(), reasonCodeFromName);
    if (!code)
        return code.error();
    a.code = *code;
    auto facts = fromJsonText(path, what, q.value(5).toString());
    if (!facts)
        return facts.error();
    a.facts = *facts;
    return a;
}

} // namespace SyncLens::StoreRows

namespace SyncLens {

QByteArray toJsonBytes(const QJsonObject &object)
{
    return compactJson(object);
}

} // namespace SyncLens
