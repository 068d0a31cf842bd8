#include "liveimportjob.h"

#include "liveimportmappers.h"
#include "livejournal.h"
#include "livelog.h"

#include <QLoggingCategory>
#include <QSet>
#include <QTimer>

namespace SyncLens {

LiveImportJob::LiveImportJob(LiveImportSettings settings, AccessTokenProvider *tokens,
                             QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_client(new DataverseClient(m_settings.orgUrl, tokens, this))
{
    if (!m_settings.now.isValid())
        m_settings.now = QDateTime::currentDateTimeUtc();
    connect(m_client, &DataverseClient::throttled, this, &LiveImportJob::waiting);
}

LiveImportJob::~LiveImportJob() = default;

void LiveImportJob::start()
{
    QTimer::singleShot(0, this, &LiveImportJob::readIdentity);
}

void LiveImportJob::cancel()
{
    fail(makeError(Error::Code::Cancelled,
                   tr("The import was cancelled; %1 is unchanged.").arg(m_settings.target)));
}

DataverseRequest LiveImportJob::request(const QString &what, const QString &entitySet,
                                        const QString &query, int annotations) const
{
    DataverseRequest r;
    r.what = what;
    r.entitySet = entitySet;
    r.url = m_client->apiUrl(entitySet, query);
    r.annotations = annotations;
    r.maxPageSize = m_settings.pageSize;
    return r;
}

QString LiveImportJob::since() const
{
    return m_settings.now.addDays(-m_settings.days).toString(Qt::ISODate);
}

void LiveImportJob::startRead()
{
    ++m_running;
}

void LiveImportJob::endRead(const Result<void> &result)
{
    --m_running;
    if (m_done)
        return;
    if (!result)
        return fail(result.error());
    if (m_running == 0)
        complete();
}

void LiveImportJob::fail(const Error &error)
{
    if (m_done)
        return;
    m_done = true;
    qCInfo(lcLive) << "import failed:" << error.message;
    m_client->cancel();
    m_writer.reset(); // the temporary file goes; the target was never touched
    Q_EMIT finished(error);
}

Result<void> LiveImportJob::writeSmallTables()
{
    OrgStore &store = m_writer->store();
    QSet<QString> people;
    for (const QJsonObject &row : std::as_const(m_userRows)) {
        if (!LiveImportMappers::isPerson(row))
            continue;
        User user = LiveImportMappers::user(row);
        user.timeZone = m_timeZoneByUser.value(user.id, QStringLiteral("UTC"));
        user.emailFiltering =
            LiveImportMappers::emailFiltering(m_filteringByUser.value(user.id, 1));
        if (auto r = store.upsertUser(user); !r)
            return r;
        people.insert(user.id);
    }
    m_summary.users = int(people.size());
    for (const LiveMailbox &live : std::as_const(m_mailboxes)) {
        if (auto r = store.upsertLiveMailbox(live); !r)
            return r;
        // The engine's model has users' mailboxes only (queues stay live rows).
        if (live.ownerType == u"systemuser" && people.contains(live.ownerId)) {
            if (auto r = store.upsertMailbox(LiveImportMappers::mailbox(live)); !r)
                return r;
        }
    }
    m_summary.mailboxes = int(m_mailboxes.size());
    for (const auto &[filter, kind] : std::as_const(m_filters)) {
        if (!people.contains(filter.userId))
            continue; // a team's or a disabled user's filter
        if (auto r = store.upsertFilter(filter); !r)
            return r;
        if (auto r = store.setFilterKind(filter.id, kind); !r)
            return r;
        if (auto r = store.setFilterETag(filter.id, m_filterETags.value(filter.id)); !r)
            return r;
        ++m_summary.filters;
    }
    for (const LiveTemplate &t : std::as_const(m_templates)) {
        if (auto r = store.upsertLiveTemplate(t); !r)
            return r;
    }
    m_summary.templates = int(m_templates.size());
    if (auto r = writeTeams(people); !r)
        return r;
    for (const QString &note : std::as_const(m_notes)) {
        if (auto r = store.addLiveNote({QString(), note}); !r)
            return r;
    }
    m_summary.notes = m_notes;
    if (auto r = store.setOrgSettings(LiveImportMappers::settings(m_organization)); !r)
        return r;
    // The timeline: the tracked emails and alerts now in the file.
    const auto journal = LiveJournal::write(store);
    if (!journal)
        return journal.error();
    m_summary.journal = *journal;
    const QList<std::pair<const char *, QString>> meta{
        {"source", QStringLiteral("live")},
        {"live.url", m_settings.orgUrl.toString()},
        {"live.readAt", m_settings.now.toString(Qt::ISODate)},
        {"live.changedSince",
         isRefresh() ? m_settings.changedSince.toUTC().toString(Qt::ISODate) : QString()},
        {"live.days", QString::number(m_settings.days)},
        {"live.tenant", m_settings.tenant},
        {"live.clientId", m_settings.clientId},
        {"live.authority", m_settings.authority},
        {"live.auth", m_settings.auth},
        {"live.callerId", m_callerId}};
    for (const auto &[key, value] : meta) {
        // A setting left unset is written as "" (the column takes no NULL).
        if (auto r = store.setMetaValue(QString::fromLatin1(key),
                                        value.isNull() ? QString::fromLatin1("") : value);
            !r)
            return r;
    }
    if (!m_deletions)
        return {};
    for (const TableDeletions &table : m_deletions->result()) {
        const QString link = table.deltaLink.isNull() ? QString::fromLatin1("") : table.deltaLink;
        if (auto r = store.setMetaValue(deltaLinkKey(table.entitySet), link); !r)
            return r;
    }
    return {};
}

void LiveImportJob::complete()
{
    if (m_done)
        return;
    Q_EMIT progress(tr("writing %1").arg(m_settings.target), 0);
    auto written = m_writer->store().transaction([this] { return writeSmallTables(); });
    if (!written)
        return fail(written.error());
    if (auto r = m_writer->commit(); !r)
        return fail(r.error());
    m_writer.reset();
    m_done = true;
    m_summary.requests = m_client->requestsSent();
    m_summary.parseNs = m_client->parseNanoseconds();
    Q_EMIT finished(m_summary);
}

} // namespace SyncLens
