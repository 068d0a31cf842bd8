#pragma once

#include "model/alert.h"
#include "model/compactjson.h"
#include "model/crmrecord.h"
#include "model/exchangeitem.h"
#include "model/filterstore.h"
#include "model/filterversion.h"
#include "model/ids.h"
#include "model/journalentry.h"
#include "model/journalstore.h"
#include "model/link.h"
#include "model/livemailbox.h"
#include "model/mailbox.h"
#include "model/orgevent.h"
#include "model/orgreader.h"
#include "model/orgsettings.h"
#include "model/result.h"
#include "model/syncfilter.h"
#include "model/team.h"
#include "model/user.h"
#include "orgcounts.h"
#include "storedrows.h"
#include "writebehind.h"

#include <QCoreApplication>
#include <QHash>
#include <QLockFile>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace SyncLens {

class SqliteStatement;
class SqliteStatements;

// The one owner of an org's SQLite database (one file per org, WAL mode,
// schema versioned with PRAGMA user_version and migrated forward on open).
//
// Threading: an OrgStore belongs to the thread that opened it and is used from
// that thread only; another thread opens its own OrgStore on the same file.
// A read-write open takes a lock file beside the database (FILE.lock), so a
// second process gets Error::Code::Locked instead of racing the first.
//
// Every write runs in a transaction: a single call is one transaction, and
// `transaction()` groups many calls into one. Nothing is ever half-written.
//
// The rule libraries see it only through OrgReader and SequenceSource; the
// journal writer and readers through JournalStore, the filter history through
// FilterStore (issue 13, point 7: callers depend on the part they need).
class OrgStore final : public OrgReader,
                       public SequenceSource,
                       public JournalStore,
                       public FilterStore
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::OrgStore)

