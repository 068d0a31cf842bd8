// OrgStore: what live mode imports beyond the engine's model (schema 7).
#include "orgstore.h"
#include "storerows.h"

#include <QCoreApplication>

namespace SyncLens {

using namespace StoreRows;

namespace {

const QString kLiveMailboxColumns = QStringLiteral(
    "id, name, address, owner_id, owner_type, incoming_status, outgoing_status, act_status,"
    " approval, incoming_method, outgoing_method, act_method, incoming_enabled,"
    " outgoing_enabled, act_enabled, last_success, last_attempt, last_error, last_error_code,"
    " last_error_time, error_count, postponed_processing, postponed_sending,"
    " postponed_receiving, postponed_act, postponed_test");

constexpr int kLiveSchema = 7;

} // namespace

Result<QString> OrgStore::source()
{
    auto value = metaValue(QStringLiteral("source"));
    if (!value)
        return value.error();
    return value->isEmpty() ? QStringLiteral("sandbox") : *value;
}

Result<void> OrgStore::upsertLiveMailbox(const LiveMailbox &m)
{
    QString marks;
    for (int i = 0; i < 26; ++i)
        marks += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    return write(QStringLiteral("INSERT OR REPLACE INTO live_mailboxes (%1) VALUES (%2)")
                     .arg(kLiveMailboxColumns, marks),
                 {m.id,
                  nonNullText(m.name),
                  nonNullText(m.address),
                  m.ownerId,
                  nonNullText(m.ownerType),
                  channelStatusName(m.incomingStatus),
                  channelStatusName(m.outgoingStatus),
                  channelStatusName(m.actStatus),
                  nonNullText(m.approval),
                  m.incomingMethod,
                  m.outgoingMethod,
                  m.actMethod,
                  m.incomingEnabled,
                  m.outgoingEnabled,
                  m.actEnabled,
                  fromTime(m.lastSuccess),
                  fromTime(m.lastAttempt),
                  nonNullText(m.lastError),
                  nonNullText(m.lastErrorCode),
                  fromTime(m.lastErrorTime),
                  m.errorCount,
                  fromTime(m.postponedProcessing),
                  fromTime(m.postponedSending),
                  fromTime(m.postponedReceiving),
                  fromTime(m.postponedAct),
                  fromTime(m.postponedTest)});
}

Result<QList<LiveMailbox>> OrgStore::liveMailboxes()
{
    if (schemaVersion() < kLiveSchema)
        return QList<LiveMailbox>();
    auto status = [this](const QVariant &v) {
        return parseEnum<ChannelStatus>(m_path, tr("a live mailbox's status"), v.toString(),
                                        channelStatusFromName);
    };
    return collect<LiveMailbox>(
        exec(QStringLiteral("SELECT %1 FROM live_mailboxes ORDER BY name, id")
                 .arg(kLiveMailboxColumns)),
        [&](const QSqlQuery &q) -> Result<LiveMailbox> {
            LiveMailbox m;
            m.id = q.value(0).toString();
            m.name = q.value(1).toString();
            m.address = q.value(2).toString();
            m.ownerId = q.value(3).toString();
            m.ownerType = q.value(4).toString();
            const auto in = status(q.value(5));
            const auto out = status(q.value(6));
            const auto act = status(q.value(7));
            for (const auto *r : {&in, &out, &act}) {
                if (!*r)
                    return r->error();
            }
            m.incomingStatus = *in;
            m.outgoingStatus = *out;
            m.actStatus = *act;
            m.approval = q.value(8).toString();
            m.incomingMethod = q.value(9).toInt();
            m.outgoingMethod = q.value(10).toInt();
            m.actMethod = q.value(11).toInt();
            m.incomingEnabled = q.value(12).toBool();
            m.outgoingEnabled = q.value(13).toBool();
            m.actEnabled = q.value(14).toBool();
            m.lastSuccess = toTime(q.value(15));
            m.lastAttempt = toTime(q.value(16));
            m.lastError = q.value(17).toString();
            m.lastErrorCode = q.value(18).toString();
            m.lastErrorTime = toTime(q.value(19));
            m.errorCount = q.value(20).toInt();
            m.postponedProcessing = toTime(q.value(21));
            m.postponedSending = toTime(q.value(22));
            m.postponedReceiving = toTime(q.value(23));
            m.postponedAct = toTime(q.value(24));
            m.postponedTest = toTime(q.value(25));
            return m;
        });
}

Result<void> OrgStore::setFilterKind(const QString &filterId, const QString &kind)
{
    return write(QStringLiteral("INSERT OR REPLACE INTO live_filter_kinds (filter_id, kind)"
                                " VALUES (?, ?)"),
                 {filterId, kind});
}

Result<QHash<QString, QString>> OrgStore::filterKinds()
{
    QHash<QString, QString> kinds;
    if (schemaVersion() < kLiveSchema)
        return kinds;
    auto query = exec(QStringLiteral("SELECT filter_id, kind FROM live_filter_kinds"));
    if (!query)
        return query.error();
    while ((*query)->next())
        kinds.insert((*query)->value(0).toString(), (*query)->value(1).toString());
    (*query)->finish();
    return kinds;
}

Result<void> OrgStore::upsertLiveTemplate(const LiveTemplate &t)
{
    return write(QStringLiteral("INSERT OR REPLACE INTO live_templates (id, type, name, kind,"
                                " fetchxml, is_default) VALUES (?, ?, ?, ?, ?, ?)"),
                 {t.id, nonNullText(t.type), nonNullText(t.name), nonNullText(t.kind),
                  nonNullText(t.fetchXml), t.isDefault});
}

Result<QList<LiveTemplate>> OrgStore::liveTemplates()
{
    if (schemaVersion() < kLiveSchema)
        return QList<LiveTemplate>();
    return collect<LiveTemplate>(
        exec(QStringLiteral("SELECT id, type, name, kind, fetchxml, is_default FROM live_templates"
                            " ORDER BY type, name, id")),
        [](const QSqlQuery &q) -> Result<LiveTemplate> {
            return LiveTemplate{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toString(), q.value(4).toString(), q.value(5).toBool()};
        });
}

Result<void> OrgStore::addLiveNote(const LiveNote &note)
{
    return write(QStringLiteral("INSERT INTO live_notes (subject, message) VALUES (?, ?)"),
                 {nonNullText(note.subject), nonNullText(note.message)});
}

Result<QList<LiveNote>> OrgStore::liveNotes()
{
    if (schemaVersion() < kLiveSchema)
        return QList<LiveNote>();
    return collect<LiveNote>(
        exec(QStringLiteral("SELECT subject, message FROM live_notes ORDER BY id")),
        [](const QSqlQuery &q) -> Result<LiveNote> {
            return LiveNote{q.value(0).toString(), q.value(1).toString()};
        });
}

} // namespace SyncLens
