// OrgStore: loading a new, private file in bulk (the sandbox's .part).
#include "orgstore.h"

namespace SyncLens {

namespace {

// The tables a bulk load fills with millions of rows: inserting into their
// secondary indexes row by row is random access all over the index, building
// an index afterwards is one sort.
const QString kIndexesOfBulkTables =
    QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
                   " AND tbl_name IN ('crm_records', 'exchange_items') ORDER BY name");

} // namespace

Result<void> OrgStore::startBulkLoad()
{
    if (m_transactionDepth > 0 || !m_droppedIndexes.isEmpty())
        return makeError(Error::Code::InvalidArgument,
                         tr("%1: a bulk load cannot start here").arg(m_path));
    // MEMORY, not OFF: a failed transaction still rolls back cleanly.
    for (const char *pragma : {"PRAGMA journal_mode = MEMORY", "PRAGMA synchronous = OFF"}) {
        auto r = exec(QLatin1String(pragma));
        if (!r)
            return r.error();
        (*r)->finish();
    }
    auto indexes = exec(kIndexesOfBulkTables);
    if (!indexes)
        return indexes.error();
    QStringList statements;
    while ((*indexes)->next())
        statements.append((*indexes)->value(0).toString());
    (*indexes)->finish();
    auto dropped = transaction([&]() -> Result<void> {
        for (const QString &statement : std::as_const(statements)) {
            // "CREATE INDEX name ON …": the name is the third word.
            const QString name = statement.section(u' ', 2, 2);
            if (auto r = write(QStringLiteral("DROP INDEX ") + name, {}); !r)
                return r;
        }
        return {};
    });
    if (dropped)
        m_droppedIndexes = statements;
    return dropped;
}

Result<void> OrgStore::buildDroppedIndexes()
{
    if (m_droppedIndexes.isEmpty())
        return {};
    auto built = transaction([&]() -> Result<void> {
        for (const QString &statement : std::as_const(m_droppedIndexes)) {
            if (auto r = write(statement, {}); !r)
                return r;
        }
        return {};
    });
    if (built)
        m_droppedIndexes.clear();
    return built;
}

Result<void> OrgStore::finishBulkLoad()
{
    if (auto r = buildDroppedIndexes(); !r)
        return r;
    for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL"}) {
        auto r = exec(QLatin1String(pragma));
        if (!r)
            return r.error();
        (*r)->finish();
    }
    return {};
}

} // namespace SyncLens
