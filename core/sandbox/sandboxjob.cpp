#include "sandboxjob.h"

#include "sandboxgenerator.h"

#include <QElapsedTimer>
#include <QThread>

namespace SyncLens {

SandboxJob::SandboxJob(QString path, SandboxSpec spec, bool overwrite, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_spec(std::move(spec))
    , m_overwrite(overwrite)
{}

SandboxJob::~SandboxJob()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void SandboxJob::cancel()
{
    m_cancelled = true;
}

void SandboxJob::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] {
        QElapsedTimer sinceReport;
        sinceReport.start();
        auto report = [&](qint64 done, qint64 total) {
            // A few reports a second are enough for a progress bar.
            if (done == total || sinceReport.elapsed() > 100) {
                sinceReport.restart();
                QMetaObject::invokeMethod(
                    this, [this, done, total] { Q_EMIT this->progress(done, total); },
                    Qt::QueuedConnection);
            }
            return !m_cancelled.load();
        };
        const auto result = SandboxGenerator::createFile(m_path, m_spec, m_overwrite, report);
        const bool ok = result.ok();
        const QString message = ok ? QString() : result.error().message;
        QMetaObject::invokeMethod(
            this, [this, ok, message] { Q_EMIT finished(ok, message); }, Qt::QueuedConnection);
    });
    m_thread->start();
}

} // namespace SyncLens
