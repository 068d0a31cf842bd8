#pragma once

#include "previewrequest.h"

#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace SyncLens {

class PreviewWorker;

// Runs scope previews off the UI thread: a worker with its own read-only
// store on a thread of its own. A supersedable request makes the earlier ones
// obsolete: those not started are dropped, and the results of those running
// are never reported, so the UI only ever sees the newest answer.
class PreviewRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewRunner)

public:
    explicit PreviewRunner(const QString &orgPath, QObject *parent = nullptr);
    ~PreviewRunner() override;

    // Queues a preview and returns its id (finished() carries it back).
    quint64 request(const PreviewRequest &request, bool supersedable = true);
    // The org's records changed (a cycle ran): the next preview reads them again.
    void reload();
    bool isLoading() const { return m_loading; }

Q_SIGNALS:
    void finished(const SyncLens::PreviewOutcomePtr &outcome);
    void loadingChanged(bool loading);

private:
    void onFinished(const PreviewOutcomePtr &outcome);

    QThread *m_thread;
    PreviewWorker *m_worker;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    std::shared_ptr<std::atomic_bool> m_cancel;
    quint64 m_nextId = 0;
    bool m_loading = false;
};

} // namespace SyncLens
