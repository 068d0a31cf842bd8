#pragma once

#include "dataverseclient.h"
#include "livedeletionreader.h"
#include "liveorgwriter.h"
#include "model/livemailbox.h"
#include "model/syncfilter.h"
#include "model/team.h"
#include "model/user.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>

#include <memory>

namespace SyncLens {

// What an import reads and where it writes.
struct LiveImportSettings
{
    QUrl orgUrl;
    QString target; // the org file; replaced only when the import is complete
    int days = 14;  // alerts and tracked emails of the last N days
    int pageSize = 5000;
    QDateTime now; // invalid: the current time
    // Remembered in the file (never a secret) so that `live refresh` can
    // sign in the same way.
    QString tenant;
    QString clientId;
    QString authority;
    QString auth;
    // A refresh: the last read's time (the previous file's live.readAt).
    // Only what changed since is read where Dataverse allows it; the rest is
    // kept from the target. Invalid: a full import.
    QDateTime changedSince;
    // A refresh: the file whose unchanged rows are kept, when the new file
    // is written elsewhere (the window stages it beside). Empty: `target`.
    QString previous;
};

struct LiveImportSummary
{
    int users = 0;
    int mailboxes = 0; // users' and queues'
    int alerts = 0;
    int filters = 0;
    int templates = 0;
    int teams = 0;
    qint64 organizers = 0; // appointments' organizer parties read
    qint64 records = 0;
    qint64 emails = 0;
    int requests = 0;
    qint64 parseNs = 0; // parsing the answers' JSON
    qint64 storeNs = 0; // mapping and writing records, emails and alerts
    qint64 kept = 0;    // a refresh: records, emails and alerts kept from the previous file
    qint64 deleted = 0; // a refresh: records and emails gone from the org since the last read
    qint64 journal = 0; // timeline entries: tracked emails and alerts (LiveJournal)
    QStringList notes;
};

// Reads an org through the Web API into an org file, as a job: start()
// returns at once, progress() and waiting() report, cancel() stops, and
// finished() comes exactly once. The target is replaced only when all is
// read and written (LiveOrgWriter); on failure it is untouched.
class LiveImportJob final : public QObject
{
    Q_OBJECT

public:
    LiveImportJob(LiveImportSettings settings, AccessTokenProvider *tokens,
                  QObject *parent = nullptr);
    ~LiveImportJob() override;

    DataverseClient *client() const { return m_client; }
    void start();
    void cancel();

Q_SIGNALS:
    void progress(const QString &what, qint64 rows);
    // The org asked to wait (429); the import goes on by itself afterwards.
    void waiting(int seconds, const QString &what);
    void finished(const Result<LiveImportSummary> &result);

private:
    void readIdentity();
    void readOrganization();
    void readAll();
    void readUsers();
    void readUserSettings();
    void readMailboxes();
    void readAlerts();
    void readFilters();
    void probeOtherUsersFilters();
    void readTemplates();
    void readRecords(const QString &type);
    void readEmails();
    void readOrganizers();
    void readTeams();
    Result<void> writeSmallTables();
    Result<void> writeTeams(const QSet<QString> &people);
    bool isRefresh() const;
    QDateTime changedCutoff() const;
    QString changedSince() const;
    // " and COLUMN gt LAST" for a refresh's $filter, else empty.
    QString changedFilter(const char *column) const;
    // A FetchXML <filter> on modifiedon for a refresh, else empty.
    QString changedFetchFilter() const;
    QString previousPath() const;
    // A refresh: which rows were deleted in the org (LiveDeletionReader),
    // then the previous file's rows but those, then readAll().
    void readDeletions();
    Result<QList<DeletionTable>> deletionTables();
    // The meta key of a table's delta link ("live.deltaLink.contacts").
    static QString deltaLinkKey(const QString &entitySet);
    Result<void> keepPrevious();

    // Bookkeeping of reads running at once.
    void startRead();
    void endRead(const Result<void> &result);
    void fail(const Error &error);
    void complete();
    DataverseRequest request(const QString &what, const QString &entitySet, const QString &query,
                             int annotations = 0) const;
    QString since() const;

    LiveImportSettings m_settings;
    DataverseClient *m_client;
    std::unique_ptr<LiveOrgWriter> m_writer;
    LiveDeletionReader *m_deletions = nullptr; // a refresh only
    bool m_done = false;
    int m_running = 0;
    QString m_callerId;
    QString m_orgName;
    QJsonObject m_organization;
    QList<QJsonObject> m_userRows;
    QHash<QString, int> m_filteringByUser;
    QHash<QString, QString> m_timeZoneByUser; // IANA names from usersettings.timezonecode
    QList<LiveMailbox> m_mailboxes;
    QList<std::pair<SyncFilter, QString>> m_filters; // with their kind
    QHash<QString, QString> m_filterETags;           // the ETag each was read with
    QList<LiveTemplate> m_templates;
    QHash<QString, QString> m_organizers; // appointment id → organizer's id
    QList<Team> m_teams;
    QList<std::pair<QString, QString>> m_memberships; // team id, user id
    QStringList m_notes;
    bool m_usersRead = false;
    bool m_filtersRead = false;
    LiveImportSummary m_summary;
};

} // namespace SyncLens
