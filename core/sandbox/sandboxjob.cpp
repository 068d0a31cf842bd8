#include "sandboxjob.h"

#include "sandboxgenerator.h"

#include <QElapsedTimer>

namespace SyncLens {

SandboxJob::SandboxJob(QString path, SandboxSpec spec, bool overwrite, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_spec(std::move(spec))
    , m_overwrite(overwrite)
{
    connect(&m_job, &Job::progress, this, &SandboxJob::progress);
    connect(&m_job, &Job::finished, this,
            [this](bool ok) { Q_EMIT finished(ok, ok ? QString() : m_job.error()->message); });
}

SandboxJob::~SandboxJob() = default;

void SandboxJob::cancel()
{
    m_job.cancel();
}

void SandboxJob::start()
{
    m_job.start([path = m_path, spec = m_spec,
                 overwrite = m_overwrite](const Job::Control &control) -> Result<void> {
        QElapsedTimer sinceReport;
        sinceReport.start();
        auto report = [&](qint64 done, qint64 total) {
            // A few reports a second are enough for a progress bar.
            if (done == total || sinceReport.elapsed() > 100) {
                sinceReport.restart();
                control.report(done, total);
            }
            return !control.isCancelled();
        };
        return SandboxGenerator::createFile(path, spec, overwrite, report);
    });
}

} // namespace SyncLens
