#pragma once

#include "fetchxml/compiledfilter.h"
#include "fetchxml/fetchquery.h"
#include "model/ids.h"
#include "model/link.h"
#include "model/mailbox.h"
#include "model/orgsettings.h"
#include "model/syncfilter.h"
#include "model/user.h"
#include "scopecache.h"
#include "tracking/senderdirectory.h"
#include "tracking/trackingindex.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>

#include <optional>

namespace SyncLens {

class OrgStore;

// One user's enabled sync filters of one type, compiled for one moment, and
// the rows of the records they put in scope.
struct UserScope
{
    std::vector<SyncFilter> filters;
    std::vector<CompiledFilter> compiled; // same order as `filters`
    std::vector<int> rows;                // in scope, live, in order
    QString timeZone;                     // the IANA zone calendar-based conditions counted days in

    // Which filter keeps `row` in scope, or -1.
    int matchingFilter(int row) const;
};

// What the engine keeps between cycles so that a cycle reads only what
// changed: the org's small tables, the scope snapshots, the tracked emails,
// the senders' addresses, the queue of emails to send and each mailbox's
// links. Owned by one SyncCycle on one thread. After a failed cycle it is
// invalidated and read again from the store.
class SyncState
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::SyncState)

public:
    // Reads what changed since the last call (everything, the first time).
    Result<void> refresh(OrgStore &store);
    void invalidate();

    const OrgSettings &settings() const { return m_settings; }
    const QList<Mailbox> &mailboxes() const { return m_mailboxes; }
    QList<Mailbox> &mailboxes() { return m_mailboxes; }
    Mailbox *mailbox(const QString &id);
    const User *user(const QString &id) const;
    const Mailbox *mailboxOfUser(const QString &userId) const;
    // Every user's address, lower case (a recipient in the org, sss-model §2).
    const QSet<QString> &userAddresses() const { return m_userAddresses; }

    ScopeCache &scope() { return m_scope; }
    TrackingIndex &tracking() { return *m_tracking; }
    SenderDirectory &senders() { return m_senders; }
    QSet<QString> &pendingSends() { return m_pendingSends; }

    // A record the cycle itself wrote: keeps the caches in step. With the
    // fields' text as stored, when the writer has it (ScopeCache::apply()).
    void recordWritten(const CrmRecord &record, qint64 changeSeq,
                       std::optional<QByteArrayView> storedFields = std::nullopt);

    // The links of one mailbox, read from the store on first use.
    Result<QHash<QString, Link> *> links(OrgStore &store, const QString &mailboxId);
    // Room in a mailbox's links for `adding` more, kept four times the size
    // as when read: a first cycle adds thousands to each, and every time the
    // table grew it hashed each key again (perf, 200,000 items, 7 December:
    // 5 % of the deciding thread).
    static void reserveLinks(QHash<QString, Link> &links, qsizetype adding);

    // The scope of a user's filters of `type` at `now`, compiled against the
    // current snapshots (recomputed only when they or the clock moved).
    Result<const UserScope *> scopeOf(const UserId &userId, const QString &type,
                                      const QDateTime &now);

    // Whether `row` of `type` is in the user's scope at `now`, answered from
    // the scope as last computed when that answer still holds: the filters
    // read only the record itself (no link-entity), nothing but records moved
    // since (the same tables and clock), and `row` was not written since.
    // Otherwise none: ask scopeOf(). A cycle's inbound writes one record at a
    // time; this spares the others the scope's update after each write.
    std::optional<bool> inKnownScope(const UserId &userId, const QString &type, int row,
                                     const QDateTime &now) const;

    // How many times a scope was evaluated over all its type's records (the
    // rest were answered from the cache or by deciding a few rows again).
    quint64 fullScopeEvaluations() const { return m_fullScopeEvaluations; }
    // How many first loads read the senders and tracked emails on a second
    // connection, beside the scope's records (see loadAll()).
    quint64 loadsAside() const { return m_loadsAside; }

    // The rows each mailbox's last cycle had in scope, per type; empty when
    // unknown (after a load), which makes the next cycle look at everything.
    std::optional<std::vector<int>> previousScope(const QString &mailboxId,
                                                  const QString &type) const;
    void setPreviousScope(const QString &mailboxId, const QString &type, std::vector<int> rows);

    // The rows of `type` (one ActSync decides outbound) whose records a
    // mailbox holds a link to, or did: a bit per row of the scope cache's
    // current load, set when it may hold one (a byte was 45 MB for 50
    // mailboxes at 1M items); null when not known since the last load (known
    // from the start when the mailbox's links() were read empty). A
    // change cycle asks it of each record changed since, in each mailbox:
    // looking each one's id up in the mailbox's links was 8 % of a change
    // cycle at 200,000 items (perf, 7 December), most of them misses.
    const std::vector<bool> *linkedRows(const QString &mailboxId, const QString &type) const;
    // The rows of every link of the mailbox to a record of `type`, and
    // maybe others.
    void setLinkedRows(const QString &mailboxId, const QString &type, const std::vector<int> &rows);
    // Rows of `type` the mailbox may have got a link to since, when known.
    void addLinkedRows(const QString &mailboxId, const QString &type, const std::vector<int> &rows);
    // A link the mailbox did not hold, to a record of `type`, was added to
    // its links().
    void linkAdded(const QString &mailboxId, const QString &type, const QString &itemId);

    // Tracked folders of a mailbox: folder → regarding.
    QHash<QString, QString> trackedFolders(const QString &mailboxId) const;

    // The org's meta value that holds every mailbox's tracked folders.
    static QString trackedFoldersKey();

