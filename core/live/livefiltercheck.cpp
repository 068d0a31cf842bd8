#include "livefiltercheck.h"

#include "dataverseerrors.h"
#include "livelog.h"
#include "model/recordtypes.h"
#include "pagereader.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTimer>

#include <memory>

namespace SyncLens {

LiveFilterCheckJob::LiveFilterCheckJob(OrgStore &store, DataverseClient *client, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_client(client)
{}

QString LiveFilterCheckJob::substituteUser(const QString &fetchXml, const QString &userId)
{
    static const QRegularExpression userCondition(
        QStringLiteral(R"(operator\s*=\s*(["'])(eq|ne)-userid\1)"));
    QString out = fetchXml;
    out.replace(userCondition,
                QStringLiteral("operator=\"\\2\" value=\"%1\"").arg(userId.toHtmlEscaped()));
    return out;
}

void LiveFilterCheckJob::start(const QList<SyncFilter> &filters)
{
    m_filters = filters;
    m_summary = {};
    m_at = 0;
    m_cancelled = m_done = false;
    m_sentBefore = m_client->requestsSent();
    m_timer.start();
    auto engine = LiveFilterEngineSide::load(m_store, filters);
    if (!engine) {
        return QTimer::singleShot(0, this, [this, error = engine.error()] { fail(error); });
    }
    m_engine = std::move(*engine);
    readObjectIds();
}

void LiveFilterCheckJob::cancel()
{
    m_cancelled = true;
}

void LiveFilterCheckJob::fail(const Error &error)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(error);
}

void LiveFilterCheckJob::readObjectIds()
{
    DataverseRequest r;
    r.what = tr("the users' sign-in ids");
    r.entitySet = QStringLiteral("systemusers");
    r.url = m_client->apiUrl(r.entitySet,
                             QStringLiteral("$select=systemuserid,azureactivedirectoryobjectid"));
    PageReader::readAll(
        m_client, r, this,
        [this](const QJsonArray &rows) -> Result<void> {
            for (const QJsonValue row : rows)
                m_objectIds.insert(row[QStringLiteral("systemuserid")].toString(),
                                   row[QStringLiteral("azureactivedirectoryobjectid")].toString());
            return {};
        },
        [this](const Result<void> &r) {
            if (!r)
                return fail(r.error());
            probeImpersonation();
        });
}

// Whether the signed-in account may act on behalf of the users: one small
// read as the first filter's user. Refused (403): the ids are substituted.
void LiveFilterCheckJob::probeImpersonation()
{
    const QString objectId =
        m_filters.isEmpty() ? QString() : m_objectIds.value(m_filters.first().userId);
    if (objectId.isEmpty()) {
        m_impersonate = false;
        return checkNext();
    }
    DataverseRequest r;
    r.what = tr("a read on behalf of a user");
    r.entitySet = QStringLiteral("systemusers");
    r.url = m_client->apiUrl(r.entitySet, QStringLiteral("$select=systemuserid&$top=1"));
    r.callerObjectId = objectId;
    r.maxPageSize = 1;
    m_client->get(r, this, [this](int status, const Result<QJsonObject> &body) {
        if (!body && status != 403)
            return fail(body.error());
        m_impersonate = bool(body);
        qCInfo(lcLive) << "filter check: impersonation" << m_impersonate;
        checkNext();
    });
}

void LiveFilterCheckJob::checkNext()
{
    if (m_cancelled)
        return fail(makeError(Error::Code::Cancelled, tr("The check was cancelled.")));
    if (m_at >= m_filters.size()) {
        m_summary.elapsedMs = m_timer.elapsed();
        m_summary.requests = m_client->requestsSent() - m_sentBefore;
        m_done = true;
        return Q_EMIT finished(m_summary);
    }
    readServer(m_filters.at(m_at));
}

void LiveFilterCheckJob::readServer(const SyncFilter &filter)
{
    const QString objectId = m_objectIds.value(filter.userId);
    const bool impersonate = m_impersonate && !objectId.isEmpty();
    DataverseRequest r;
    r.what = tr("the records of the filter \"%1\"").arg(filter.name);
    r.entitySet = filter.type + u's';
    if (impersonate)
        r.callerObjectId = objectId;
    const QString fetch =
        impersonate ? filter.fetchXml : substituteUser(filter.fetchXml, filter.userId);
    const QString key = filter.type == RecordTypes::Contact ? QStringLiteral("contactid")
                                                            : QStringLiteral("activityid");
    auto ids = std::make_shared<QSet<QString>>();
    PageReader::readFetchXml(
        m_client, r, fetch, 5000, this,
        [ids, key](const QJsonArray &rows) -> Result<void> {
            for (const QJsonValue row : rows)
                ids->insert(row[key].toString());
            return {};
        },
        [this, filter, ids, impersonate](const Result<void> &result) {
            if (!result && result.error().code != Error::Code::Remote)
                return fail(result.error());
            if (!result) {
                LiveFilterCheck check{filter};
                check.impersonated = impersonate;
                check.error = result.error().message;
                check.orgRefused = true;
                m_summary.checks.append(check);
                ++m_summary.differing;
                Q_EMIT filterChecked(check);
                ++m_at;
                return checkNext();
            }
            compare(filter, *ids);
        });
}

void LiveFilterCheckJob::compare(const SyncFilter &filter, const QSet<QString> &server)
{
    LiveFilterCheck check{filter};
    check.impersonated = m_impersonate && !m_objectIds.value(filter.userId).isEmpty();
    check.dataverse = server.size();
    const auto engine = m_engine->select(filter);
    if (!engine) {
        check.error = tr("SyncLens cannot evaluate this filter: %1").arg(engine.error().message);
    } else {
        check.syncLens = engine->size();
        QSet<QString> all = server;
        all.unite(*engine);
        QStringList ids(all.begin(), all.end());
        ids.sort();
        for (const QString &id : std::as_const(ids)) {
            const bool ours = engine->contains(id);
            const bool theirs = server.contains(id);
            if (ours && theirs)
                continue;
            check.differences.append(
                LiveFilterDifference{id, ours, theirs,
                                     ours ? tr("SyncLens selects it; Dataverse did not return it.")
                                          : m_engine->whyNot(filter, id)});
        }
        check.total = all.size();
        check.agreed = check.total - check.differences.size();
    }
    m_summary.agreed += check.agreed;
    m_summary.total += check.total;
    if (!check.agrees())
        ++m_summary.differing;
    m_summary.checks.append(check);
    Q_EMIT filterChecked(check);
    ++m_at;
    checkNext();
}

} // namespace SyncLens
