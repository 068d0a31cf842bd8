#include "whysearchrunner.h"

#include "store/orgstore.h"
#include "uilog.h"

namespace SyncLens {

WhySearchRunner::WhySearchRunner(QObject *parent)
    : QObject(parent)
{
    connect(&m_job, &Job::finished, this, &WhySearchRunner::onFinished);
}

// The Job cancels a search still running and waits for it, so that no
// thread outlives the window's objects.
WhySearchRunner::~WhySearchRunner() = default;

void WhySearchRunner::cancel()
{
    m_pending.reset();
    m_job.cancel();
}

void WhySearchRunner::setOrgPath(const QString &path)
{
    m_orgPath = path;
    m_pending.reset();
}

void WhySearchRunner::search(const QString &text)
{
    if (m_job.isRunning()) {
        m_pending = text; // replaces any older waiting text
        return;
    }
    start(text);
}

// On the job's thread: its own store, used and closed there (OrgStore's
// threading contract: one thread per connection).
Result<void> WhySearchRunner::run(Search &search, const Job::Control &control)
{
    auto store = OrgStore::open(search.path, OrgStore::Access::ReadOnly);
    if (!store)
        return store.error();
    WhySearch why(**store);
    why.setCancelFlag(control.cancelFlag());
    auto found = why.search(search.text, MaxResults);
    if (!found)
        return found.error();
    search.matches = std::move(found).value();
    return {};
}

void WhySearchRunner::start(const QString &text)
{
    m_running = std::make_shared<Search>(Search{text, m_orgPath, {}});
    m_job.start(
        [search = m_running](const Job::Control &control) { return run(*search, control); });
}

void WhySearchRunner::onFinished(bool ok)
{
    if (m_pending) { // superseded while it ran: answer only the newest
        const QString next = *m_pending;
        m_pending.reset();
        start(next);
        return;
    }
    if (m_job.wasCancelled())
        return; // cancelled: not answered
    const Search &done = *m_running;
    if (done.path != m_orgPath)
        return; // another org was opened meanwhile
    qCDebug(lcUi) << "why-search answered with" << done.matches.size() << "matches"
                  << (ok ? "" : "(failed)");
    if (ok)
        Q_EMIT finished(done.text, done.matches);
    else
        Q_EMIT failed(done.text, m_job.error()->message);
}

} // namespace SyncLens
