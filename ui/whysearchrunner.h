#pragma once

#include "explain/whysearch.h"
#include "model/job.h"

#include <QObject>

#include <memory>
#include <optional>

namespace SyncLens {

// Runs why-searches off the UI thread, one at a time, each on its own
// read-only connection to the org. A search asked for while another runs
// waits; a newer one replaces it, and the answer of a search that was
// superseded meanwhile is dropped: only the latest text is ever answered.
class WhySearchRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WhySearchRunner)

public:
    static constexpr int MaxResults = 50;

    explicit WhySearchRunner(QObject *parent = nullptr);
    ~WhySearchRunner() override;

    // The org to search; an empty path drops any answer still to come.
    void setOrgPath(const QString &path);
    QString orgPath() const { return m_orgPath; }
    void search(const QString &text);
    // Stops the running search between two items and drops any waiting one;
    // neither is answered.
    void cancel();
    bool isBusy() const { return m_job.isRunning() || m_pending.has_value(); }

Q_SIGNALS:
    void finished(const QString &text, const QList<SyncLens::WhySearch::Match> &matches);
    void failed(const QString &text, const QString &message);

private:
    struct Search
    {
        QString text;
        QString path;
        QList<WhySearch::Match> matches;
    };
    static Result<void> run(Search &search, const Job::Control &control);
    void start(const QString &text);
    void onFinished(bool ok);

    QString m_orgPath;
    std::optional<QString> m_pending;
    std::shared_ptr<Search> m_running; // filled by the job's thread
    Job m_job;
};

} // namespace SyncLens
