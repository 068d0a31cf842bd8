#include "snapshotset.h"

#include "fetchxmllog.h"
#include "model/orgreader.h"

#include <QElapsedTimer>

namespace SyncLens {

namespace {

void collectFilter(const FetchFilter &filter, const QString &entity,
                   const QHash<QString, QString> &aliases, SnapshotSet::Columns &columns)
{
    for (const FetchCondition &c : filter.conditions) {
        const QString target =
            c.entityName.isEmpty() ? entity : aliases.value(c.entityName, c.entityName);
        columns[target].insert(c.attribute);
    }
    for (const FetchFilter &nested : filter.filters)
        collectFilter(nested, entity, aliases, columns);
}

void collectAliases(const std::vector<FetchLinkEntity> &links, QHash<QString, QString> &aliases)
{
    for (const FetchLinkEntity &link : links) {
        aliases.insert(link.alias.isEmpty() ? link.name : link.alias, link.name);
        collectAliases(link.links, aliases);
    }
}

void collectLinks(const std::vector<FetchLinkEntity> &links, const QString &parent,
                  const QHash<QString, QString> &aliases, SnapshotSet::Columns &columns)
{
    for (const FetchLinkEntity &link : links) {
        columns[parent].insert(link.to);
        columns[link.name].insert(link.from);
        for (const FetchFilter &filter : link.filters)
            collectFilter(filter, link.name, aliases, columns);
        collectLinks(link.links, link.name, aliases, columns);
    }
}

} // namespace

void SnapshotSet::collectColumns(const FetchQuery &query, Columns &columns)
{
    QHash<QString, QString> aliases;
    collectAliases(query.entity.links, aliases);
    columns[query.entity.name]; // the entity itself, even with no condition
    for (const FetchFilter &filter : query.entity.filters)
        collectFilter(filter, query.entity.name, aliases, columns);
    collectLinks(query.entity.links, query.entity.name, aliases, columns);
}

void SnapshotSet::add(std::shared_ptr<const RecordSnapshot> snapshot)
{
    m_snapshots.insert(snapshot->entity(), std::move(snapshot));
}

const RecordSnapshot *SnapshotSet::find(const QString &entity) const
{
    const auto it = m_snapshots.constFind(entity);
    return it == m_snapshots.cend() ? nullptr : it.value().get();
}

Result<SnapshotSet> SnapshotSet::load(OrgReader &store, const Columns &columns)
{
    SnapshotSet set;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        QElapsedTimer timer;
        timer.start();
        auto snapshot = std::make_shared<RecordSnapshot>(it.key(), it.value().values());
        auto r = store.forEachCrmRecord(it.key(), [&](const CrmRecord &record) {
            if (!record.deleted)
                snapshot->append(record);
            return true;
        });
        if (!r)
            return r.error();
        qCDebug(lcFetchXml) << "snapshot of" << it.key() << snapshot->size() << "records,"
                            << it.value().size() << "columns," << timer.elapsed() << "ms";
        set.add(std::move(snapshot));
    }
    return set;
}

} // namespace SyncLens
