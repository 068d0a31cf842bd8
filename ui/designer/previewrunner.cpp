#include "previewrunner.h"

#include "previewworker.h"

#include <QThread>

namespace SyncLens {

PreviewRunner::PreviewRunner(const QString &orgPath, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread)
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    qRegisterMetaType<SyncLens::PreviewRequest>();
    qRegisterMetaType<SyncLens::PreviewOutcomePtr>();
    m_worker = new PreviewWorker(orgPath, m_latest, m_cancel);
    m_thread->setObjectName(QStringLiteral("SyncLens preview"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &PreviewWorker::finished, this, &PreviewRunner::onFinished);
    connect(m_worker, &PreviewWorker::loadingChanged, this, [this](bool loading) {
        m_loading = loading;
        Q_EMIT loadingChanged(loading);
    });
    m_thread->start();
}

PreviewRunner::~PreviewRunner()
{
    // Stops a long read of the records between two of them, then the thread.
    m_cancel->store(true);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

quint64 PreviewRunner::request(const PreviewRequest &request, bool supersedable)
{
    const quint64 id = ++m_nextId;
    if (supersedable)
        m_latest->store(id);
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, id, request, supersedable] { worker->run(id, request, supersedable); },
        Qt::QueuedConnection);
    return id;
}

void PreviewRunner::reload()
{
    QMetaObject::invokeMethod(m_worker, &PreviewWorker::reload, Qt::QueuedConnection);
}

void PreviewRunner::onFinished(const PreviewOutcomePtr &outcome)
{
    if (outcome->supersedable && outcome->id != m_latest->load())
        return; // a newer request is on its way
    Q_EMIT finished(outcome);
}

} // namespace SyncLens
