#include "scopecache.h"

#include "model/recordtypes.h"
#include "store/orgstore.h"

#include <algorithm>
#include <future>
#include <optional>

namespace SyncLens {

namespace {
const QString kOwner = QStringLiteral("ownerid");
}

SnapshotSet::Columns ScopeCache::columnsFor(const SnapshotSet::Columns &filterColumns)
{
    SnapshotSet::Columns columns = filterColumns;
    for (QLatin1String type : {RecordTypes::Contact, RecordTypes::Appointment, RecordTypes::Task})
        columns[QString(type)].insert(kOwner);
    return columns;
}

// Records of the types a mailbox may get a copy of.
bool ScopeCache::holdsTexts(const QString &type)
{
    return RecordTypes::isFilterable(type);
}

Result<ScopeCache::Table> ScopeCache::loadTable(OrgStore &store, const QString &type,
                                                const QSet<QString> &columns)
{
    // The snapshot reads its columns of each record: only they are parsed.
    QStringList attributes = columns.values();
    attributes.sort();
    Table t;
    t.snapshot = std::make_shared<RecordSnapshot>(type, attributes);
    if (holdsTexts(type))
        t.texts = std::make_shared<TextArena>();
    auto r = store.forEachCrmRecordOfTypeWithText(
        type,
        [&](const CrmRecord &record, const CompactJsonMembers *members, qint64 seq,
            QByteArrayView text) {
            t.rowOfId.insert(record.id, t.snapshot->size());
            if (members)
                t.snapshot->append(record.id, *members);
            else
                t.snapshot->append(record);
            t.live.push_back(record.deleted ? 0 : 1);
            t.changeSeq.push_back(seq);
            t.appliedAt.push_back(0);
            if (t.texts)
                t.textSpans.push_back(t.texts->append(text));
            return true;
        },
        &attributes);
    if (!r)
        return r.error();
    return t;
}

// The tables are read two at a time when the file can be: every other type
// (by name) on a read-only connection in a thread, the others on this one.
// A first load reads every record of the org and parses its fields; the
// second core was mostly idle through it.
Result<void> ScopeCache::load(OrgStore &store, const SnapshotSet::Columns &columns)
{
    m_loaded = false;
    m_lastTable = nullptr;
    m_tables.clear();
    m_set = SnapshotSet();
    m_columns = columns;
    m_loadedSeq = store.lastChangeSeq();
    m_tablesAside = 0;
    QStringList types = columns.keys();
    types.sort();
    std::vector<std::optional<Result<Table>>> tables(size_t(types.size()));
    std::vector<char> aside(size_t(types.size()), 0); // not bool: each thread writes its own
    const auto loadEvery = [&](OrgStore &reader, qsizetype first, qsizetype step) {
        for (qsizetype i = first; i < types.size(); i += step) {
            tables[size_t(i)] = loadTable(reader, types[i], columns.value(types[i]));
            aside[size_t(i)] = &reader != &store;
        }
    };
    std::future<void> beside;
    if (types.size() > 1 && store.canBeReadAside()) {
        beside = std::async(std::launch::async, [&loadEvery, path = store.path()] {
            if (auto reader = OrgStore::open(path, OrgStore::Access::ReadOnly))
                loadEvery(**reader, 1, 2);
        });
    }
    loadEvery(store, 0, beside.valid() ? 2 : 1);
    if (beside.valid())
        beside.get();
    for (qsizetype i = 0; i < types.size(); ++i) {
        std::optional<Result<Table>> &t = tables[size_t(i)];
        if (!t || (!*t && aside[size_t(i)])) { // not read aside: read here, errors and all
            aside[size_t(i)] = 0;
            t = loadTable(store, types[i], columns.value(types[i]));
        }
        if (!*t)
            return t->error();
        m_tablesAside += aside[size_t(i)] ? 1 : 0;
        m_set.add((**t).snapshot);
        m_tables.insert(types[i], std::move(**t));
    }
    ++m_version;
    ++m_loads;
    m_loaded = true;
    return {};
}

bool ScopeCache::covers(const SnapshotSet::Columns &columns) const
{
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        if (!m_columns.contains(it.key()) || !m_columns.value(it.key()).contains(it.value()))
            return false;
    }
    return true;
}

void ScopeCache::apply(const CrmRecord &record, qint64 changeSeq,
                       std::optional<QByteArrayView> storedFields)
{
    Table *t = table(record.type);
    if (!t)
        return; // a type no filter reads
    int row = t->rowOfId.value(record.id, -1);
    if (row < 0) {
        row = t->snapshot->size();
        t->rowOfId.insert(record.id, row);
        t->snapshot->append(record);
        t->live.push_back(0);
        t->changeSeq.push_back(0);
        t->appliedAt.push_back(0);
    } else {
        t->snapshot->update(row, record);
    }
    if (t->texts && storedFields) {
        // A record this cycle wrote, read back by its outbound decision (a
        // read waits for the writes behind).
        if (t->textSpans.size() <= size_t(row))
            t->textSpans.resize(size_t(row) + 1);
        t->textSpans[size_t(row)] = t->texts->append(*storedFields);
    } else if (size_t(row) < t->textSpans.size()) {
        t->textSpans[size_t(row)] = {}; // the held text is the record's old one
    }
    t->live[size_t(row)] = record.deleted ? 0 : 1;
    t->changeSeq[size_t(row)] = changeSeq;
    t->changes.emplace_back(changeSeq, row);
    t->appliedAt[size_t(row)] = qint32(t->changes.size());
    ++m_version;
}

