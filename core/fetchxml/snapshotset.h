#pragma once

#include "fetchquery.h"
#include "recordsnapshot.h"

#include <QHash>
#include <QSet>

#include <memory>

namespace SyncLens {

class OrgReader;
template<typename T> class Result;

// The snapshots a set of filters needs: one per entity, with the columns the
// filters' conditions and link-entities use.
class SnapshotSet
{
public:
    using Columns = QHash<QString, QSet<QString>>; // entity → attributes

    // Adds the entities and attributes `query` reads to `columns`.
    static void collectColumns(const FetchQuery &query, Columns &columns);

    void add(std::shared_ptr<const RecordSnapshot> snapshot);
    const RecordSnapshot *find(const QString &entity) const;

    // Streams the records of each entity in `columns` from the store.
    static Result<SnapshotSet> load(OrgReader &store, const Columns &columns);

private:
    QHash<QString, std::shared_ptr<const RecordSnapshot>> m_snapshots;
};

} // namespace SyncLens
