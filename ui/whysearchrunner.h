#pragma once

#include "explain/whysearch.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
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
    bool isBusy() const { return m_watcher.isRunning() || m_pending.has_value(); }

Q_SIGNALS:
    void finished(const QString &text, const QList<SyncLens::WhySearch::Match> &matches);
    void failed(const QString &text, const QString &message);

private:
    struct Outcome
    {
        QString text;
        QString path;
        QList<WhySearch::Match> matches;
        QString error;
    };
    static Outcome run(const QString &path, const QString &text,
                       const std::shared_ptr<std::atomic_bool> &cancel);
    void start(const QString &text);
    void onFinished();

    QString m_orgPath;
    QFutureWatcher<Outcome> m_watcher;
    std::optional<QString> m_pending;
    // The running search's flag: each search has its own.
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace SyncLens
