#include "livefilterwriter.h"

#include "livefilterrows.h"
#include "livelog.h"
#include "store/orgstore.h"
#include "sync/filterhistory.h"

#include <QLoggingCategory>
#include <QTimer>
#include <QUuid>

namespace SyncLens {

using WriteStatus = LiveFilterOutcome::Status;

LiveFilterWriter::LiveFilterWriter(OrgStore &store, DataverseClient *client, Options options,
                                   QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_client(client)
    , m_options(std::move(options))
{}

LiveFilterWriter::~LiveFilterWriter() = default;

void LiveFilterWriter::save(const SyncFilter &filter, const QString &etag)
{
    start({Op::Patch, Local::Save, filter, etag, {}});
}

void LiveFilterWriter::create(SyncFilter filter, const QString &kind)
{
    if (filter.id.isEmpty())
        filter.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    start({Op::Create, Local::Save, filter, {}, kind});
}

void LiveFilterWriter::rename(const QString &filterId, const QString &name)
{
    patchStored(filterId, [&name](SyncFilter &f) { f.name = name; });
}

void LiveFilterWriter::setActive(const QString &filterId, bool active)
{
    patchStored(filterId, [active](SyncFilter &f) { f.enabled = active; });
}

// The stored filter with one field changed, then saved like any other.
void LiveFilterWriter::patchStored(const QString &filterId,
                                   const std::function<void(SyncFilter &)> &change)
{
    if (!begin({Op::Patch, Local::Save, {}, {}, {}}))
        return;
    m_busy = false; // start() begins again, with the changed filter
    auto filter = localFilter(filterId);
    if (!filter)
        return;
    change(*filter);
    start({Op::Patch, Local::Save, *filter, {}, {}});
}

void LiveFilterWriter::remove(const QString &filterId)
{
    if (!begin({Op::Delete, Local::Remove, {}, {}, {}}))
        return;
    m_busy = false;
    if (auto filter = localFilter(filterId))
        start({Op::Delete, Local::Remove, *filter, {}, {}});
}

void LiveFilterWriter::undo(const QString &filterId)
{
    if (!begin({Op::Patch, Local::Undo, {}, {}, {}}))
        return;
    m_busy = false;
    const auto versions = m_store.filterVersions(filterId);
    if (!versions)
        return endWith(WriteStatus::Failed, versions.error().message);
    const auto target = FilterHistory::undoTarget(*versions);
    if (!target)
        return endWith(WriteStatus::Refused,
                       tr("The filter %1 has no change to undo.").arg(filterId));
    const auto exists = m_store.filter(filterId);
    if (!exists)
        return endWith(WriteStatus::Failed, exists.error().message);
    const auto kinds = m_store.filterKinds();
    const QString kind = kinds ? kinds->value(filterId) : QString();
    if (!target->present)
        return start({Op::Delete, Local::Undo, target->filter, {}, kind});
    start({exists->has_value() ? Op::Patch : Op::Create, Local::Undo, target->filter, {}, kind});
}

void LiveFilterWriter::cancel()
{
    m_cancelled = true;
}

// Refuses a second write while one runs, and any write when read-only: the
// outcome comes from the event loop, like every other.
bool LiveFilterWriter::begin(const Pending &pending)
{
    if (m_busy) {
        QTimer::singleShot(0, this, [this, id = pending.filter.id] {
            LiveFilterOutcome busy{WriteStatus::Refused, id};
            busy.message = tr("Another write of a sync filter is still running; wait for it.");
            Q_EMIT finished(busy);
        });
        return false;
    }
    m_pending = pending;
    m_busy = true;
    m_cancelled = false;
    if (m_options.readOnly) {
        endWith(WriteStatus::Refused,
                tr("This connection to the org is read-only: SyncLens writes no "
                   "sync filter through it."));
        return false;
    }
    return true;
}

std::optional<SyncFilter> LiveFilterWriter::localFilter(const QString &filterId)
{
    m_busy = true;
    const auto filter = m_store.filter(filterId);
    if (!filter) {
        endWith(WriteStatus::Failed, filter.error().message);
        return std::nullopt;
    }
    if (!filter->has_value()) {
        endWith(WriteStatus::Refused,
                tr("There is no sync filter %1 in %2.").arg(filterId, m_store.path()));
        return std::nullopt;
    }
    m_busy = false;
    return **filter;
}

void LiveFilterWriter::start(Pending pending)
{
    if (!begin(pending))
        return;
    Pending &p = m_pending;
    const auto kinds = m_store.filterKinds();
    if (p.kind.isEmpty() && kinds)
        p.kind = kinds->value(p.filter.id);
    if (!LiveFilterRows::queryTypeOf(p.kind))
        return endWith(WriteStatus::Refused,
                       tr("\"%1\" is not a sync filter (its kind is %2): SyncLens writes only "
                          "sync filters (user queries of type 256 or 16).")
                           .arg(p.filter.name, p.kind));
    if (p.op == Op::Create)
        return send();
    if (p.etag.isEmpty()) {
        const auto etag = m_store.filterETag(p.filter.id);
        if (!etag)
            return endWith(WriteStatus::Failed, etag.error().message);
        p.etag = *etag;
    }
    if (p.etag.isEmpty())
        return endWith(WriteStatus::Refused,
                       tr("The version of the sync filter \"%1\" as it was read is not known "
                          "(the file was imported before SyncLens kept it): refresh the org "
                          "(synclens-cli live refresh) and try again.")
                           .arg(p.filter.name));
    readRow([this](int status, const Result<QJsonObject> &row) { checked(status, row); });
}

DataverseRequest LiveFilterWriter::request(const QString &what) const
{
    DataverseRequest r;
    r.what = what;
    r.entitySet = QStringLiteral("userqueries");
    r.url = m_client->apiUrl(LiveFilterRows::rowResource(m_pending.filter.id));
    return r;
}

void LiveFilterWriter::readRow(std::function<void(int, const Result<QJsonObject> &)> then)
{
    DataverseRequest r = request(tr("the sync filter \"%1\"").arg(m_pending.filter.name));
    r.url = m_client->apiUrl(LiveFilterRows::rowResource(m_pending.filter.id),
                             LiveFilterRows::rowQuery());
    m_client->get(r, this, std::move(then));
}

// The row as the org has it before the write: still a sync filter, still
// the version ours is based on?
void LiveFilterWriter::checked(int status, const Result<QJsonObject> &row)
{
    if (m_cancelled)
        return endWith(WriteStatus::Cancelled, tr("Cancelled; nothing was written."));
    if (status == 404)
        return conflict(std::nullopt);
    if (!row)
        return refusedByOrg(status, row.error());
    const auto read = LiveFilterRows::fromRow(*row);
    if (!LiveFilterRows::isSyncFilterType(read.queryType))
        return endWith(WriteStatus::Refused,
                       tr("The org's user query \"%1\" is not a sync filter (query type %2): "
                          "SyncLens does not write it.")
                           .arg(read.filter.name)
                           .arg(read.queryType));
    if (read.etag != m_pending.etag)
        return conflict(*row);
    send();
}

void LiveFilterWriter::send()
{
    const Pending &p = m_pending;
    DataverseRequest r = request(tr("the sync filter \"%1\"").arg(p.filter.name));
    r.ifMatch = p.etag;
    if (p.op == Op::Create) {
        r.method = QByteArrayLiteral("POST");
        r.url = m_client->apiUrl(QStringLiteral("userqueries"));
        r.body = LiveFilterRows::createBody(p.filter, *LiveFilterRows::queryTypeOf(p.kind));
    } else if (p.op == Op::Delete) {
        r.method = QByteArrayLiteral("DELETE");
    } else {
        r.method = QByteArrayLiteral("PATCH");
        r.body = LiveFilterRows::patchBody(p.filter);
    }
    qCInfo(lcLive) << "writing sync filter" << p.filter.id << r.method;
    m_client->write(r, this,
                    [this](int status, const Result<QJsonObject> &body) { written(status, body); });
}

void LiveFilterWriter::written(int status, const Result<QJsonObject> &body)
{
    if (status == 412 && m_pending.op != Op::Create) {
        return readRow([this](int, const Result<QJsonObject> &row) {
            conflict(row ? std::optional<QJsonObject>(*row) : std::nullopt);
        });
    }
    if (status == 404 && m_pending.op != Op::Create)
        return conflict(std::nullopt);
    if (!body)
        return refusedByOrg(status, body.error());
    std::optional<SyncFilter> after;
    QString etag;
    if (m_pending.op != Op::Delete) {
        const auto row = LiveFilterRows::fromRow(*body);
        after = body->isEmpty() ? m_pending.filter : row.filter;
        etag = row.etag;
    }
    const auto version = recordLocally(after, etag);
    LiveFilterOutcome outcome{WriteStatus::Done, m_pending.filter.id, m_pending.filter.userId,
                              after, etag};
    outcome.httpStatus = status;
    if (!version) {
        outcome.status = WriteStatus::Failed;
        outcome.message = tr("The org has the change of \"%1\", but the local history could not "
                             "record it: %2")
                              .arg(m_pending.filter.name, version.error().message);
    } else {
        outcome.versionId = version->id;
    }
    end(outcome);
}

void LiveFilterWriter::conflict(const std::optional<QJsonObject> &theirsRow)
{
    LiveFilterConflict c{m_pending.filter, m_pending.etag, std::nullopt, {}};
    if (theirsRow) {
        const auto theirs = LiveFilterRows::fromRow(*theirsRow);
        c.theirs = theirs.filter;
        c.theirsETag = theirs.etag;
    }
    LiveFilterOutcome outcome{WriteStatus::Conflict, m_pending.filter.id, m_pending.filter.userId};
    outcome.httpStatus = 412;
    outcome.message =
        c.theirs ? tr("The sync filter \"%1\" was changed in the org since it was read; nothing "
                      "was written. Compare both versions and pick one.")
                       .arg(m_pending.filter.name)
                 : tr("The sync filter \"%1\" was removed from the org since it was read; "
                      "nothing was written.")
                       .arg(m_pending.filter.name);
    outcome.conflict = c;
    end(outcome);
}

void LiveFilterWriter::refusedByOrg(int status, const Error &error)
{
    if (status != 403)
        return endWith(error.code == Error::Code::Cancelled ? WriteStatus::Cancelled
                                                            : WriteStatus::Failed,
                       error.message, status);
    endWith(WriteStatus::Forbidden,
            tr("The org refused to change the sync filter \"%1\" of user %2 (HTTP 403): the "
               "signed-in account must own it or have the privilege to manage user "
               "synchronization filters (prvAdminFilter) over that user.")
                .arg(m_pending.filter.name, m_pending.filter.userId),
            status);
}

void LiveFilterWriter::endWith(WriteStatus status, const QString &message, int http)
{
    m_busy = true; // until the outcome is out
    LiveFilterOutcome outcome{status, m_pending.filter.id, m_pending.filter.userId};
    outcome.message = message;
    outcome.httpStatus = http;
    QTimer::singleShot(0, this, [this, outcome] { end(outcome); });
}

void LiveFilterWriter::end(LiveFilterOutcome outcome)
{
    m_busy = false;
    if (outcome.status != WriteStatus::Done)
        qCInfo(lcLive) << "sync filter write ended:" << liveFilterStatusName(outcome.status);
    Q_EMIT finished(outcome);
}

} // namespace SyncLens