public:
    enum class Access
    {
        ReadOnly,
        ReadWrite
    };

    // Creates a new, empty org at `path`; fails if the file exists.
    static Result<std::unique_ptr<OrgStore>> create(const QString &path, const QString &orgName);
    // Opens an existing org; a file that is not a SyncLens database, is damaged
    // or is newer than this program is refused and left unchanged.
    static Result<std::unique_ptr<OrgStore>> open(const QString &path,
                                                  Access access = Access::ReadWrite);
    // A private org in memory (scenarios, tests).
    static Result<std::unique_ptr<OrgStore>> createInMemory(const QString &orgName);

    ~OrgStore();
    Q_DISABLE_COPY_MOVE(OrgStore)

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_access == Access::ReadOnly; }
    // Whether a second connection to the file reads the records this one
    // does: the org is a file, not memory, and no transaction is open but
    // the outermost one (whose own writes the caller knows of).
    bool canBeReadAside() const { return m_path != u":memory:" && m_transactionDepth <= 1; }
    int schemaVersion() const;

    // Runs `work` in one transaction: committed when it returns ok, rolled back
    // when it fails. Calls may nest; only the outermost one commits.
    Result<void> transaction(const std::function<Result<void>()> &work) override;
    // From now until the open transaction ends, the rows a cycle writes by
    // the hundred thousand (records, items, links, journal entries) are
    // written on a thread of their own (WriteBehind) while the caller goes
    // on; anything else the store is asked waits for them first. A write
    // that fails then fails the transaction when it ends: nothing is
    // written, as when it fails at once. Does nothing outside a transaction.
    void writeBehindUntilCommit();
    // How many transactions wrote behind, since the store was opened.
    quint64 writeBehindRuns() const { return m_writeBehindRuns; }

    // Org-wide values
    Result<QString> orgName();
    Result<OrgSettings> orgSettings();
    Result<void> setOrgSettings(const OrgSettings &settings);
    Result<QString> metaValue(const QString &key) override;
    Result<void> setMetaValue(const QString &key, const QString &value);
    // The next number of a named sequence (1, 2, …); survives restarts.
    Result<qint64> nextSequenceValue(const QString &name) override;
    // Sets where a sequence stands: the next value will be `value + 1`.
    Result<void> setSequenceValue(const QString &name, qint64 value);

    // Users, mailboxes, filters (few: loaded whole)
    Result<void> upsertUser(const User &user);
    Result<QList<User>> users() override;
    Result<std::optional<User>> user(const QString &id) override;
    // Teams and their members (schema 6; an older file read-only has none).
    Result<void> upsertTeam(const Team &team);
    Result<QList<Team>> teams();
    Result<void> upsertMailbox(const Mailbox &mailbox);
    Result<QList<Mailbox>> mailboxes();
    Result<std::optional<Mailbox>> mailbox(const QString &id) override;
    Result<void> upsertFilter(const SyncFilter &filter) override;
    Result<void> removeFilter(const QString &id) override;
    Result<QList<SyncFilter>> filters(const QString &userId = {}) override;
    Result<std::optional<SyncFilter>> filter(const QString &id) override;

    // The history of filters (schema 4; an older file read-only has none).
    // Appends `version` as its filter's newest and returns its id.
    Result<qint64> appendFilterVersion(const FilterVersion &version) override;
    // One filter's versions, oldest first.
    Result<QList<FilterVersion>> filterVersions(const QString &filterId) override;
    // The versions of all of a user's filters (removed ones too), oldest first.
    Result<QList<FilterVersion>> filterVersionsOfUser(const QString &userId) override;
    Result<std::optional<FilterVersion>> filterVersion(qint64 id) override;

    // The org's events (schema 10; an older file read-only has none): the
    // changes that make the engine decide again, at the org's time.
    Result<qint64> appendOrgEvent(const OrgEvent &event) override;
    // The events with from <= time < to (an invalid end is open), by time.
    Result<QList<OrgEvent>> orgEvents(const QDateTime &from = {}, const QDateTime &to = {});
    Result<std::optional<OrgEvent>> orgEvent(qint64 id);

    // CRM records and Exchange items (many: streamed, never loaded whole)
    Result<void> upsertCrmRecord(const CrmRecord &record);
    Result<void> upsertCrmRecord(const CrmRecordRow &row); // its values as UTF-8 (storedrows.h)
    // The record with its fields given as their compact JSON text
    // (compactJson()); `record.fields` is not read.
    Result<void> upsertCrmRecord(const CrmRecord &record, QByteArrayView fieldsJson);
    Result<std::optional<CrmRecord>> crmRecord(const QString &id);
    // The record's fields as the text stored (see FieldSync::create()).
    Result<std::optional<QByteArray>> crmRecordFieldsJson(const QString &id);
    // Calls `visit` for each record of `type` (all types when empty) in id
    // order; `visit` returns false to stop early.
    Result<void> forEachCrmRecord(const QString &type, const RecordVisitor &visit) override;
    Result<void> forEachCrmRecordReading(const QString &type, const QStringList &fields,
                                         const RecordVisitor &visit) override;
    // Fields in compact text (compactJsonMembers()) are read from it; any
    // other text is parsed, and named if damaged.
    Result<void> forEachCrmRecordFields(const QString &type, const QStringList &fields,
                                        const RecordFieldsVisitor &visit) override;
    Result<void> upsertExchangeItem(const ExchangeItem &item);
    Result<void> upsertExchangeItem(const ExchangeItemRow &row);
    // The item with its fields given as their compact JSON text (compactJson());
    // `item.fields` is not read.
    Result<void> upsertExchangeItem(const ExchangeItem &item, QByteArrayView fieldsJson);
    Result<std::optional<ExchangeItem>> exchangeItem(const MailboxId &mailbox, const ItemId &item);
    // The item without its fields, and their text as stored in `fieldsText`
    // (see FieldSync::copy()).
    Result<std::optional<ExchangeItem>> exchangeItemWithFieldsText(const MailboxId &mailbox,
                                                                   const ItemId &item,
                                                                   QByteArray &fieldsText);
    Result<void> forEachExchangeItem(const QString &mailboxId,
                                     const std::function<bool(const ExchangeItem &)> &visit);
    // The items named `id` in any mailbox (an email is named by its message
    // id, and the same message can be in several mailboxes), by mailbox.
    Result<QList<ExchangeItem>> exchangeItemsById(const QString &id);

    // Links: what each mailbox knows of each item
    Result<void> upsertLink(const Link &link);
    Result<void> removeLink(const MailboxId &mailbox, const ItemId &item);
    Result<std::optional<Link>> link(const MailboxId &mailbox, const ItemId &item);
    Result<void> forEachLink(const QString &mailboxId,
                             const std::function<bool(const Link &)> &visit);

    // Changes, for incremental sync. Every write of a CRM record or an
    // Exchange item takes the next org-wide change number, and so does every
    // change of a user's filters or of the org settings (a change mark).
    qint64 lastChangeSeq() const { return m_changeSeq; }
    // The change number of a mark's last change; 0 when it never changed.
    Result<qint64> changeMark(const QString &name);
    static QString filtersMark(const UserId &userId, const QString &type);
    static QString settingsMark();
    // Records (all types) and one mailbox's items written after `seq`, in
    // the order they were written; deleted ones included. `visit` also gets
    // each record's change number.
    using ChangedRecordVisitor = std::function<bool(const CrmRecord &, qint64 changeSeq)>;
    // `onlyFields` (ascending), when given: the fields `visit` reads (see
    // forEachCrmRecordOfType()).
    Result<void> forEachCrmRecordChangedSince(qint64 seq, const ChangedRecordVisitor &visit,
                                              const QStringList *onlyFields = nullptr);
    // The same, with each record's fields as stored (valid during `visit`).
    using ChangedRecordTextVisitor =
        std::function<bool(const CrmRecord &, qint64 changeSeq, QByteArrayView fieldsText)>;
    Result<void> forEachCrmRecordChangedSinceWithText(qint64 seq,
                                                      const ChangedRecordTextVisitor &visit,
                                                      const QStringList *onlyFields = nullptr);
    // Every record of `type` (deleted ones included) with its change number,
    // in the order they were first stored: sorting by id sorted every row of
    // the type through a temporary B-tree, 0.8 s of a 1M-item first cycle.
    // `onlyFields` (ascending), when given: the fields `visit` reads; a record
    // may come without the others (see StoreRows::parseJsonObject()).
    Result<void> forEachCrmRecordOfType(const QString &type, const ChangedRecordVisitor &visit,
                                        const QStringList *onlyFields = nullptr);
    // The same, with each record's fields as stored (valid during `visit`).
    // Fields stored in the compact form come as their members (views into
    // the text), the record holding only its id, type and whether deleted:
    // parsing each record into a QJsonObject was half of the sync filters'
    // load of the records. Others come whole (only `onlyFields`, ascending,
    // when given), `members` null.
    using RecordMembersVisitor =
        std::function<bool(const CrmRecord &, const CompactJsonMembers *members, qint64 changeSeq,
                           QByteArrayView fieldsText)>;
    Result<void> forEachCrmRecordOfTypeWithText(const QString &type,
                                                const RecordMembersVisitor &visit,
                                                const QStringList *onlyFields = nullptr);
    Result<void>
    forEachExchangeItemChangedSince(const QString &mailboxId, qint64 seq,
                                    const std::function<bool(const ExchangeItem &)> &visit);
    // The same, but items of `typeLeftAsText` come with no fields and
    // `fieldsText`, their stored text, for the caller to parse when it needs
    // them (exchangeItemFields()); others come whole with an empty text.
    // Parsing every email here was a third of this read.
    using ItemWithTextVisitor =
        std::function<bool(const ExchangeItem &, QByteArrayView fieldsText)>;
    Result<void> forEachExchangeItemChangedSince(const QString &mailboxId, qint64 seq,
                                                 const ItemWithTextVisitor &visit,
                                                 const QString &typeLeftAsText);
    // An item's fields from the text forEachExchangeItemChangedSince() gave;
    // damaged text is the error a read of the item would give.
    Result<QJsonObject> exchangeItemFields(const ExchangeItem &item, QByteArrayView text) const;
    // Items whose id, subject or name contains `text` (case-insensitive): CRM
    // records first, then Exchange items not in CRM; at most `limit`.
    struct ItemMatch
    {
        QString id;
        QString type;
        QString title;
        QString mailboxId; // for an Exchange item; empty for a CRM record
    };
    Result<QList<ItemMatch>> searchItems(const QString &text, int limit);
    // Journal entries, newest first, narrowed by any of item, mailbox, code.
    Result<QList<JournalEntry>> journal(const ItemId &item, const MailboxId &mailbox,
                                        std::optional<ReasonCode> code, int limit) override;
    // The journal's latest entries of an item (newest last), at most `limit`.
    Result<QList<JournalEntry>> latestJournalForItem(const QString &itemId, int limit) override;

    // Journal (append-only) and alerts
    Result<qint64> appendJournalEntry(const JournalEntry &entry) override;
    Result<qint64> appendJournalEntryJson(const JournalEntry &entry,
                                          const QByteArray &factsJson) override;
    Result<QList<JournalEntry>> journalForItem(const QString &itemId) override;
    // A mailbox's decisions with from <= time < to, oldest first, at most `limit`.
    Result<QList<JournalEntry>> journalForMailbox(const QString &mailboxId, const QDateTime &from,
                                                  const QDateTime &to, int limit = 10000) override;
    // The same, streamed and without facts (left empty): for the timeline,
    // which reads a mailbox's whole history. An invalid `from` or `to` leaves
    // that end open. `visit` returns false to stop early.
    Result<void>
    forEachJournalEntry(const QString &mailboxId, const QDateTime &from, const QDateTime &to,
                        const std::function<bool(const JournalEntry &)> &visit) override;
    // How many decisions of each reason code (one mailbox, or all when empty).
    Result<QHash<ReasonCode, qint64>> journalCountsByCode(const QString &mailboxId = {}) override;
    Result<qint64> addAlert(const Alert &alert) override;
    Result<QList<Alert>> alerts(const QString &mailboxId) override;
    Result<QHash<QString, int>> alertCountsByMailbox() override;

    Result<OrgCounts> counts();

    // The policy report (orgstorereport.cpp): decisions per UTC day and
    // reason code, and alerts per severity, with from <= time < to.
    Result<QMap<QDate, QMap<ReasonCode, qint64>>> journalCountsByDay(const QDateTime &from,
                                                                     const QDateTime &to);
    Result<QMap<AlertSeverity, int>> alertCountsBySeverity(const QDateTime &from,
                                                           const QDateTime &to);

    // Live mode (schema 7; an older file read-only has none of these):
    // where the org came from ("sandbox" unless an import said "live").
    Result<QString> source();
    Result<void> upsertLiveMailbox(const LiveMailbox &mailbox);
    Result<QList<LiveMailbox>> liveMailboxes();
    // outlook (querytype 256) or offline (16); filters without one are outlook.
    Result<void> setFilterKind(const QString &filterId, const QString &kind);
    Result<QHash<QString, QString>> filterKinds();
    Result<void> upsertLiveTemplate(const LiveTemplate &t);
    Result<QList<LiveTemplate>> liveTemplates();
    Result<void> addLiveNote(const LiveNote &note);
    Result<QList<LiveNote>> liveNotes();
    // Live filters (schema 9; an older file read-only has none): the ETag a
    // filter was read or last written with (empty when unknown), and for
    // each filter version written to a live org, the org and the ETags.
    Result<void> setFilterETag(const QString &filterId, const QString &etag);
    Result<QString> filterETag(const QString &filterId);
    Result<void> recordLiveFilterWrite(qint64 versionId, const QString &org,
                                       const QString &etagBefore, const QString &etagAfter);
    // version id → {org, etag before, etag after}
    Result<QHash<qint64, QStringList>> liveFilterWrites();

    // Copies the write-ahead log into the database file now (outside a
    // transaction), instead of leaving it to the next writer.
    Result<void> checkpoint();
    // How much the write-ahead log holds since it last started again, in
    // bytes (0 in memory). The file itself may be larger: a checkpoint
    // leaves up to 64 MB of it to be written over.
    qint64 logBytes() const;
    // Which tables and indexes own the pages the log holds (see LogPages), and
    // how many each: what the commits since the last checkpoint cost, as
    // logBytes() counts them (a read-only store counts none).
    Result<QMap<QString, int>> logPagesByTree();
    // The log file's size that a checkpoint keeps.
    static constexpr qint64 kLogFileBytes = 64 << 20;

    // Bulk loading (orgstorebulk.cpp), only for a new file that nobody else
    // sees and that is thrown away unless completed (the sandbox's .part):
    // until finishBulkLoad() the journal is kept in memory and nothing is
    // synced, so a crash may leave the file damaged; and the secondary
    // indexes of the big tables are dropped, to be built once, in order, by
    // buildDroppedIndexes() instead of row by row.
    Result<void> startBulkLoad();
    // Builds the indexes startBulkLoad() dropped (none: does nothing).
    Result<void> buildDroppedIndexes();
    // Builds the dropped indexes and returns to WAL with NORMAL syncs: the
    // file is then like any org's.
    Result<void> finishBulkLoad();

    // Test hook: the n-th write statement from now fails as if the disk had
    // refused it (0 switches the hook off).
    void failNthWriteForTesting(int n) { m_failWriteCountdown = n; }

