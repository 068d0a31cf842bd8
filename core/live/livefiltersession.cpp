#include "livefiltersession.h"

#include "livelog.h"
#include "store/orgstore.h"

#include <QLoggingCategory>
#include <QTimer>

namespace SyncLens {

using SessionStatus = LiveFilterOutcome::Status;

LiveFilterSession::LiveFilterSession(const QString &orgPath, LiveConnection connection,
                                     QObject *parent)
    : QObject(parent)
    , m_orgPath(orgPath)
    , m_connection(std::move(connection))
    , m_client(m_connection.settings.orgUrl, m_connection.tokens.get())
{
    qRegisterMetaType<SyncLens::LiveFilterOutcome>();
    qRegisterMetaType<SyncLens::LiveFilterCheck>();
}

LiveFilterSession::~LiveFilterSession()
{
    delete m_job; // before the store it writes to
}

bool LiveFilterSession::openStore(const std::function<void(const QString &)> &failed,
                                  bool forWriting)
{
    if (m_store) {
        const QString busy = tr("Another write to the org is still running; wait for it.");
        QTimer::singleShot(0, this, [failed, busy] { failed(busy); });
        return false;
    }
    auto store = OrgStore::open(m_orgPath, forWriting ? OrgStore::Access::ReadWrite
                                                      : OrgStore::Access::ReadOnly);
    if (!store) {
        qCWarning(lcLive) << "cannot open the org file to record a filter write";
        QTimer::singleShot(0, this, [failed, message = store.error().message] { failed(message); });
        return false;
    }
    m_store = std::move(store).value();
    Q_EMIT started();
    return true;
}

void LiveFilterSession::endWith(const SyncFilter &filter, const QString &message)
{
    LiveFilterOutcome outcome{SessionStatus::Failed, filter.id, filter.userId};
    outcome.message = message;
    Q_EMIT finished(outcome);
}

LiveFilterWriter *LiveFilterSession::newWriter()
{
    auto *writer =
        new LiveFilterWriter(*m_store, &m_client, {m_connection.readOnly, m_author}, this);
    m_job = writer;
    m_cancelJob = [writer] { writer->cancel(); };
    connect(writer, &LiveFilterWriter::finished, this, [this](const LiveFilterOutcome &outcome) {
        release(); // the file is let go before anyone reacts to the outcome
        Q_EMIT finished(outcome);
    });
    return writer;
}

// The job is done: its store closes now, the job itself once its signal returned.
void LiveFilterSession::release()
{
    if (m_job) {
        m_job->setParent(nullptr);
        m_job->deleteLater();
        m_job = nullptr;
    }
    m_cancelJob = {};
    m_store.reset();
}

void LiveFilterSession::save(const SyncFilter &filter, const QString &etag)
{
    if (openStore([this, filter](const QString &m) { endWith(filter, m); }))
        newWriter()->save(filter, etag);
}

void LiveFilterSession::create(const SyncFilter &filter, const QString &kind)
{
    if (openStore([this, filter](const QString &m) { endWith(filter, m); }))
        newWriter()->create(filter, kind);
}

void LiveFilterSession::remove(const QString &filterId)
{
    const SyncFilter filter{filterId, {}, {}, {}, {}, true, {}};
    if (openStore([this, filter](const QString &m) { endWith(filter, m); }))
        newWriter()->remove(filterId);
}

void LiveFilterSession::undo(const QString &filterId)
{
    const SyncFilter filter{filterId, {}, {}, {}, {}, true, {}};
    if (openStore([this, filter](const QString &m) { endWith(filter, m); }))
        newWriter()->undo(filterId);
}

Result<void> LiveFilterSession::acceptTheirs(const LiveFilterConflict &conflict)
{
    if (m_store)
        return makeError(Error::Code::Locked,
                         tr("Another write to the org is still running; wait for it."));
    auto store = OrgStore::open(m_orgPath, OrgStore::Access::ReadWrite);
    if (!store)
        return store.error();
    LiveFilterWriter writer(**store, &m_client, {m_connection.readOnly, m_author});
    return writer.acceptTheirs(conflict);
}

void LiveFilterSession::applyToUsers(const SyncFilter &definition, const QStringList &userIds)
{
    auto failed = [this, definition, userIds](const QString &message) {
        QList<LiveFilterOutcome> outcomes;
        for (const QString &user : userIds) {
            LiveFilterOutcome o{SessionStatus::Failed, definition.id, user};
            o.message = message;
            outcomes.append(o);
        }
        Q_EMIT bulkFinished(outcomes);
    };
    if (!openStore(failed))
        return;
    auto *bulk =
        new LiveFilterBulkApply(*m_store, &m_client, {m_connection.readOnly, m_author}, this);
    m_job = bulk;
    m_cancelJob = [bulk] { bulk->cancel(); };
    connect(bulk, &LiveFilterBulkApply::userDone, this, &LiveFilterSession::userDone);
    connect(bulk, &LiveFilterBulkApply::finished, this,
            [this](const QList<LiveFilterOutcome> &outcomes) {
                release();
                Q_EMIT bulkFinished(outcomes);
            });
    bulk->start(definition, userIds);
}

// The check only reads the file (read-only); one job at a time keeps the
// client's counters and the cancel simple.
void LiveFilterSession::check(const QList<SyncFilter> &filters)
{
    auto failed = [this](const QString &message) {
        Q_EMIT checkFinished(makeError(Error::Code::Locked, message));
    };
    if (!openStore(failed, false))
        return;
    auto *job = new LiveFilterCheckJob(*m_store, &m_client, this);
    m_job = job;
    m_cancelJob = [job] { job->cancel(); };
    connect(job, &LiveFilterCheckJob::finished, this,
            [this](const Result<LiveFilterCheckSummary> &result) {
                release();
                Q_EMIT checkFinished(result);
            });
    job->start(filters);
}

void LiveFilterSession::cancel()
{
    if (m_cancelJob)
        m_cancelJob();
}

} // namespace SyncLens
