#pragma once

#include "result.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace SyncLens {

// One shape for long work (issue 13, point 9; STYLE.md, habit 5): start()
// returns at once and runs the work on a thread of its own; the work reports
// progress and looks at cancellation through its Control; progress() and
// finished() come on the job's thread, finished() exactly once per start().
// The work hands its result out through what it captured (a shared_ptr the
// caller also holds), or fails with an Error; error() keeps how it ended.
//
// A job runs one work at a time: start() while one runs is refused (returns
// false). Destroying a job cancels the work and waits for it, so no thread
// outlives the objects it was started for.
class Job final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Job)

public:
    // What the work sees of its job, from its own thread.
    class Control
    {
    public:
        bool isCancelled() const { return m_cancelled->load(); }
        // The flag itself, for code that takes an std::atomic_bool *.
        const std::atomic_bool *cancelFlag() const { return m_cancelled.get(); }
        // Emits the job's progress() on the job's thread.
        void report(qint64 done, qint64 total) const;

    private:
        friend class Job;
        Control(Job *job, std::shared_ptr<std::atomic_bool> cancelled)
            : m_job(job)
            , m_cancelled(std::move(cancelled))
        {}
        Job *m_job;
        std::shared_ptr<std::atomic_bool> m_cancelled;
    };
    using Work = std::function<Result<void>(const Control &control)>;

    explicit Job(QObject *parent = nullptr);
    ~Job() override;

    bool start(Work work);
    // Asks the running work to stop; it ends with Error::Code::Cancelled.
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }
    // How the last work ended: nothing when it succeeded.
    const std::optional<Error> &error() const { return m_error; }
    bool wasCancelled() const;

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished(bool ok);

private:
    void onThreadFinished();

    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    std::shared_ptr<std::optional<Error>> m_outcome; // written by the work's thread
    std::optional<Error> m_error;
};

} // namespace SyncLens
