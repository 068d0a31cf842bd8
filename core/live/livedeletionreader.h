#pragma once

#include "dataverseclient.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>
#include <optional>

namespace SyncLens {

// One table whose deleted rows a refresh must notice.
struct DeletionTable
{
    QString type;       // the store's record type: "contact", "email"…
    QString entitySet;  // "contacts"
    QString primaryKey; // "contactid"
    // Read by Dataverse change tracking (a delta link). False: the ids are
    // read in pages each time (emails: change tracking cannot be narrowed
    // to the last N days, and an org's emails grow without end).
    bool tracked = true;
    QString windowFilter; // a $filter for the plain id read ("createdon ge …"), or empty
    QString deltaLink;    // from the previous read; empty when none
};

// What a refresh learnt of one table's deletions.
struct TableDeletions
{
    QString entitySet;
    QSet<QString> gone; // ids Dataverse reported deleted since the delta link
    // Every id the org has now (a full id read); nullopt after a delta read.
    std::optional<QSet<QString>> present;
    QString deltaLink; // to keep for the next refresh; empty when none
    QString how;       // "delta", "ids+tracking" or "ids"
};

// Finds the rows deleted in the org since the last read, for a refresh that
// reads changed rows by modifiedon (which never returns a deleted row). Per
// table, the cheapest way that works:
//   1. the previous read's delta link (Prefer: odata.track-changes): only
//      what changed since, with `$deletedEntity` entries for deletions;
//   2. when there is none, or Dataverse refuses it (a stale or invalid
//      token: 4xx), the primary ids with change tracking, in pages: every
//      id the org has, and a new delta link at the end;
//   3. when the table is not enabled for change tracking (Dataverse refuses
//      the preference: 4xx), or for untracked tables, the primary ids alone.
// 401, 403, 429 and network faults end the read as errors (the client has
// already retried what can be retried).
class LiveDeletionReader final : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const Result<void> &result)>;

    LiveDeletionReader(DataverseClient *client, QList<DeletionTable> tables, int pageSize,
                       QObject *parent = nullptr);

    void start(Done done);
    // By record type, once done.
    const QHash<QString, TableDeletions> &result() const { return m_result; }
    // Whether a kept record of `type` whose primary id is `id` is gone from
    // the org (an email's primary id is its activityid, not the message id
    // the store names it by). An empty id is never gone.
    bool isGone(const QString &type, const QString &id) const;

private:
    enum class Step
    {
        Delta,
        TrackedIds,
        PlainIds
    };
    struct Read;
    void readTable(const DeletionTable &table, Step step);
    void readPage(const std::shared_ptr<Read> &read, const QUrl &url);
    void onPage(const std::shared_ptr<Read> &read, int status, const Result<QJsonObject> &body);
    void tableDone(const Result<void> &result);
    static bool isRefusal(int status);

    DataverseClient *m_client;
    QList<DeletionTable> m_tables;
    int m_pageSize;
    int m_running = 0;
    bool m_failed = false;
    Done m_done;
    QHash<QString, TableDeletions> m_result;
};

} // namespace SyncLens
