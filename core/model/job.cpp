#include "job.h"

#include <QThread>

namespace SyncLens {

void Job::Control::report(qint64 done, qint64 total) const
{
    // Queued to the job's thread; dropped if the job is gone by then.
    QMetaObject::invokeMethod(
        m_job, [job = m_job, done, total]() { Q_EMIT job->progress(done, total); },
        Qt::QueuedConnection);
}

Job::Job(QObject *parent)
    : QObject(parent)
{}

Job::~Job()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool Job::start(Work work)
{
    if (m_thread)
        return false;
    m_error.reset();
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    m_outcome = std::make_shared<std::optional<Error>>();
    const Control control(this, m_cancelled);
    m_thread = QThread::create([work = std::move(work), control, outcome = m_outcome]() {
        auto result = work(control);
        if (!result)
            *outcome = result.error();
        else if (control.isCancelled())
            *outcome = Error{Error::Code::Cancelled, Job::tr("The work was cancelled.")};
    });
    // QThread::finished is emitted on the work's thread: queued to this one.
    connect(m_thread, &QThread::finished, this, &Job::onThreadFinished, Qt::QueuedConnection);
    m_thread->start();
    return true;
}

void Job::cancel()
{
    if (m_cancelled)
        m_cancelled->store(true);
}

bool Job::wasCancelled() const
{
    return m_error && m_error->code == Error::Code::Cancelled;
}

void Job::onThreadFinished()
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_error = *m_outcome;
    Q_EMIT finished(!m_error.has_value());
}

} // namespace SyncLens
