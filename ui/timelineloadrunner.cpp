#include "timelineloadrunner.h"

#include "store/orgstore.h"
#include "timeline/timelineloader.h"

#include <QtConcurrent/QtConcurrentRun>

namespace SyncLens {

TimelineLoadRunner::TimelineLoadRunner(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &TimelineLoadRunner::onFinished);
}

// A load still running holds its own connection: stop it and wait, so that
// no pool thread outlives the window's objects.
TimelineLoadRunner::~TimelineLoadRunner()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

void TimelineLoadRunner::load(const QString &path, const QStringList &mailboxIds)
{
    const Request request{path, mailboxIds, ++m_serial};
    if (m_watcher.isRunning()) {
        m_cancel->store(true); // its answer would be stale anyway
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
    if (m_cancel)
        m_cancel->store(true);
}

// On a pool thread: its own store, opened, used and closed there.
TimelineLoadRunner::Outcome TimelineLoadRunner::run(const Request &request,
                                                    std::shared_ptr<std::atomic_bool> cancel)
{
    Outcome outcome;
    outcome.serial = request.serial;
    auto store = OrgStore::open(request.path, OrgStore::Access::ReadOnly);
    if (!store) {
        outcome.error = store.error().message;
        return outcome;
    }
    auto data = TimelineLoader::load(**store, request.mailboxIds, {}, {}, cancel.get());
    if (data)
        outcome.data = *data;
    else if (data.error().code == Error::Code::Cancelled)
        outcome.cancelled = true;
    else
        outcome.error = data.error().message;
    return outcome;
}

void TimelineLoadRunner::start(const Request &request)
{
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_watcher.setFuture(QtConcurrent::run(&TimelineLoadRunner::run, request, m_cancel));
}

void TimelineLoadRunner::onFinished()
{
    const Outcome outcome = m_watcher.result();
    if (m_pending) { // superseded while it ran: load the newest
        const Request next = *m_pending;
        m_pending.reset();
        start(next);
        return;
    }
    if (outcome.serial != m_serial || outcome.cancelled)
        return;
    if (outcome.error.isEmpty())
        Q_EMIT loaded(outcome.data);
    else
        Q_EMIT failed(outcome.error);
}

} // namespace SyncLens
