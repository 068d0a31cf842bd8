// OrgStore: the org's events (schema version 10), the causes on the timeline.
#include "orgstore.h"
#include "storerows.h"

namespace SyncLens {

using namespace StoreRows;

namespace {

const QString kEventColumns =
    QStringLiteral("id, time, kind, user_id, mailbox_id, author, filter_version, facts");

Result<OrgEvent> readEvent(const QString &path, const QSqlQuery &q)
{
    OrgEvent e;
    e.id = q.value(0).toLongLong();
    e.time = toTime(q.value(1));
    const QString what = OrgStore::tr("org event %1").arg(e.id);
    auto kind = parseEnum<OrgEvent::Kind>(path, what, q.value(2).toString(), orgEventKindFromName);
    if (!kind)
        return kind.error();
    e.kind = *kind;
    e.userId = q.value(3).toString();
    e.mailboxId = q.value(4).toString();
    e.author = q.value(5).toString();
    e.filterVersionId = q.value(6).toLongLong();
    auto facts = fromJsonText(path, what, q.value(7).toString());
    if (!facts)
        return facts.error();
    e.facts = *facts;
    return e;
}

} // namespace

Result<qint64> OrgStore::appendOrgEvent(const OrgEvent &e)
{
    if (!e.time.isValid())
        return makeError(
            Error::Code::InvalidArgument,
            tr("an org event (%1) needs the time it happened").arg(orgEventKindName(e.kind)));
    return insert(QStringLiteral("INSERT INTO org_events (time, kind, user_id, mailbox_id, author,"
                                 " filter_version, facts) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                  {fromTime(e.time), orgEventKindName(e.kind), nonNullText(e.userId),
                   nonNullText(e.mailboxId), nonNullText(e.author), e.filterVersionId,
                   toJsonText(e.facts)});
}

Result<QList<OrgEvent>> OrgStore::orgEvents(const QDateTime &from, const QDateTime &to)
{
    if (schemaVersion() < 10) // an older file opened read-only: no events yet
        return QList<OrgEvent>();
    const qint64 first =
        from.isValid() ? from.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    const qint64 last = to.isValid() ? to.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    return collect<OrgEvent>(
        exec(QStringLiteral("SELECT %1 FROM org_events WHERE time >= ? AND time < ?"
                            " ORDER BY time, id")
                 .arg(kEventColumns),
             {first, last}),
        [this](const QSqlQuery &q) { return readEvent(m_path, q); });
}

Result<std::optional<OrgEvent>> OrgStore::orgEvent(qint64 id)
{
    if (schemaVersion() < 10)
        return std::optional<OrgEvent>();
    return single(collect<OrgEvent>(
        exec(QStringLiteral("SELECT %1 FROM org_events WHERE id = ?").arg(kEventColumns), {id}),
        [this](const QSqlQuery &q) { return readEvent(m_path, q); }));
}

} // namespace SyncLens