std::optional<QByteArrayView> ScopeCache::fieldsText(const QString &type, int row) const
{
    const Table *t = table(type);
    if (!t || !t->texts || row < 0 || size_t(row) >= t->textSpans.size())
        return std::nullopt;
    const TextArena::Span &span = t->textSpans[size_t(row)];
    if (!span.isValid())
        return std::nullopt;
    return t->texts->view(span);
}

void ScopeCache::holdAppliedFieldTexts()
{
    for (auto it = m_tables.begin(); it != m_tables.end(); ++it) {
        if (!it->texts && holdsTexts(it.key()))
            it->texts = std::make_shared<TextArena>();
    }
}

void ScopeCache::releaseFieldTexts()
{
    for (Table &t : m_tables) {
        t.texts.reset();
        t.textSpans = {};
    }
}

const RecordSnapshot *ScopeCache::snapshot(const QString &type) const
{
    const Table *t = table(type);
    return t ? t->snapshot.get() : nullptr;
}

int ScopeCache::rowOf(const QString &type, const QString &id) const
{
    const Table *t = table(type);
    return t ? t->rowOfId.value(id, -1) : -1;
}

bool ScopeCache::isLive(const QString &type, int row) const
{
    const Table *t = table(type);
    return t && t->isLive(row);
}

void ScopeCache::keepLive(const QString &type, std::vector<int> &rows) const
{
    const Table *t = table(type);
    if (!t) {
        rows.clear();
        return;
    }
    std::erase_if(rows, [t](int row) { return !t->isLive(row); });
}

qint64 ScopeCache::changeSeqOf(const QString &type, int row) const
{
    const Table *t = table(type);
    return t && row >= 0 && size_t(row) < t->changeSeq.size() ? t->changeSeq[size_t(row)] : 0;
}

std::vector<int> ScopeCache::rowsChangedSince(const QString &type, qint64 seq) const
{
    std::vector<int> rows;
    const Table *t = table(type);
    if (!t)
        return rows;
    auto from = std::upper_bound(t->changes.begin(), t->changes.end(),
                                 std::pair<qint64, int>(seq, std::numeric_limits<int>::max()));
    return t->rowsOfChanges(size_t(from - t->changes.begin()));
}

ScopeCache::Mark ScopeCache::mark(const QString &type) const
{
    const Table *t = table(type);
    return Mark{m_loads, t ? qsizetype(t->changes.size()) : 0};
}

bool ScopeCache::writtenSince(const QString &type, int row, const Mark &since) const
{
    const Table *t = table(type);
    if (!t || since.load != m_loads || row < 0 || size_t(row) >= t->appliedAt.size())
        return true;
    return t->appliedAt[size_t(row)] > since.applied;
}

std::vector<int> ScopeCache::rowsAppliedSince(const QString &type, const Mark &since) const
{
    const Table *t = table(type);
    if (!t || since.load != m_loads)
        return {};
    return t->rowsOfChanges(size_t(since.applied));
}

std::vector<int> ScopeCache::Table::rowsOfChanges(size_t from) const
{
    std::vector<int> rows;
    for (size_t i = from; i < changes.size(); ++i)
        rows.push_back(changes[i].second);
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

std::vector<int> ScopeCache::rowsOwnedBy(const QString &type, const UserId &userId) const
{
    const RecordSnapshot *s = snapshot(type);
    const RecordSnapshot::Column *owner = s ? s->column(kOwner) : nullptr;
    if (!owner)
        return {};
    const qint32 symbol = owner->symbol(userId.text().toLower());
    if (symbol < 0)
        return {};
    if (owner->indexed)
        return size_t(symbol) < owner->postings.size() ? owner->postings[size_t(symbol)]
                                                       : std::vector<int>{};
    std::vector<int> rows;
    for (int row = 0; row < s->size(); ++row) {
        if (owner->text[size_t(row)] == symbol)
            rows.push_back(row);
    }
    return rows;
}

ScopeCache::Table *ScopeCache::table(const QString &type)
{
    // m_tables is never shared (no copies): finding without detaching is safe.
    return const_cast<Table *>(std::as_const(*this).table(type));
}

const ScopeCache::Table *ScopeCache::table(const QString &type) const
{
    // The same text, not an equal one: the callers pass the same strings.
    if (m_lastTable && type.constData() == m_lastType.constData() &&
        type.size() == m_lastType.size())
        return m_lastTable;
    const auto it = m_tables.constFind(type);
    if (it == m_tables.cend())
        return nullptr;
    m_lastType = type;
    m_lastTable = &it.value();
    return m_lastTable;
}

} // namespace SyncLens
