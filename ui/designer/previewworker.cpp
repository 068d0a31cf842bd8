#include "previewworker.h"

#include "store/orgstore.h"

#include <QElapsedTimer>

namespace SyncLens {

PreviewWorker::PreviewWorker(QString orgPath, std::shared_ptr<std::atomic<quint64>> latest,
                             std::shared_ptr<std::atomic_bool> cancel)
    : m_path(std::move(orgPath))
    , m_latest(std::move(latest))
    , m_cancel(std::move(cancel))
{}

PreviewWorker::~PreviewWorker() = default;

bool PreviewWorker::superseded(quint64 id, bool supersedable) const
{
    return supersedable && id < m_latest->load();
}

void PreviewWorker::reload()
{
    m_store.reset(); // a live org's Refresh puts a new file at the path
    m_loaded.clear();
    m_snapshots = SnapshotSet();
}

// Every field the catalog knows for the type, besides what the filters read:
// switching a condition to another field then needs no new read.
SnapshotSet::Columns PreviewWorker::wanted(const PreviewRequest &request) const
{
    SnapshotSet::Columns columns;
    for (const FieldInfo &f : FieldCatalog::standard().fields(request.type))
        columns[request.type].insert(f.name);
    for (const auto *set : {&request.current, &request.proposed}) {
        for (const FetchQuery &q : *set)
            SnapshotSet::collectColumns(q, columns);
    }
    return columns;
}

// Reads the entities whose columns are missing, each with all it needs.
Result<void> PreviewWorker::loadColumns(const SnapshotSet::Columns &columns)
{
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        QSet<QString> &have = m_loaded[it.key()];
        if (m_snapshots.find(it.key()) && have.contains(it.value()))
            continue;
        have.unite(it.value());
        auto snapshot = std::make_shared<RecordSnapshot>(it.key(), have.values());
        auto r = m_store->forEachCrmRecord(it.key(), [&](const CrmRecord &record) {
            if (!record.deleted)
                snapshot->append(record);
            return !m_cancel->load(); // the window is closing: stop reading
        });
        if (!r)
            return r;
        if (m_cancel->load())
            return makeError(Error::Code::Cancelled, tr("The preview was cancelled."));
        m_snapshots.add(std::move(snapshot));
    }
    return {};
}

Result<void> PreviewWorker::prepare(const PreviewRequest &request, PreviewOutcome &outcome)
{
    if (!m_store) {
        auto store = OrgStore::open(m_path, OrgStore::Access::ReadOnly);
        if (!store)
            return store.error();
        m_store = std::move(store).value();
    }
    // The clock and the out-of-scope setting move with the engine: read each time.
    auto clock = m_store->metaValue(QStringLiteral("clock"));
    auto settings = m_store->orgSettings();
    if (!settings)
        return settings.error();
    m_outOfScope = settings->sync.outOfScope;
    // The user's time zone and teams decide calendar days and team ownership.
    auto user = m_store->user(request.userId);
    auto teams = m_store->teams();
    if (!user || !teams)
        return !user ? user.error() : teams.error();
    m_user = *user;
    m_teams = *teams;
    m_now = clock ? QDateTime::fromString(*clock, Qt::ISODate) : QDateTime();
    if (!m_now.isValid())
        m_now = QDateTime::currentDateTimeUtc();
    const SnapshotSet::Columns columns = wanted(request);
    QElapsedTimer timer;
    timer.start();
    bool missing = false;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it)
        missing |= !m_snapshots.find(it.key()) || !m_loaded.value(it.key()).contains(it.value());
    if (!missing)
        return {};
    Q_EMIT loadingChanged(true);
    auto r = loadColumns(columns);
    Q_EMIT loadingChanged(false);
    outcome.loadMs = timer.nsecsElapsed() / 1e6;
    return r;
}

void PreviewWorker::run(quint64 id, const PreviewRequest &request, bool supersedable)
{
    if (superseded(id, supersedable) || m_cancel->load())
        return; // a newer request waits in the queue
    auto outcome = std::make_shared<PreviewOutcome>();
    outcome->id = id;
    outcome->supersedable = supersedable;
    outcome->userId = request.userId;
    outcome->type = request.type;
    if (auto r = prepare(request, *outcome); !r) {
        outcome->error = r.error().message;
        Q_EMIT finished(outcome);
        return;
    }
    outcome->now = m_now;
    QElapsedTimer timer;
    timer.start();
    const EvaluationContext context = m_user ? EvaluationContext::forUser(*m_user, m_teams, m_now)
                                             : EvaluationContext{request.userId, {}, {}, m_now};
    auto preview = ScopePreviewer::preview(request.type, request.current, request.proposed,
                                           m_snapshots, context, m_outOfScope);
    outcome->computeMs = timer.nsecsElapsed() / 1e6;
    if (superseded(id, supersedable))
        return;
    if (preview)
        outcome->preview = std::move(preview).value();
    else
        outcome->error = preview.error().message;
    Q_EMIT finished(outcome);
}

} // namespace SyncLens