private:
    Result<void> loadTables(OrgStore &store);
    Result<void> loadAll(OrgStore &store);
    Result<void> loadScope(OrgStore &store);
    Result<void> loadTracking(OrgStore &store);
    Result<void> applyChanges(OrgStore &store);
    // The fields of a record recordWritten() reads, ascending.
    QStringList fieldsRecordWrittenReads() const;
    void noteRecord(const CrmRecord &record);

    struct ScopeKey
    {
        bool valid = false;
        quint64 version = 0;
        EvaluationContext context; // the user's clock, time zone and teams
        std::vector<SyncFilter> filters;
        quint64 tables = 0; // the loadTables() the key was last checked against
        // The tables the filters read, their own type first, as they stood.
        std::vector<std::pair<QString, ScopeCache::Mark>> marks;
        bool joins = false; // a filter reads related records (link-entity)
        // A filter compares a date with the clock (today, last-x-days, …):
        // without one, the scope stands still while only the clock moves.
        bool clock = true;

        // Whether filters keyed by this see `other` as they saw the key's context.
        bool sameContext(const EvaluationContext &other) const;
        bool sameClock(const QDateTime &now) const { return !clock || context.now == now; }
    };

    void compileScope(UserScope &scope, const std::vector<SyncFilter> &filters,
                      const EvaluationContext &context) const;
    ScopeKey keyOf(const QString &type, const std::vector<SyncFilter> &filters,
                   const EvaluationContext &context) const;
    std::optional<std::vector<int>> rowsToDecideAgain(const ScopeKey &before,
                                                      const ScopeKey &now) const;
    void updateRows(UserScope &scope, const QString &type, const std::vector<int> &changed) const;

    bool m_loaded = false;
    qint64 m_feedSeq = 0; // the store's changes up to here are in the caches
    OrgSettings m_settings;
    QList<Mailbox> m_mailboxes;
    QHash<QString, User> m_users;
    QList<Team> m_teams;
    // Counts loadTables() calls: between two, users, teams and filters stand
    // still, so a scope checked since the last one needs no new key.
    quint64 m_tables = 0;
    QSet<QString> m_userAddresses;
    QHash<QString, QHash<QString, std::vector<SyncFilter>>> m_filters; // user → type → filters
    QHash<QString, FetchQuery> m_parsed;                               // fetchxml → query
    QHash<QString, QHash<QString, QString>> m_trackedFolders;
    ScopeCache m_scope;
    std::optional<TrackingIndex> m_tracking;
    SenderDirectory m_senders;
    QSet<QString> m_pendingSends;
    QHash<QString, QHash<QString, Link>> m_links;
    QHash<QString, std::pair<ScopeKey, UserScope>> m_scopes; // "user/type"
    QHash<QString, std::vector<int>> m_previousScopes;       // "mailbox/type"
    struct LinkedRows
    {
        quint64 load = 0; // ScopeCache::loads() when set
        std::vector<bool> rows;
    };
    QHash<QString, QHash<QString, LinkedRows>> m_linkedRows; // mailbox → type
    // Mailboxes whose links were read empty → the scope cache's load then:
    // each link they hold was marked in m_linkedRows (a first cycle's).
    QHash<QString, quint64> m_linksReadEmpty;
    bool linksReadEmptyThisLoad(const QString &mailboxId) const;
    quint64 m_fullScopeEvaluations = 0;
    quint64 m_loadsAside = 0;
};

} // namespace SyncLens
