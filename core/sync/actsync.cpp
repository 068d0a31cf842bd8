#include "actsync.h"

#include "journalwriter.h"
#include "model/recordtypes.h"
#include "scopefacts.h"
#include "store/orgstore.h"
#include "store/storedrows.h"

#include <QJsonArray>

#include <algorithm>
#include <iterator>

namespace SyncLens {

namespace {

const QStringList kTypes{QString(RecordTypes::Appointment), QString(RecordTypes::Task),
                         QString(RecordTypes::Contact)};

QString folderOf(const QString &type)
{
    if (type == RecordTypes::Appointment)
        return QStringLiteral("Calendar");
    if (type == RecordTypes::Task)
        return QStringLiteral("Tasks");
    return QStringLiteral("Contacts");
}

} // namespace

QJsonObject ActSync::merged(QJsonObject a, const QJsonObject &b)
{
    for (auto it = b.begin(); it != b.end(); ++it)
        a.insert(it.key(), it.value());
    return a;
}

ActSync::ActSync(CycleContext &context, Mailbox &mailbox, const User &user)
    : m_ctx(context)
    , m_mailbox(mailbox)
    , m_user(user)
{
    for (const QString &type : kTypes)
        m_fields.insert(type, FieldSync(context.state.settings(), type));
}

Result<void> ActSync::run(const QList<ExchangeItem> &changed, bool everything)
{
    auto links = m_ctx.state.links(m_ctx.store, m_mailbox.id);
    if (!links)
        return links.error();
    m_links = *links;
    // The items' records, read before inbound writes any: each read waits
    // for the writes behind (OrgStore::writeBehindUntilCommit()), and one
    // read per new item between their writes ran most of those writes on this
    // thread (9 % of a first cycle's deciding thread at 20,000 items). An
    // item's decision writes only its own record.
    std::vector<std::pair<const ExchangeItem *, std::optional<CrmRecord>>> decided;
    for (const ExchangeItem &item : changed) {
        if (!RecordTypes::isFilterable(item.type) || leftApartUnchanged(item))
            continue;
        auto stored = m_ctx.store.crmRecord(item.id);
        if (!stored)
            return stored.error();
        decided.emplace_back(&item, std::move(stored).value());
    }
    for (auto &[item, stored] : decided) {
        if (auto r = inbound(*item, std::move(stored)); !r)
            return r;
    }
    for (const QString &type : kTypes) {
        if (auto r = outbound(type, everything); !r)
            return r;
    }
    return {};
}

Link *ActSync::linkOf(const QString &itemId)
{
    auto it = m_links->find(itemId);
    return it == m_links->end() ? nullptr : &it.value();
}

const QJsonObject &ActSync::agreedOf(const Link &link)
{
    if (link.syncedJson != m_agreedText) {
        m_agreedText = link.syncedJson;
        m_agreed = link.synced();
    }
    return m_agreed;
}

QByteArray ActSync::copyAgreeing(const QJsonObject &source, QJsonObject &target, Link &link,
                                 const QStringList &names)
{
    QJsonObject agreed = agreedOf(link);
    QByteArray facts = FieldSync::copyAsText(source, target, agreed, names);
    link.setSynced(agreed);
    return facts;
}

Result<const UserScope *> ActSync::scope(const QString &type)
{
    return m_ctx.state.scopeOf(UserId(m_user.id), type, m_ctx.now);
}

bool ActSync::inScope(const QString &type, const QString &id)
{
    const int row = m_ctx.state.scope().rowOf(type, id);
    if (row < 0)
        return false;
    if (const auto known = m_ctx.state.inKnownScope(UserId(m_user.id), type, row, m_ctx.now))
        return *known;
    auto s = scope(type);
    return s && std::binary_search((*s)->rows.begin(), (*s)->rows.end(), row);
}

Result<bool> ActSync::readRecord(const QString &id, CrmRecord &crm)
{
    auto found = m_ctx.store.crmRecord(id);
    if (!found)
        return found.error();
    if (!*found)
        return false; // gone from the store since the snapshot: the next cycle sees it
    crm = std::move(**found);
    return true;
}

Result<void> ActSync::writeCrm(CrmRecord record)
{
    const QByteArray fields = toJsonBytes(record.fields);
    if (auto r = m_ctx.store.upsertCrmRecord(record, fields); !r)
        return r;
    m_ctx.state.recordWritten(record, m_ctx.store.lastChangeSeq(), fields);
    return {};
}

Result<void> ActSync::saveLink(const Link &link)
{
    m_links->insert(link.itemId, link);
    return m_ctx.store.upsertLink(link);
}

Result<void> ActSync::dropLink(const QString &itemId)
{
    m_links->remove(itemId);
    return m_ctx.store.removeLink(MailboxId(m_mailbox.id), ItemId(itemId));
}

// --- outbound -------------------------------------------------------------

Result<bool> ActSync::scopeRulesChanged(const QString &type)
{
    auto filters = m_ctx.store.changeMark(OrgStore::filtersMark(UserId(m_user.id), type));
    if (!filters)
        return filters.error();
    auto settings = m_ctx.store.changeMark(OrgStore::settingsMark());
    if (!settings)
        return settings.error();
    return *filters > m_mailbox.lastSeq || *settings > m_mailbox.lastSeq;
}

Result<void> ActSync::outbound(const QString &type, bool everything)
{
    auto s = scope(type);
    if (!s)
        return s.error();
    const UserScope &current = **s;
    auto rulesChanged = scopeRulesChanged(type);
    if (!rulesChanged)
        return rulesChanged.error();
    ScopeCache &cache = m_ctx.state.scope();
    const auto previous = m_ctx.state.previousScope(m_mailbox.id, type);
    const bool walkAll =
        everything || *rulesChanged || !previous || m_mailbox.lastSeq < cache.loadedSeq();

    std::vector<int> candidates;
    const std::vector<int> owned = cache.rowsOwnedBy(type, UserId(m_user.id));
    if (walkAll) {
        const std::vector<int> linked = linkedRows(type);
        std::set_union(current.rows.begin(), current.rows.end(), owned.begin(), owned.end(),
                       std::back_inserter(candidates));
        std::vector<int> all;
        std::set_union(candidates.begin(), candidates.end(), linked.begin(), linked.end(),
                       std::back_inserter(all));
        candidates.swap(all);
        SyncState::reserveLinks(*m_links, qsizetype(candidates.size())); // each gets one
    } else {
        std::set_symmetric_difference(current.rows.begin(), current.rows.end(), previous->begin(),
                                      previous->end(), std::back_inserter(candidates));
        const RecordSnapshot *snapshot = cache.snapshot(type);
        const std::vector<bool> *mayBeLinked = m_ctx.state.linkedRows(m_mailbox.id, type);
        const auto linked = [&](int row) {
            if (mayBeLinked && (size_t(row) >= mayBeLinked->size() || !(*mayBeLinked)[size_t(row)]))
                return false;
            return m_links->contains(snapshot->id(row));
        };
        for (int row : cache.rowsChangedSince(type, m_mailbox.lastSeq)) {
            const bool relevant =
                std::binary_search(current.rows.begin(), current.rows.end(), row) ||
                std::binary_search(owned.begin(), owned.end(), row) || linked(row);
            if (relevant)
                candidates.push_back(row);
        }
        std::sort(candidates.begin(), candidates.end());
        candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    }
    for (int row : candidates) {
        if (auto r = decideOutbound(type, current, row, *rulesChanged); !r)
            return r;
    }
    // The links this decided (and, walking all, those it found) are among the
    // candidates: marked, the next cycles look their records up in the links.
    if (walkAll)
        m_ctx.state.setLinkedRows(m_mailbox.id, type, candidates);
    else
        m_ctx.state.addLinkedRows(m_mailbox.id, type, candidates);
    m_ctx.state.setPreviousScope(m_mailbox.id, type, current.rows);
    return {};
}

// The rows of `type` the mailbox holds a link to, in order: where marked, the
// marked rows it does hold one to; else each link's, found by its id (a first
// cycle's walks looked up the links of the emails and of the types before,
// 2 % of its deciding thread).
std::vector<int> ActSync::linkedRows(const QString &type) const
{
    ScopeCache &cache = m_ctx.state.scope();
    std::vector<int> linked;
    if (const std::vector<bool> *marked = m_ctx.state.linkedRows(m_mailbox.id, type)) {
        const RecordSnapshot *snapshot = cache.snapshot(type);
        for (size_t row = 0; row < marked->size(); ++row) {
            if ((*marked)[row] && m_links->contains(snapshot->id(int(row))))
                linked.push_back(int(row));
        }
        return linked;
    }
    for (auto it = m_links->cbegin(); it != m_links->cend(); ++it) {
        if (const int row = cache.rowOf(type, it.key()); row >= 0)
            linked.push_back(row);
    }
    std::sort(linked.begin(), linked.end());
    return linked;
}

Result<void> ActSync::decideOutbound(const QString &type, const UserScope &scope, int row,
                                     bool scopeRulesChanged)
{
    ScopeCache &cache = m_ctx.state.scope();
    const QString id = cache.snapshot(type)->id(row);
    Link *link = linkOf(id);
    SyncRules::OutboundFacts facts;
    facts.link = link;
    facts.deleted = !cache.isLive(type, row);
    facts.inScope = std::binary_search(scope.rows.begin(), scope.rows.end(), row);
    facts.touched = cache.changeSeqOf(type, row) > m_mailbox.lastSeq;
    facts.scopeRulesChanged = scopeRulesChanged;

    CrmRecord crm;
    if (facts.deleted && link && link->isLinked()) {
        // Whether the copy goes too depends on the deleted record (model v2).
        auto read = readRecord(id, crm);
        if (!read)
            return read.error();
        if (*read) {
            facts.keepCopyOnDelete =
                SyncRules::crmDeleteKeepsCopy(SyncRules::recordFacts(crm, m_user.id, m_ctx.now));
        }
    }
    const bool linked = link && link->isLinked();
    const bool needRecord = !facts.deleted && (facts.inScope || linked);
    // The record's fields as stored, read as text and parsed only if need be:
    // most records a change cycle looks at again have nothing to send, and a
    // new copy or an update copies the text as it is.
    std::optional<QByteArrayView> storedFields;
    QByteArray readFields; // storedFields when the scope does not hold them
    if (needRecord) {
        if (const auto held = cache.fieldsText(type, row)) {
            storedFields = *held;
        } else {
            auto text = m_ctx.store.crmRecordFieldsJson(id);
            if (!text)
                return text.error();
            if (!*text)
                return {}; // gone from the store since the snapshot: the next cycle sees it
            readFields = std::move(**text);
            storedFields = readFields;
        }
    }
    if (needRecord && linked) {
        const QStringList &names = m_fields[type].outbound();
        if (auto changed = FieldSync::changedFields(*storedFields, link->syncedJson, names)) {
            facts.crmChanged = *changed;
        } else { // text to parse: the record is read whole once, here
            auto read = readRecord(id, crm);
            if (!read || !*read)
                return withoutValue(read);
            facts.crmChanged = FieldSync::changedFields(crm.fields, agreedOf(*link), names);
            storedFields.reset();
        }
    }
    const auto code = SyncRules::decideOutbound(facts, m_ctx.state.settings().sync.outOfScope);
    if (storedFields && code && needsRecord(*code)) { // nothing else reads the record
        auto done = applyFromText(*code, type, scope, row, id, *storedFields, link);
        if (!done || *done)
            return withoutValue(done);
        // Anything else (or text to parse) reads the record whole, as before.
        auto read = readRecord(id, crm);
        if (!read || !*read)
            return withoutValue(read);
    }
    if (code)
        return applyOutbound(*code, type, scope, row, crm, link);
    // Nothing to journal; the link still learns where the record stands.
    if (link && facts.deleted && !link->isLinked())
        return dropLink(id);
    if (link && !facts.deleted && link->inScope != facts.inScope) {
        Link updated = *link;
        updated.inScope = facts.inScope;
        return saveLink(updated);
    }
    return {};
}

bool ActSync::needsRecord(ReasonCode code)
{
    // These change only the link, the copy's deletion and the journal.
    return code != ReasonCode::LeftScope && code != ReasonCode::LeftScopeDeleted &&
           code != ReasonCode::NotInScope;
}

Result<bool> ActSync::applyFromText(ReasonCode code, const QString &type, const UserScope &scope,
                                    int row, const QString &id, QByteArrayView fields,
                                    const Link *link)
{
    const QStringList &names = m_fields[type].outbound();
    auto createFromText = [&]() -> Result<bool> {
        const auto created = FieldSync::create(fields, names);
        if (!created)
            return false;
        if (auto r = createCopy(type, scope, row, id, *created); !r)
            return r.error();
        return true;
    };
    if (code == ReasonCode::OutCreate)
        return createFromText();
    if ((code != ReasonCode::OutUpdate && code != ReasonCode::BackInScope) || !link)
        return false;
    QByteArray itemFields;
    auto item =
        m_ctx.store.exchangeItemWithFieldsText(MailboxId(m_mailbox.id), ItemId(id), itemFields);
    if (!item)
        return item.error();
    if (!*item || (**item).deleted)
        return createFromText(); // the copy is gone: a new one, as applyOutbound() makes
    auto copied = FieldSync::copy(fields, itemFields, link->syncedJson, names);
    if (!copied)
        return false;
    CopyAndLink updated{std::move(**item), *link};
    updated.link.syncedJson = std::move(copied->agreedJson);
    if (auto r = updateCopy(code, type, scope, row, std::move(updated), *copied); !r)
        return r.error();
    return true;
}

Result<void> ActSync::updateCopy(ReasonCode code, const QString &type, const UserScope &scope,
                                 int row, CopyAndLink updated, const FieldSync::Copied &copied)
{
    ExchangeItem &copy = updated.copy;
    copy.modifiedOn = m_ctx.now;
    if (auto r = m_ctx.store.upsertExchangeItem(copy, copied.targetJson); !r)
        return r;
    Link &link = updated.link;
    link.inScope = true;
    link.lastSynced = m_ctx.now;
    if (auto r = saveLink(link); !r)
        return r;
    CompactJsonObject facts; // written as a new copy's are
    facts.insertString(QLatin1StringView("type"), type);
    ScopeFacts::insertInScope(facts, scope, row);
    facts.insertJson(QLatin1StringView("fields"), copied.factsJson);
    return m_ctx.journal.record(MailboxId(m_mailbox.id), ItemId(copy.id), code, facts);
}

Result<void> ActSync::createCopy(const QString &type, const UserScope &scope, int row,
                                 const CrmRecord &crm)
{
    return createCopy(type, scope, row, crm.id,
                      FieldSync::create(crm.fields, m_fields[type].outbound()));
}

Result<void> ActSync::createCopy(const QString &type, const UserScope &scope, int row,
                                 const QString &id, const FieldSync::Created &created)
{
    ExchangeItem item{m_mailbox.id, id, type, {}, folderOf(type)};
    item.createdOn = m_ctx.now;
    item.modifiedOn = m_ctx.now;
    if (auto r = m_ctx.store.upsertExchangeItem(item, created.fieldsJson); !r)
        return r;
    // The new copy holds exactly what both sides agree on (FieldSync::
    // agreedValues() of the two): the link agrees on its fields.
    Link link{m_mailbox.id, id, Link::State::Linked, true, m_ctx.now};
    link.syncedJson = created.fieldsJson;
    if (auto r = saveLink(link); !r)
        return r;
    CompactJsonObject facts;
    facts.insertJson(QLatin1StringView("fields"), created.factsJson);
    ScopeFacts::insertInScope(facts, scope, row);
    facts.insertString(QLatin1StringView("type"), type);
    return m_ctx.journal.record(MailboxId(m_mailbox.id), ItemId(id), ReasonCode::OutCreate, facts);
}

// The type and why the record is out of scope, written as text: a first
// cycle decides so for every record no filter keeps.
Result<void> ActSync::recordOutOfScope(ReasonCode code, const QString &type, const UserScope &scope,
                                       int row, const QString &id)
{
    CompactJsonObject facts;
    facts.insertString(QLatin1StringView("type"), type);
    ScopeFacts::insertOutOfScope(facts, scope, row);
    return m_ctx.journal.record(MailboxId(m_mailbox.id), ItemId(id), code, facts);
}

Result<void> ActSync::applyOutbound(ReasonCode code, const QString &type, const UserScope &scope,
                                    int row, const CrmRecord &crm, Link *link)
{
    const QString id = m_ctx.state.scope().snapshot(type)->id(row);
    QJsonObject facts{{QStringLiteral("type"), type}};
    auto deleteCopy = [&]() -> Result<void> {
        auto item = m_ctx.store.exchangeItem(MailboxId(m_mailbox.id), ItemId(id));
        if (!item)
            return item.error();
        if (!*item || (*item)->deleted)
            return {};
        ExchangeItem gone = **item;
        gone.deleted = true;
        gone.modifiedOn = m_ctx.now;
        return m_ctx.store.upsertExchangeItem(gone);
    };

    switch (code) {
    case ReasonCode::OutCreate:
        return createCopy(type, scope, row, crm);
    case ReasonCode::OutUpdate:
    case ReasonCode::BackInScope: {
        auto item = m_ctx.store.exchangeItem(MailboxId(m_mailbox.id), ItemId(id));
        if (!item)
            return item.error();
        if (!*item || (*item)->deleted)
            return createCopy(type, scope, row, crm);
        CopyAndLink updated{**item, *link};
        QJsonObject agreed = agreedOf(*link);
        FieldSync::Copied copied;
        copied.factsJson = FieldSync::copyAsText(crm.fields, updated.copy.fields, agreed,
                                                 m_fields[type].outbound());
        copied.targetJson = compactJson(updated.copy.fields);
        updated.link.setSynced(agreed);
        return updateCopy(code, type, scope, row, std::move(updated), copied);
    }
    case ReasonCode::LeftScope: {
        Link updated = *link;
        updated.inScope = false;
        if (auto r = saveLink(updated); !r)
            return r;
        return recordOutOfScope(code, type, scope, row, id);
    }
    case ReasonCode::LeftScopeDeleted:
    case ReasonCode::NotInScope: {
        if (code == ReasonCode::LeftScopeDeleted) {
            if (auto r = deleteCopy(); !r)
                return r;
        }
        Link updated{m_mailbox.id, id, Link::State::Decided, false, m_ctx.now};
        if (auto r = saveLink(updated); !r)
            return r;
        return recordOutOfScope(code, type, scope, row, id);
    }
    case ReasonCode::OutSkippedOutOfScope: {
        const QJsonObject agreed = agreedOf(*link);
        const QStringList unsent =
            FieldSync::changedFields(crm.fields, agreed, m_fields[type].outbound());
        QJsonArray fields;
        for (const QString &f : unsent) {
            fields.append(QJsonObject{{QStringLiteral("field"), f},
                                      {QStringLiteral("crm"), crm.fields.value(f)},
                                      {QStringLiteral("exchange"), agreed.value(f)}});
        }
        facts.insert(QStringLiteral("unsent"), fields);
        facts = merged(facts, ScopeFacts::outOfScope(scope, row));
        break;
    }
    case ReasonCode::CrmDelete:
        if (auto r = deleteCopy(); !r)
            return r;
        if (auto r = dropLink(id); !r)
            return r;
        break;
    case ReasonCode::CrmDeleteKept: { // link removed; the copy stays in Outlook
        const SyncRules::RecordFacts r = SyncRules::recordFacts(crm, m_user.id, m_ctx.now);
        facts.insert(QStringLiteral("active"), r.active);
        facts.insert(QStringLiteral("ahead"), r.ahead);
        facts.insert(QStringLiteral("statecode"), r.statecode);
        facts.insert(QStringLiteral("ownerIsUser"), r.ownerIsUser);
        facts.insert(QStringLiteral("user"), m_user.id);
        if (auto d = dropLink(id); !d)
            return d;
        break;
    }
    default:
        break;
    }
    return m_ctx.journal.record(MailboxId(m_mailbox.id), ItemId(id), code, facts);
}

} // namespace SyncLens
