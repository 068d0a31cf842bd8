#pragma once

#include "fetchxml/snapshotset.h"
#include "model/crmrecord.h"
#include "model/ids.h"
#include "model/result.h"
#include "textarena.h"

#include <QByteArrayView>
#include <QHash>

#include <memory>
#include <optional>
#include <vector>

namespace SyncLens {

class OrgStore;

// The CRM records that sync filters decide about, as column snapshots kept up
// to date between cycles: read once, then each changed record rewrites its
// row. Deleted records keep a row, marked dead, so that a cycle can still
// tell which record a link was about. Rows never move, so row numbers stay
// valid until the next load().
class ScopeCache
{
public:
    ScopeCache() = default;
    // table() keeps a pointer into m_tables.
    Q_DISABLE_COPY_MOVE(ScopeCache)

    // The columns the filters read, plus the owner of every filterable type
    // (a user's own records are the ones decided even when out of scope).
    static SnapshotSet::Columns columnsFor(const SnapshotSet::Columns &filterColumns);

    // Records of the types that synchronise as items (RecordTypes::
    // isFilterable()) keep their fields as stored, for fieldsText(), until
    // releaseFieldTexts().
    Result<void> load(OrgStore &store, const SnapshotSet::Columns &columns);
    bool isLoaded() const { return m_loaded; }
    // How many of the last load()'s tables were read on a connection of
    // their own, beside the store's.
    int tablesReadAside() const { return m_tablesAside; }
    // Whether the loaded snapshots hold every column of `columns`.
    bool covers(const SnapshotSet::Columns &columns) const;
    // The columns load() was given: what apply() reads of a record.
    const SnapshotSet::Columns &columns() const { return m_columns; }

    // A record written since the load: its row takes the new values, and
    // `storedFields`, when known, becomes its fieldsText().
    void apply(const CrmRecord &record, qint64 changeSeq,
               std::optional<QByteArrayView> storedFields = std::nullopt);

    // The record's fields as load() read them, while held and not rewritten
    // since (apply()); valid until the next load() or releaseFieldTexts().
    // A first cycle creates a copy of most records: reading each back by id
    // from a file larger than SQLite's page cache was 13 % of a 1M-item first
    // cycle (perf, 6 December), most of it pages read again and written out
    // to make room.
    std::optional<QByteArrayView> fieldsText(const QString &type, int row) const;
    // Frees the held texts.
    void releaseFieldTexts();
    // Holds, from now on, the text of each record apply() is given with its
    // fields as stored: a change cycle's outbound decisions read the records
    // it learnt of at its start, and those its inbound ones wrote.
    void holdAppliedFieldTexts();

    const SnapshotSet &snapshots() const { return m_set; }
    const RecordSnapshot *snapshot(const QString &type) const;
    int rowOf(const QString &type, const QString &id) const;
    bool isLive(const QString &type, int row) const;
    // Removes from `rows` (of `type`) those of deleted records.
    void keepLive(const QString &type, std::vector<int> &rows) const;
    qint64 changeSeqOf(const QString &type, int row) const;
    // Changes up to this number are in the rows as first read.
    qint64 loadedSeq() const { return m_loadedSeq; }
    // Counts load()s: a row number stands for the same record between two.
    quint64 loads() const { return m_loads; }
    // Rises with every load() and apply(): a scope computed at one version is
    // stale at another.
    quint64 version() const { return m_version; }

    // Where one table stands: the load() it was read by and how many records
    // were applied to it since. Two equal marks: the table has not moved.
    struct Mark
    {
        quint64 load = 0;
        qsizetype applied = 0;
        friend bool operator==(const Mark &, const Mark &) = default;
    };
    Mark mark(const QString &type) const;
    // The rows applied to `type` after `since` (a mark of the current load),
    // in order, each once.
    std::vector<int> rowsAppliedSince(const QString &type, const Mark &since) const;
    // Whether `row` of `type` was applied after `since`; true also when that
    // cannot be told (a mark of an earlier load, a row not known).
    bool writtenSince(const QString &type, int row, const Mark &since) const;
    // Rows of `type` written after `seq` (which must be >= loadedSeq()), in order.
    std::vector<int> rowsChangedSince(const QString &type, qint64 seq) const;
    // The rows of `type` whose owner is `userId`, in order.
    std::vector<int> rowsOwnedBy(const QString &type, const UserId &userId) const;

private:
    struct Table
    {
        std::shared_ptr<RecordSnapshot> snapshot;
        QHash<QString, int> rowOfId;
        std::vector<quint8> live;
        std::vector<qint64> changeSeq;
        // (change number, row) of every apply(), in change order.
        std::vector<std::pair<qint64, int>> changes;
        // Per row, how many changes there were once it was last applied (0:
        // as loaded): a row was applied after a Mark whose `applied` is lower.
        std::vector<qint32> appliedAt;
        // fieldsText(): each row's place in `texts`; invalid: not held.
        std::shared_ptr<TextArena> texts;
        std::vector<TextArena::Span> textSpans;

        bool isLive(int row) const
        {
            return row >= 0 && size_t(row) < live.size() && live[size_t(row)];
        }
        // The rows of changes[from…], in order, each once.
        std::vector<int> rowsOfChanges(size_t from) const;
    };

    Table *table(const QString &type);
    const Table *table(const QString &type) const;
    static bool holdsTexts(const QString &type);
    static Result<Table> loadTable(OrgStore &store, const QString &type,
                                   const QSet<QString> &columns);

    SnapshotSet::Columns m_columns;
    QHash<QString, Table> m_tables;
    // The table table() found last, and its type's text: a cycle asks for
    // the table of the same type several times per record, and finding it
    // by the type's name each time (hashing and comparing the name) was 7 %
    // of a first cycle's deciding thread (perf, 200,000 items, 7 December).
    // The engine's thread only, as the rest.
    mutable QString m_lastType;
    mutable const Table *m_lastTable = nullptr;
    SnapshotSet m_set;
    qint64 m_loadedSeq = 0;
    quint64 m_version = 0;
    quint64 m_loads = 0;
    int m_tablesAside = 0;
    bool m_loaded = false;
};

} // namespace SyncLens
