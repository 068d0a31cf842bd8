#pragma once

#include "live/liveconnection.h"
#include "live/liveimportjob.h"
#include "live/retrypolicy.h"

#include <QObject>

#include <memory>
#include <optional>

namespace SyncLens {

class WatchedTokenProvider;

// Reads a live org in the background into its file in the data folder. The
// import job writes a new file beside the target (TARGET.new); once that is
// complete the window lets go of the target (readyToReplace()) and calls
// replace(), which puts the new file in its place in one rename. A failure
// or a Cancel at any point leaves the target byte for byte as it was, and
// the window on the old data meanwhile. One import at a time.
class LiveImportController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveImportController)

public:
    explicit LiveImportController(QObject *parent = nullptr);
    ~LiveImportController() override;

    // Where the data folder keeps the org at `orgUrl`:
    // DATA/live/HOST.db (HOST-PORT.db with a port, as the fake has).
    static QString fileFor(const QUrl &orgUrl);
    // The words of `live import --auth` for a sign-in method.
    static QString authName(SignInMethod method);

    // Tests shrink the waits of the Dataverse client.
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    // Tests read as of a fixed time (a sandbox's clock); invalid: the current time.
    void setReadTime(const QDateTime &now) { m_now = now; }

    // What the last import or refresh read (and, a refresh, kept).
    const LiveImportSummary &summary() const { return m_summary; }
    bool isRunning() const { return m_job != nullptr || m_replacing; }
    QString target() const { return m_target; }
    QString host() const { return m_host; }
    // The last import failed because the org refused the sign-in (the
    // tokens are gone): the person must sign in again.
    bool signInFailed() const;
    // The last import stopped because cancel() was called.
    bool wasCancelled() const { return m_cancelled; }

    // Starts reading the org of `connection` into `target`; false while
    // another import runs (nothing is started then).
    bool start(const LiveConnection &connection, const QString &target);
    // Stops the import; finished() follows with the cancel's sentence.
    void cancel();
    // After readyToReplace(): the new file takes the target's place, then
    // finished().
    void replace();

Q_SIGNALS:
    void started(const QString &host);
    // What is read and how many rows so far, as a sentence.
    void progress(const QString &text);
    // Dataverse asked to wait (HTTP 429); the import goes on by itself.
    void waiting(int seconds, const QString &text);
    // All is read: the window closes `target` (if open), then calls replace().
    void readyToReplace(const QString &target);
    // `message`: on success what was read, else what went wrong (a sentence).
    void finished(bool ok, const QString &message);

private:
    void onJobFinished(const Result<LiveImportSummary> &result);
    void fail(const QString &message);
    QString fromJob(QString text) const;
    QString summaryText() const;
    void readOnlyWhatChanged(LiveImportSettings &settings) const;

    std::optional<RetryPolicy> m_retry;
    QDateTime m_now;
    LiveImportJob *m_job = nullptr;
    std::unique_ptr<WatchedTokenProvider> m_tokens;
    LiveImportSummary m_summary;
    QString m_target;
    QString m_staging;
    QString m_host;
    bool m_replacing = false;
    bool m_cancelled = false;
};

} // namespace SyncLens