private:
    OrgStore(QString path, Access access);
    Result<void> connect(bool create);
    Result<void> configure();
    // Learns from SQLite how much the log holds after each commit, and
    // checkpoints past 16,384 pages as SQLite's own hook would.
    Result<void> watchLog();
    void unwatchLog();
    Result<void> validateIdentity();
    Result<void> migrate(int fromVersion);
    Result<void> initialiseNewOrg(const QString &orgName);

    QSqlQuery &prepared(const QString &sql);
    Result<QSqlQuery *> exec(const QString &sql, const QVariantList &values = {});
    Result<void> write(const QString &sql, const QVariantList &values);
    // Like write(); returns the new row's id.
    Result<qint64> insert(const QString &sql, const QVariantList &values);
    // The hot rows (records, items, links, journal) on SQLite's own interface.
    SqliteStatement &raw(const char *sql);
    // Steps a bound write statement as write() runs a query; returns the row id.
    Result<qint64> step(SqliteStatement &statement, const char *sql);
    // Writes a record's or item's row with `upsert`, which leaves the type out
    // of its SET and updates only WHERE the type stays: SQLite rewrites the
    // entry of every index whose column an UPDATE assigns, equal or not, and
    // assigning the type rewrote the type index's at each write (a tenth of
    // the pages a change cycle wrote, a fifth of an edit's). A row whose type
    // does change goes through `retype`, an UPDATE with the same (numbered)
    // parameters that sets it too.
    Result<void> upsertKeepingType(const char *upsert, const char *retype,
                                   const std::function<void(SqliteStatement &)> &bind);
    // The writes of the rows themselves, run now or behind (see
    // writeBehindUntilCommit()).
    Result<void> writeCrmRecord(const CrmRecordRow &row, qint64 seq);
    Result<void> writeExchangeItem(const ExchangeItemRow &row, qint64 seq);
    Result<void> writeLink(const Link &link);
    // `id` 0: the next row id SQLite gives.
    Result<qint64> writeJournalEntry(const JournalEntry &e, const QByteArray &facts, qint64 id);
    // The journal's next row id, for an entry written behind.
    Result<qint64> nextJournalId();
    // Entries written behind go by the JournalRowsPerWrite, one statement for
    // them all: one INSERT each spent a quarter of its instructions on the
    // statement around the row (callgrind, 7 December).
    struct PendingJournalRow
    {
        JournalEntry entry;
        QByteArray facts;
        qint64 id = 0;
    };
    static constexpr size_t JournalRowsPerWrite = 32;
    // Hands the entries waiting in m_pendingJournal to the writes behind.
    void handJournalBehind();
    Result<void> writeJournalRows(const std::vector<PendingJournalRow> &rows);
    // Waits for the writes behind, if any (not from one of them): before the
    // connection is used for anything else. A failure stays for the
    // transaction's end.
    void settleWrites();
    // Ends the writes behind: the first failure of any.
    Result<void> stopWritingBehind();
    // The first row of a bound read statement through `read`, or nullopt.
    template<typename T, typename Read>
    Result<std::optional<T>> readOne(SqliteStatement &statement, const char *sql, Read read);
    Error sqlError(const char *sql, const SqliteStatement &statement) const;
    // exchangeItem(), or with `fieldsText` given exchangeItemWithFieldsText().
    Result<std::optional<ExchangeItem>>
    exchangeItemById(const MailboxId &mailbox, const ItemId &item, QByteArray *fieldsText);
    // Every row of a SELECT prepared for this call alone (so that `visit` may
    // call into the store); `visit` returns false to stop.
    Result<void> forEachExchangeItemWhere(const char *where,
                                          const std::function<void(SqliteStatement &)> &bind,
                                          const ItemWithTextVisitor &visit,
                                          const QString &typeLeftAsText = {});
    // `fields` null: every field.
    Result<void> forEachCrmRecordReading(const QString &type, const QStringList *fields,
                                         const RecordVisitor &visit);
    Result<void>
    forEachCrmRecordRow(const QString &type,
                        const std::function<Result<bool>(const SqliteStatement &)> &visit);
    Result<void> forEachCrmRecordWhere(const char *where,
                                       const std::function<void(SqliteStatement &)> &bind,
                                       const ChangedRecordTextVisitor &visit,
                                       const QStringList *onlyFields = nullptr);
    Result<void> forEachRow(const QByteArray &sql,
                            const std::function<void(SqliteStatement &)> &bind,
                            const std::function<Result<bool>(const SqliteStatement &)> &visit);
    Error sqlError(const QString &what, const QSqlQuery &query) const;
    Error sqlError(const QString &what, const QSqlError &error) const;
    Result<int> pragmaInt(const QString &pragma);
    QString mailboxColumns() const;
    QString userColumns() const;
    Result<void> stampChange(const QString &mark);
    Result<QHash<QString, qint64>> changeMarks(); // every mark, read now
    Result<void> writeJournalCounts();
    Result<void> stampFilterChange(const QString &filterId);
    Result<void> loadChangeSeq();

    QString m_path;
    Access m_access;
    QString m_connectionName;
    QSqlDatabase m_db;
    std::unique_ptr<QLockFile> m_lock;
    QHash<QString, QSqlQuery> m_statements;
    std::unique_ptr<SqliteStatements> m_raw;
    int m_transactionDepth = 0;
    bool m_transactionFailed = false;
    // The journal entries the open transaction appended, by mailbox and
    // reason code: added to journal_counts when it commits.
    QHash<std::pair<QString, int>, qint64> m_journalCounts;
    int m_failWriteCountdown = 0;
    qint64 m_changeSeq = 0;
    // What the write-ahead log holds, in pages, as SQLite reports after each
    // commit (watchLog()), and the size of a page.
    qint64 m_logPages = 0;
    qint64 m_pageBytes = 4096;
    // The indexes a bulk load dropped: their statements, to build them again.
    QStringList m_droppedIndexes;
    std::unique_ptr<WriteBehind> m_behind; // while the rows are written behind
    qint64 m_nextJournalId = 0;            // what nextJournalId() gives next; 0: to be read
    std::vector<PendingJournalRow> m_pendingJournal; // not yet handed to m_behind
    // Every change mark, read once in a transaction (no other connection
    // writes one meanwhile) and kept up to date by stampChange(): a cycle
    // asks for a user's marks at each mailbox, and a read waits for the
    // writes behind.
    std::optional<QHash<QString, qint64>> m_changeMarks;
    quint64 m_writeBehindRuns = 0;
};

} // namespace SyncLens
