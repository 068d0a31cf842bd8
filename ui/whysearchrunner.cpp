#include "whysearchrunner.h"

#include "store/orgstore.h"
#include "uilog.h"

#include <QtConcurrent/QtConcurrentRun>

namespace SyncLens {

WhySearchRunner::WhySearchRunner(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &WhySearchRunner::onFinished);
}

// A search still running holds its own connection: stop it, then wait for
// it, so that no thread outlives the window's objects.
WhySearchRunner::~WhySearchRunner()
{
    cancel();
    m_watcher.waitForFinished();
}

void WhySearchRunner::cancel()
{
    m_pending.reset();
    if (m_cancel)
        m_cancel->store(true);
}

void WhySearchRunner::setOrgPath(const QString &path)
{
    m_orgPath = path;
    m_pending.reset();
}

void WhySearchRunner::search(const QString &text)
{
    if (m_watcher.isRunning()) {
        m_pending = text; // replaces any older waiting text
        return;
    }
    start(text);
}

// On a pool thread: its own store, used and closed there (OrgStore's
// threading contract: one thread per connection).
WhySearchRunner::Outcome WhySearchRunner::run(const QString &path, const QString &text,
                                              const std::shared_ptr<std::atomic_bool> &cancel)
{
    Outcome outcome{text, path, {}, {}};
    auto store = OrgStore::open(path, OrgStore::Access::ReadOnly);
    if (!store) {
        outcome.error = store.error().message;
        return outcome;
    }
    WhySearch why(**store);
    why.setCancelFlag(cancel.get());
    auto found = why.search(text, MaxResults);
    if (found)
        outcome.matches = std::move(found).value();
    else
        outcome.error = found.error().message;
    return outcome;
}

void WhySearchRunner::start(const QString &text)
{
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_watcher.setFuture(QtConcurrent::run(&WhySearchRunner::run, m_orgPath, text, m_cancel));
}

void WhySearchRunner::onFinished()
{
    const Outcome outcome = m_watcher.result();
    if (m_pending) { // superseded while it ran: answer only the newest
        const QString next = *m_pending;
        m_pending.reset();
        start(next);
        return;
    }
    if (m_cancel->load())
        return; // cancelled: not answered
    if (outcome.path != m_orgPath)
        return; // another org was opened meanwhile
    qCDebug(lcUi) << "why-search answered with" << outcome.matches.size() << "matches"
                  << (outcome.error.isEmpty() ? "" : "(failed)");
    if (outcome.error.isEmpty())
        Q_EMIT finished(outcome.text, outcome.matches);
    else
        Q_EMIT failed(outcome.text, outcome.error);
}

} // namespace SyncLens
