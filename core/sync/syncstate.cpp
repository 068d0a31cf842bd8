#include "syncstate.h"

#include "fetchxml/fetchxmlparser.h"
#include "model/recordtypes.h"
#include "store/orgstore.h"
#include "synclog.h"
#include "tracking/emailtracker.h"

Q_LOGGING_CATEGORY(SyncLens::lcSync, "synclens.sync", QtInfoMsg)

#include <QElapsedTimer>
#include <QJsonDocument>

#include <algorithm>
#include <future>
#include <iterator>

namespace SyncLens {

namespace {
const QString kPendingSend = QStringLiteral("pendingSend");
const QString kState = QStringLiteral("state");

QString pairKey(const QString &a, const QString &b)
{
    return a + u'/' + b;
}
} // namespace

int UserScope::matchingFilter(int row) const
{
    for (size_t i = 0; i < compiled.size(); ++i) {
        if (compiled[i].matches(row))
            return int(i);
    }
    return -1;
}

QString SyncState::trackedFoldersKey()
{
    return QStringLiteral("trackedFolders");
}

void SyncState::invalidate()
{
    m_loaded = false;
    m_links.clear();
    m_linkedRows.clear();
    m_linksReadEmpty.clear();
    m_scopes.clear();
    m_previousScopes.clear();
    m_tracking.reset();
}

Result<void> SyncState::refresh(OrgStore &store)
{
    const OrgSettings before = m_settings;
    if (auto r = loadTables(store); !r)
        return r;
    if (m_loaded && before != m_settings)
        m_tracking.reset(); // subjects normalise differently now
    if (!m_loaded) {
        m_feedSeq = store.lastChangeSeq();
        if (auto r = loadAll(store); !r)
            return r;
        m_loaded = true;
    } else if (auto r = applyChanges(store); !r) {
        return r;
    }
    if (!m_tracking) {
        if (auto r = loadTracking(store); !r)
            return r;
    }
    return loadScope(store);
}

Result<void> SyncState::loadTables(OrgStore &store)
{
    auto settings = store.orgSettings();
    auto users = store.users();
    auto mailboxes = store.mailboxes();
    auto filters = store.filters();
    if (!settings || !users || !mailboxes || !filters) {
        return !settings    ? settings.error()
               : !users     ? users.error()
               : !mailboxes ? mailboxes.error()
                            : filters.error();
    }
    ++m_tables;
    m_settings = *settings;
    m_mailboxes = *mailboxes;
    m_users.clear();
    for (const User &u : *users)
        m_users.insert(u.id, u);
    m_userAddresses = userAddressesOf(*users);
    auto teams = store.teams();
    if (!teams)
        return teams.error();
    m_teams = *teams;
    m_filters.clear();
    for (const SyncFilter &f : *filters) {
        if (!f.enabled)
            continue;
        if (!m_parsed.contains(f.fetchXml)) {
            auto query = FetchXmlParser().parse(f.fetchXml);
            if (!query) {
                qCWarning(lcSync) << "filter" << f.id
                                  << "does not parse and is ignored:" << query.error().message;
                continue;
            }
            m_parsed.insert(f.fetchXml, *query);
        }
        m_filters[f.userId][f.type].push_back(f);
    }
    // {mailbox id: {folder: regarding id}}
    m_trackedFolders.clear();
    auto text = store.metaValue(trackedFoldersKey());
    if (!text)
        return text.error();
    const QJsonObject all = QJsonDocument::fromJson(text->toUtf8()).object();
    for (auto m = all.begin(); m != all.end(); ++m) {
        const QJsonObject folders = m.value().toObject();
        for (auto it = folders.begin(); it != folders.end(); ++it)
            m_trackedFolders[m.key()].insert(it.key(), it.value().toString());
    }
    return {};
}

// Reads the snapshots again when a filter reads a column they lack.
Result<void> SyncState::loadScope(OrgStore &store)
{
    SnapshotSet::Columns columns;
    for (const auto &byType : std::as_const(m_filters)) {
        for (const auto &list : byType) {
            for (const SyncFilter &f : list)
                SnapshotSet::collectColumns(m_parsed.value(f.fetchXml), columns);
        }
    }
    columns = ScopeCache::columnsFor(columns);
    if (m_scope.isLoaded() && m_scope.covers(columns))
        return {};
    m_scopes.clear();
    m_previousScopes.clear();
    return m_scope.load(store, columns);
}

namespace {

// The tracked emails and the emails waiting to be sent.
struct TrackedEmails
{
    TrackingIndex index;
    QSet<QString> pendingSends;
};

Result<TrackedEmails> readTrackedEmails(OrgReader &store, const OrgSettings &settings)
{
    QSet<QString> pendingSends;
    auto index = TrackingIndex::load(store, settings, pendingSends);
    if (!index)
        return index.error();
    return TrackedEmails{std::move(index).value(), std::move(pendingSends)};
}

// `read` on a read-only connection of its own, in the calling thread.
template<typename T>
Result<T> readFromFile(const QString &path, const std::function<Result<T>(OrgReader &)> &read)
{
    auto reader = OrgStore::open(path, OrgStore::Access::ReadOnly);
    if (!reader)
        return reader.error();
    return read(**reader);
}

// What `aside` read, or if it failed (or never ran) `read` on `store`.
template<typename T>
Result<T> readAsideOr(std::future<Result<T>> &aside, OrgStore &store,
                      const std::function<Result<T>(OrgReader &)> &read, bool &wasAside)
{
    wasAside = false;
    if (aside.valid()) {
        auto fromFile = aside.get();
        if (fromFile) {
            wasAside = true;
            return fromFile;
        }
        qCWarning(lcSync) << "reading beside the cycle failed, reading on its connection:"
                          << fromFile.error().message;
    }
    return read(store);
}

} // namespace

// The first load parses every record a cycle reads from JSON. On a file, the
// senders and the tracked emails are read on connections of their own, each
// in a thread, while this one reads the scope's records: on 5 December, 0.9 s
// became 0.5 s for a 200,000-item org. On 7 December the senders and the
// emails went to a thread each, the scope's load having become the shorter
// (1M items: scope 2.5 s, senders 1.1 s). A second connection sees only what
// is committed, so only while the cycle has written no record
// (canBeReadAside()).
Result<void> SyncState::loadAll(OrgStore &store)
{
    const std::function<Result<SenderDirectory>(OrgReader &)> readSenders = SenderDirectory::load;
    const OrgSettings settings = m_settings;
    const std::function<Result<TrackedEmails>(OrgReader &)> readEmails =
        [settings](OrgReader &reader) { return readTrackedEmails(reader, settings); };
    std::future<Result<SenderDirectory>> senders;
    std::future<Result<TrackedEmails>> emails;
    if (store.canBeReadAside()) {
        senders = std::async(std::launch::async, readFromFile<SenderDirectory>, store.path(),
                             readSenders);
        emails =
            std::async(std::launch::async, readFromFile<TrackedEmails>, store.path(), readEmails);
    }
    QElapsedTimer timer;
    timer.start();
    if (auto r = loadScope(store); !r)
        return r; // the futures wait for their threads as they go
    const qint64 scopeMs = timer.restart();
    bool sendersAside = false, emailsAside = false;
    auto sendersRead = readAsideOr(senders, store, readSenders, sendersAside);
    if (!sendersRead)
        return sendersRead.error();
    auto emailsRead = readAsideOr(emails, store, readEmails, emailsAside);
    if (!emailsRead)
        return emailsRead.error();
    qCDebug(lcSync) << "load: scope" << scopeMs << "ms, then waited" << timer.elapsed()
                    << "ms for the senders and the tracked emails";
    m_senders = std::move(sendersRead).value();
    m_tracking.emplace(std::move(emailsRead->index));
    m_pendingSends = std::move(emailsRead->pendingSends);
    if (sendersAside && emailsAside)
        ++m_loadsAside;
    return {};
}

Result<void> SyncState::loadTracking(OrgStore &store)
{
    auto emails = readTrackedEmails(store, m_settings);
    if (!emails)
        return emails.error();
    m_tracking.emplace(std::move(emails->index));
    m_pendingSends = std::move(emails->pendingSends);
    return {};
}

QStringList SyncState::fieldsRecordWrittenReads() const
{
    QSet<QString> fields(SenderDirectory::fieldsRead().cbegin(),
                         SenderDirectory::fieldsRead().cend());
    fields.insert(kState);
    for (const QSet<QString> &columns : m_scope.columns())
        fields.unite(columns);
    QStringList sorted(fields.cbegin(), fields.cend());
    sorted.sort();
    return sorted;
}

Result<void> SyncState::applyChanges(OrgStore &store)
{
    // Only what recordWritten() reads is parsed: parsing each changed record
    // whole was 6 % of a change cycle at 200,000 items.
    const QStringList fields = fieldsRecordWrittenReads();
    m_scope.holdAppliedFieldTexts();
    auto r = store.forEachCrmRecordChangedSinceWithText(
        m_feedSeq,
        [this](const CrmRecord &record, qint64 seq, QByteArrayView text) {
            recordWritten(record, seq, text);
            return true;
        },
        &fields);
    if (!r)
        return r;
    m_feedSeq = store.lastChangeSeq();
    return {};
}

void SyncState::recordWritten(const CrmRecord &record, qint64 changeSeq,
                              std::optional<QByteArrayView> storedFields)
{
    m_scope.apply(record, changeSeq, storedFields);
    m_senders.apply(record);
    if (record.type == RecordTypes::Email) {
        if (!record.deleted && record.field(kState) == kPendingSend)
            m_pendingSends.insert(record.id);
        else
            m_pendingSends.remove(record.id);
    }
    m_feedSeq = std::max(m_feedSeq, changeSeq);
}

Mailbox *SyncState::mailbox(const QString &id)
{
    for (Mailbox &m : m_mailboxes) {
        if (m.id == id)
            return &m;
    }
    return nullptr;
}

const User *SyncState::user(const QString &id) const
{
    const auto it = m_users.constFind(id);
    return it == m_users.cend() ? nullptr : &it.value();
}

const Mailbox *SyncState::mailboxOfUser(const QString &userId) const
{
    for (const Mailbox &m : m_mailboxes) {
        if (m.userId == userId)
            return &m;
    }
    return nullptr;
}

Result<QHash<QString, Link> *> SyncState::links(OrgStore &store, const QString &mailboxId)
{
    auto it = m_links.find(mailboxId);
    if (it != m_links.end())
        return &it.value();
    QHash<QString, Link> links;
    auto r = store.forEachLink(mailboxId, [&](const Link &l) {
        links.insert(l.itemId, l);
        return true;
    });
    if (!r)
        return r.error();
    if (links.isEmpty()) // from here on each link it gets is marked (linkedRows())
        m_linksReadEmpty.insert(mailboxId, m_scope.loads());
    // Most lookups of a change cycle miss (records changed outside the
    // mailbox's scope), and a miss compares the key of every entry on its
    // probe path: read into a table four times its size, it compares few.
    links.reserve(links.size() * 4);
    return &m_links.insert(mailboxId, std::move(links)).value();
}

void SyncState::reserveLinks(QHash<QString, Link> &links, qsizetype adding)
{
    // reserve() hashes every key again even when the table is large enough.
    const qsizetype size = links.size() + adding;
    if (links.capacity() < size)
        links.reserve(size * 4);
}

namespace {

void addLinkedTypes(const std::vector<FetchLinkEntity> &links, QStringList &types)
{
    for (const FetchLinkEntity &link : links) {
        types.append(link.name);
        addLinkedTypes(link.links, types);
    }
}

} // namespace

SyncState::ScopeKey SyncState::keyOf(const QString &type, const std::vector<SyncFilter> &filters,
                                     const EvaluationContext &context) const
{
    QStringList linked;
    bool clock = false;
    for (const SyncFilter &f : filters) {
        const auto parsed = m_parsed.constFind(f.fetchXml);
        if (parsed == m_parsed.cend()) {
            clock = true; // not known not to
            continue;
        }
        addLinkedTypes(parsed->entity.links, linked);
        clock = clock || anyCondition(*parsed, [](const FetchCondition &c) {
                    return operatorInfo(c.op).relativeDate;
                });
    }
    linked.removeDuplicates();
    ScopeKey key{true, m_scope.version(), context, filters, m_tables, {}, !linked.isEmpty()};
    key.clock = clock;
    key.marks.emplace_back(type, m_scope.mark(type));
    for (const QString &t : std::as_const(linked)) {
        if (t != type)
            key.marks.emplace_back(t, m_scope.mark(t));
    }
    return key;
}

bool SyncState::ScopeKey::sameContext(const EvaluationContext &other) const
{
    if (clock)
        return context == other;
    EvaluationContext atTheKeysTime = other;
    atTheKeysTime.now = context.now;
    return context == atTheKeysTime;
}

void SyncState::compileScope(UserScope &scope, const std::vector<SyncFilter> &filters,
                             const EvaluationContext &context) const
{
    scope.filters.clear();
    scope.compiled.clear();
    scope.timeZone = QString::fromLatin1(context.timeZone.id());
    for (const SyncFilter &f : filters) {
        const auto parsed = m_parsed.constFind(f.fetchXml);
        if (parsed == m_parsed.cend())
            continue; // never: loadTables() keeps only the filters that parse
        auto compiled = CompiledFilter::compile(*parsed, m_scope.snapshots(), context);
        if (!compiled) {
            qCWarning(lcSync) << "filter" << f.id
                              << "cannot be evaluated:" << compiled.error().message;
            continue;
        }
        scope.filters.push_back(f);
        scope.compiled.push_back(std::move(compiled).value());
    }
}

// The rows to decide again when a scope computed at `before` is asked for at
// `now`: those written since, when the filters read only their own type's
// records and few of them moved (a cycle's inbound writes would otherwise
// evaluate the user's filters over every record, once per write). None when
// the whole scope must be evaluated again.
std::optional<std::vector<int>> SyncState::rowsToDecideAgain(const ScopeKey &before,
                                                             const ScopeKey &now) const
{
    if (before.joins || before.marks.size() != now.marks.size() ||
        before.marks.front().first != now.marks.front().first ||
        before.marks.front().second.load != now.marks.front().second.load ||
        !std::equal(before.marks.begin() + 1, before.marks.end(), now.marks.begin() + 1))
        return std::nullopt;
    const QString &type = now.marks.front().first;
    const std::vector<int> changed = m_scope.rowsAppliedSince(type, before.marks.front().second);
    const RecordSnapshot *snapshot = m_scope.snapshot(type);
    if (!snapshot || qsizetype(changed.size()) > std::max(64, snapshot->size() / 16))
        return std::nullopt;
    return changed;
}

// `scope`, compiled anew, with the rows `changed` decided again.
void SyncState::updateRows(UserScope &scope, const QString &type,
                           const std::vector<int> &changed) const
{
    std::vector<int> matched = changed;
    m_scope.keepLive(type, matched);
    std::erase_if(matched, [&](int row) { return scope.matchingFilter(row) < 0; });
    // The rows are those not changed and those changed that match. A few
    // changed rows (a change cycle writes one record at a time) are taken out
    // and put back in place, not by rebuilding the whole list each time.
    if (changed.size() * 16 < scope.rows.size()) {
        std::vector<int> &rows = scope.rows;
        for (int row : changed) {
            const auto at = std::lower_bound(rows.begin(), rows.end(), row);
            if (at != rows.end() && *at == row)
                rows.erase(at);
        }
        for (int row : matched)
            rows.insert(std::lower_bound(rows.begin(), rows.end(), row), row);
        return;
    }
    std::vector<int> kept;
    std::set_difference(scope.rows.begin(), scope.rows.end(), changed.begin(), changed.end(),
                        std::back_inserter(kept));
    scope.rows.clear();
    std::set_union(kept.begin(), kept.end(), matched.begin(), matched.end(),
                   std::back_inserter(scope.rows));
}

Result<const UserScope *> SyncState::scopeOf(const UserId &userId, const QString &type,
                                             const QDateTime &now)
{
    // Asked once per item: answered without building the pairKey (a time zone
    // lookup, the filters copied) while nothing it depends on has moved.
    const QString scopeKey = pairKey(userId.text(), type);
    const auto cached = m_scopes.find(scopeKey);
    if (cached != m_scopes.end()) {
        const ScopeKey &k = cached->first;
        if (k.valid && k.tables == m_tables && k.version == m_scope.version() && k.sameClock(now))
            return &cached->second;
    }
    const std::vector<SyncFilter> filters = m_filters.value(userId.text()).value(type);
    const auto *user = this->user(userId.text());
    const EvaluationContext context = EvaluationContext::forUser(
        user ? *user : User{userId.text(), {}, {}, EmailFiltering::Responses}, m_teams, now);
    auto &[cachedKey, scope] = m_scopes[scopeKey];
    ScopeKey key = keyOf(type, filters, context);
    if (cachedKey.valid && cachedKey.sameContext(context) && cachedKey.filters == filters) {
        // Records of other types were written, or only a few of this one.
        if (cachedKey.marks == key.marks) {
            cachedKey = std::move(key);
            return &scope;
        }
        if (const auto changed = rowsToDecideAgain(cachedKey, key)) {
            compileScope(scope, filters, context); // the columns may hold new values
            updateRows(scope, type, *changed);
            cachedKey = std::move(key);
            return &scope;
        }
    }

    ++m_fullScopeEvaluations;
    scope = UserScope{};
    compileScope(scope, filters, context);
    for (const CompiledFilter &filter : scope.compiled) {
        std::vector<int> rows = filter.selectRows();
        std::vector<int> both;
        std::set_union(scope.rows.begin(), scope.rows.end(), rows.begin(), rows.end(),
                       std::back_inserter(both));
        scope.rows.swap(both);
    }
    m_scope.keepLive(type, scope.rows);
    cachedKey = std::move(key);
    return &scope;
}

std::optional<bool> SyncState::inKnownScope(const UserId &userId, const QString &type, int row,
                                            const QDateTime &now) const
{
    const auto cached = m_scopes.constFind(pairKey(userId.text(), type));
    if (cached == m_scopes.cend())
        return std::nullopt;
    const auto &[key, scope] = *cached;
    if (!key.valid || key.joins || key.tables != m_tables || !key.sameClock(now) ||
        key.marks.size() != 1 || m_scope.writtenSince(type, row, key.marks.front().second))
        return std::nullopt;
    return std::binary_search(scope.rows.begin(), scope.rows.end(), row);
}

std::optional<std::vector<int>> SyncState::previousScope(const QString &mailboxId,
                                                         const QString &type) const
{
    const auto it = m_previousScopes.constFind(pairKey(mailboxId, type));
    if (it == m_previousScopes.cend())
        return std::nullopt;
    return *it;
}

void SyncState::setPreviousScope(const QString &mailboxId, const QString &type,
                                 std::vector<int> rows)
{
    m_previousScopes.insert(pairKey(mailboxId, type), std::move(rows));
}

bool SyncState::linksReadEmptyThisLoad(const QString &mailboxId) const
{
    const auto read = m_linksReadEmpty.constFind(mailboxId);
    return read != m_linksReadEmpty.cend() && *read == m_scope.loads();
}

const std::vector<bool> *SyncState::linkedRows(const QString &mailboxId, const QString &type) const
{
    static const std::vector<bool> none;
    const auto mailbox = m_linkedRows.constFind(mailboxId);
    if (mailbox != m_linkedRows.cend()) {
        const auto known = mailbox->constFind(type);
        if (known != mailbox->cend() && known->load == m_scope.loads())
            return &known->rows;
    }
    return linksReadEmptyThisLoad(mailboxId) ? &none : nullptr;
}

void SyncState::setLinkedRows(const QString &mailboxId, const QString &type,
                              const std::vector<int> &rows)
{
    LinkedRows &known = m_linkedRows[mailboxId][type];
    known.load = m_scope.loads();
    known.rows.clear();
    addLinkedRows(mailboxId, type, rows);
}

void SyncState::addLinkedRows(const QString &mailboxId, const QString &type,
                              const std::vector<int> &rows)
{
    if (rows.empty())
        return;
    LinkedRows *known = nullptr;
    if (linksReadEmptyThisLoad(mailboxId)) { // every link since is marked: start the type's
        known = &m_linkedRows[mailboxId][type];
        if (known->load != m_scope.loads())
            *known = LinkedRows{m_scope.loads(), {}};
    } else if (const auto mailbox = m_linkedRows.find(mailboxId); mailbox != m_linkedRows.end()) {
        const auto it = mailbox->find(type);
        if (it != mailbox->end() && it->load == m_scope.loads())
            known = &it.value();
    }
    if (!known)
        return;
    const size_t size = size_t(*std::max_element(rows.begin(), rows.end())) + 1;
    if (known->rows.size() < size)
        known->rows.resize(size, false);
    for (int row : rows)
        known->rows[size_t(row)] = true;
}

void SyncState::linkAdded(const QString &mailboxId, const QString &type, const QString &itemId)
{
    const int row = m_scope.rowOf(type, itemId);
    if (row >= 0)
        addLinkedRows(mailboxId, type, {row});
}

QHash<QString, QString> SyncState::trackedFolders(const QString &mailboxId) const
{
    return m_trackedFolders.value(mailboxId);
}

} // namespace SyncLens
