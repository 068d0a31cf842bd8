#include "syncengine.h"

#include "mailboxhealth.h"
#include "orgeventrecorder.h"
#include "store/orgstore.h"
#include "synclog.h"

#include <QThread>

namespace SyncLens {

SyncEngine::SyncEngine(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<SyncLens::CycleSummary>();
    qRegisterMetaType<QList<SyncLens::JournalEntry>>();
    qRegisterMetaType<QList<SyncLens::Mailbox>>();
    qRegisterMetaType<SyncLens::SyncFilter>();
    qRegisterMetaType<SyncLens::FilterVersion>();
    qRegisterMetaType<QList<SyncLens::FilterVersion>>();
    m_playTimer.setParent(this);
    connect(&m_playTimer, &QTimer::timeout, this, [this]() {
        if (!runOne(nextTime()))
            pause();
        else
            m_cycle->maintain(); // between two ticks of the clock
    });
}

SyncEngine::~SyncEngine() = default;

void SyncEngine::openOrg(const QString &path)
{
    closeOrg();
    auto store = OrgStore::open(path);
    if (!store) {
        Q_EMIT failed(store.error().message);
        return;
    }
    m_store = std::move(store).value();
    const auto source = m_store->source();
    m_live = source && *source == u"live";
    if (m_live) {
        // The engine changes nothing in a live org's file: it lets go of the
        // write lock, so that the filter designer can record what it writes
        // to the org (LiveFilterSession opens the file read-write per write).
        m_store.reset();
        auto readOnly = OrgStore::open(path, OrgStore::Access::ReadOnly);
        if (!readOnly) {
            Q_EMIT failed(readOnly.error().message);
            return;
        }
        m_store = std::move(readOnly).value();
    }
    auto clock = SyncCycle::clock(*m_store);
    m_clock = clock && clock->isValid() ? *clock : QDateTime::currentDateTimeUtc();
    m_cycle = std::make_unique<SyncCycle>(*m_store);
    m_cycle->setCancelFlag(&m_cancel);
    m_cycle->setDecisionHandler(
        [this](const QList<JournalEntry> &batch) { Q_EMIT decisions(batch); });
    m_cycle->setProgressHandler([this](int done, int total) { Q_EMIT progress(done, total); });
    Q_EMIT orgOpened(path, m_clock);
    emitMailboxes();
}

void SyncEngine::closeOrg()
{
    pause();
    if (!m_store)
        return;
    m_cycle.reset();
    m_store.reset();
    Q_EMIT orgClosed();
}

void SyncEngine::setStepMinutes(int minutes)
{
    m_stepMinutes = std::max(1, minutes);
}

QDateTime SyncEngine::nextTime() const
{
    return m_clock.addSecs(qint64(m_stepMinutes) * 60);
}

// A live org is read from Dynamics 365: a simulated cycle would write
// decisions SSS never took into the org's own file.
bool SyncEngine::refusedAsLive()
{
    if (m_live) {
        Q_EMIT failed(tr("This is a live org: SyncLens reads it from Dynamics 365 and runs no "
                         "simulated cycles on it. Use Refresh to read it again."));
    }
    return m_live;
}

bool SyncEngine::runOne(const QDateTime &at)
{
    if (!m_cycle) {
        Q_EMIT failed(tr("No org is open."));
        return false;
    }
    if (refusedAsLive())
        return false;
    Q_EMIT cycleStarted(at);
    auto summary = m_cycle->run(at);
    if (!summary) {
        if (summary.error().code == Error::Code::Cancelled) {
            m_cancel = false;
            Q_EMIT cancelled();
        } else {
            qCWarning(lcSync) << "cycle failed:" << summary.error().message;
            Q_EMIT failed(summary.error().message);
        }
        return false;
    }
    m_clock = at;
    Q_EMIT clockChanged(m_clock);
    Q_EMIT cycleFinished(*summary);
    emitMailboxes();
    return true;
}

void SyncEngine::runCycle()
{
    m_cancel = false;
    Q_EMIT busyChanged(true);
    runOne(nextTime());
    if (m_cycle)
        m_cycle->maintain(); // after the news is out, while nothing waits
    Q_EMIT busyChanged(false);
}

void SyncEngine::runUntil(const QDateTime &until)
{
    m_cancel = false;
    Q_EMIT busyChanged(true);
    while (m_cycle && nextTime() <= until && !m_cancel) {
        if (!runOne(nextTime()))
            break;
    }
    if (m_cancel) {
        m_cancel = false;
        Q_EMIT cancelled();
    }
    if (m_cycle)
        m_cycle->maintain();
    Q_EMIT busyChanged(false);
}

void SyncEngine::play(int intervalMs)
{
    if (!m_cycle || refusedAsLive())
        return;
    m_playTimer.start(std::max(10, intervalMs));
    Q_EMIT playingChanged(true);
}

void SyncEngine::pause()
{
    if (!m_playTimer.isActive())
        return;
    m_playTimer.stop();
    Q_EMIT playingChanged(false);
}

bool SyncEngine::changeMailbox(const QString &mailboxId,
                               const std::function<void(Mailbox &)> &change)
{
    if (!m_store)
        return false;
    auto found = m_store->mailbox(mailboxId);
    if (!found || !*found) {
        Q_EMIT failed(found ? tr("There is no mailbox %1.").arg(mailboxId) : found.error().message);
        return false;
    }
    Mailbox m = **found;
    change(m);
    // The change is a cause on the timeline at the org's time.
    auto written = m_store->transaction([&]() -> Result<void> {
        if (auto r = m_store->upsertMailbox(m); !r)
            return r;
        return OrgEventRecorder(*m_store, m_clock, {}).mailboxChanged(**found, m);
    });
    if (!written) {
        Q_EMIT failed(written.error().message);
        return false;
    }
    emitMailboxes();
    return true;
}

void SyncEngine::testAndEnable(const QString &mailboxId)
{
    changeMailbox(mailboxId, [](Mailbox &m) { MailboxHealth::enable(m); });
}

void SyncEngine::setApproved(const QString &mailboxId, bool approved)
{
    changeMailbox(mailboxId, [approved](Mailbox &m) { m.approved = approved; });
}

void SyncEngine::disableMailbox(const QString &mailboxId)
{
    changeMailbox(mailboxId, [](Mailbox &m) { m.enabled = false; });
}

void SyncEngine::emitMailboxes()
{
    if (!m_store)
        return;
    if (auto list = m_store->mailboxes())
        Q_EMIT mailboxesChanged(*list);
}

SyncEngineThread::SyncEngineThread()
    : m_thread(new QThread)
    , m_engine(new SyncEngine)
{
    m_thread->setObjectName(QStringLiteral("SyncLens engine"));
    m_engine->moveToThread(m_thread);
    QObject::connect(m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
    m_thread->start();
}

SyncEngineThread::~SyncEngineThread()
{
    m_engine->requestCancel();
    QMetaObject::invokeMethod(m_engine, &SyncEngine::closeOrg, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

} // namespace SyncLens
