// OrgStore: the history of sync filters (schema version 4).
#include "orgstore.h"
#include "storerows.h"

namespace SyncLens {

using namespace StoreRows;

namespace {

const QString kVersionColumns =
    QStringLiteral("id, filter_id, user_id, type, name, fetchxml, enabled, modified_on, change,"
                   " time, author, based_on, present");

Result<FilterVersion> readVersion(const QString &path, const QSqlQuery &q)
{
    FilterVersion v;
    v.id = q.value(0).toLongLong();
    v.filter = SyncFilter{q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                          q.value(4).toString(), q.value(5).toString(), q.value(6).toBool(),
                          toTime(q.value(7))};
    auto change =
        parseEnum<FilterVersion::Change>(path, OrgStore::tr("filter version %1").arg(v.id),
                                         q.value(8).toString(), filterChangeFromName);
    if (!change)
        return change.error();
    v.change = *change;
    v.time = toTime(q.value(9));
    v.author = q.value(10).toString();
    v.basedOn = q.value(11).toLongLong();
    v.present = q.value(12).toBool();
    return v;
}

} // namespace

Result<std::optional<SyncFilter>> OrgStore::filter(const QString &id)
{
    return single(collect<SyncFilter>(
        exec(QStringLiteral("SELECT %1 FROM filters WHERE id = ?").arg(kFilterColumns), {id}),
        [](const QSqlQuery &q) -> Result<SyncFilter> { return readFilter(q); }));
}

Result<qint64> OrgStore::appendFilterVersion(const FilterVersion &v)
{
    const SyncFilter &f = v.filter;
    return insert(QStringLiteral("INSERT INTO filter_versions (filter_id, user_id, type, name,"
                                 " fetchxml, enabled, modified_on, change, time, author, based_on,"
                                 " present) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  {f.id, f.userId, f.type, nonNullText(f.name), nonNullText(f.fetchXml), f.enabled,
                   fromTime(f.modifiedOn), filterChangeName(v.change),
                   fromTime(v.time.isValid() ? v.time : QDateTime::currentDateTimeUtc()),
                   nonNullText(v.author), v.basedOn, v.present});
}

Result<QList<FilterVersion>> OrgStore::filterVersions(const QString &filterId)
{
    if (schemaVersion() < 4) // an older file opened read-only: no history yet
        return QList<FilterVersion>();
    return collect<FilterVersion>(
        exec(QStringLiteral("SELECT %1 FROM filter_versions WHERE filter_id = ? ORDER BY id")
                 .arg(kVersionColumns),
             {filterId}),
        [this](const QSqlQuery &q) { return readVersion(m_path, q); });
}

Result<QList<FilterVersion>> OrgStore::filterVersionsOfUser(const QString &userId)
{
    if (schemaVersion() < 4)
        return QList<FilterVersion>();
    return collect<FilterVersion>(
        exec(QStringLiteral("SELECT %1 FROM filter_versions WHERE user_id = ? ORDER BY id")
                 .arg(kVersionColumns),
             {userId}),
        [this](const QSqlQuery &q) { return readVersion(m_path, q); });
}

Result<std::optional<FilterVersion>> OrgStore::filterVersion(qint64 id)
{
    if (schemaVersion() < 4)
        return std::optional<FilterVersion>();
    return single(collect<FilterVersion>(
        exec(QStringLiteral("SELECT %1 FROM filter_versions WHERE id = ?").arg(kVersionColumns),
             {id}),
        [this](const QSqlQuery &q) { return readVersion(m_path, q); }));
}

} // namespace SyncLens
