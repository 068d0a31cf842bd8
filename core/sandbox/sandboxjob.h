#pragma once

#include "model/job.h"
#include "sandboxspec.h"

#include <QObject>
#include <QString>

namespace SyncLens {

// Creating a sandbox org file as a Job (STYLE.md, habit 5): start() returns at
// once, the work runs on a thread of its own, progress() reports it, cancel()
// stops it, and finished() comes exactly once, on the job's thread.
class SandboxJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxJob)

public:
    SandboxJob(QString path, SandboxSpec spec, bool overwrite, QObject *parent = nullptr);
    ~SandboxJob() override;

    void start();
    void cancel();
    QString path() const { return m_path; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    // ok: the org is complete at path(). Otherwise errorMessage says why
    // (cancelled: no file was left behind).
    void finished(bool ok, const QString &errorMessage);

private:
    QString m_path;
    SandboxSpec m_spec;
    bool m_overwrite;
    Job m_job;
};

} // namespace SyncLens
