#include "timelineloadrunner.h"

#include "store/orgstore.h"
#include "timeline/timelineloader.h"

#include <QtConcurrent/QtConcurrentRun>

namespace SyncLens {

TimelineLoadRunner::TimelineLoadRunner(QObject *parent)
    : QObject(parent)
{
    connect(&m_job, &Job::finished, this, &TimelineLoadRunner::onFinished);
}

// The Job cancels a load still running and waits for it, so that no thread
// outlives the window's objects.
TimelineLoadRunner::~TimelineLoadRunner() = default;

void TimelineLoadRunner::load(const QString &path, const QStringList &mailboxIds)
{
    const Request request{path, mailboxIds, ++m_serial};
    if (m_job.isRunning()) {
        m_job.cancel(); // its answer would be stale anyway
        m_pending = request;
        return;
    }
    start(request);
}

void TimelineLoadRunner::loadNow(OrgStore &store, const QStringList &mailboxIds)
{
    cancel();
    auto data = TimelineLoader::load(store, mailboxIds);
    if (data)
        Q_EMIT loaded(*data);
    else
        Q_EMIT failed(data.error().message);
}

void TimelineLoadRunner::cancel()
{
    ++m_serial;
    m_pending.reset();
    m_job.cancel();
}

// On the job's thread: its own store, opened, used and closed there.
Result<void> TimelineLoadRunner::run(Load &load, const Job::Control &control)
{
    auto store = OrgStore::open(load.request.path, OrgStore::Access::ReadOnly);
    if (!store)
        return store.error();
    auto data =
        TimelineLoader::load(**store, load.request.mailboxIds, {}, {}, control.cancelFlag());
    if (!data)
        return data.error();
    load.data = *data;
    return {};
}

void TimelineLoadRunner::start(const Request &request)
{
    m_running = std::make_shared<Load>(Load{request, {}});
    m_job.start([load = m_running](const Job::Control &control) { return run(*load, control); });
}

void TimelineLoadRunner::onFinished(bool ok)
{
    if (m_pending) { // superseded while it ran: load the newest
        const Request next = *m_pending;
        m_pending.reset();
        start(next);
        return;
    }
    if (m_running->request.serial != m_serial || m_job.wasCancelled())
        return;
    if (ok)
        Q_EMIT loaded(m_running->data);
    else
        Q_EMIT failed(m_job.error()->message);
}

} // namespace SyncLens
