// LiveImportJob: a refresh reads only what changed since the last read where
// Dataverse allows it (records and emails by modifiedon, alerts by
// createdon), and keeps the rest from the previous file but the rows deleted
// in the org meanwhile (LiveDeletionReader: change tracking's delta links,
// else the primary ids). The small tables are read whole, as an import does.
#include "liveimportjob.h"
#include "model/recordtypes.h"

namespace SyncLens {

namespace {

// The server's clock and ours may differ a little: rows changed shortly
// before the last read are read again (harmless: they replace their copy).
constexpr qint64 kClockMarginSeconds = 10 * 60;

} // namespace

bool LiveImportJob::isRefresh() const
{
    return m_settings.changedSince.isValid();
}

QDateTime LiveImportJob::changedCutoff() const
{
    return m_settings.changedSince.toUTC().addSecs(-kClockMarginSeconds);
}

QString LiveImportJob::changedSince() const
{
    return changedCutoff().toString(Qt::ISODate);
}

QString LiveImportJob::changedFilter(const char *column) const
{
    if (!isRefresh())
        return {};
    return QStringLiteral(" and %1 gt %2").arg(QLatin1String(column), changedSince());
}

QString LiveImportJob::changedFetchFilter() const
{
    if (!isRefresh())
        return {};
    return QStringLiteral("<filter><condition attribute=\"modifiedon\" operator=\"gt\" "
                          "value=\"%1\"/></filter>")
        .arg(changedSince());
}

QString LiveImportJob::previousPath() const
{
    return m_settings.previous.isEmpty() ? m_settings.target : m_settings.previous;
}

Result<QList<DeletionTable>> LiveImportJob::deletionTables()
{
    auto previous = OrgStore::open(previousPath(), OrgStore::Access::ReadOnly);
    if (!previous)
        return previous.error();
    QList<DeletionTable> tables{
        {RecordTypes::Contact, QStringLiteral("contacts"), QStringLiteral("contactid")},
        {RecordTypes::Appointment, QStringLiteral("appointments"), QStringLiteral("activityid")},
        {RecordTypes::Task, QStringLiteral("tasks"), QStringLiteral("activityid")},
        {RecordTypes::Email, QStringLiteral("emails"), QStringLiteral("activityid"), false,
         QStringLiteral("createdon ge ") + since()}};
    for (DeletionTable &table : tables) {
        const auto link = (*previous)->metaValue(deltaLinkKey(table.entitySet));
        if (!link)
            return link.error();
        table.deltaLink = *link;
    }
    return tables;
}

QString LiveImportJob::deltaLinkKey(const QString &entitySet)
{
    return QStringLiteral("live.deltaLink.") + entitySet;
}

void LiveImportJob::readDeletions()
{
    Q_EMIT progress(tr("looking for records deleted in %1").arg(m_settings.orgUrl.host()), 0);
    auto tables = deletionTables();
    if (!tables)
        return fail(tables.error());
    m_deletions = new LiveDeletionReader(m_client, *tables, m_settings.pageSize, this);
    startRead();
    m_deletions->start([this](const Result<void> &found) {
        if (!found)
            return endRead(found);
        Q_EMIT progress(tr("keeping what did not change in %1").arg(m_settings.target), 0);
        if (auto kept = keepPrevious(); !kept)
            return endRead(kept.error());
        readAll();
        endRead({});
    });
}

Result<void> LiveImportJob::keepPrevious()
{
    const QString previousPath = this->previousPath();
    auto previous = OrgStore::open(previousPath, OrgStore::Access::ReadOnly);
    if (!previous)
        return previous.error();
    OrgStore &from = **previous;
    const auto url = from.metaValue(QStringLiteral("live.url"));
    if (!url || *url != m_settings.orgUrl.toString()) {
        return makeError(Error::Code::InvalidArgument,
                         tr("%1 was not read from %2; import it with live import instead")
                             .arg(previousPath, m_settings.orgUrl.toString()));
    }
    const QDateTime since = m_settings.now.addDays(-m_settings.days);
    OrgStore &to = m_writer->store();
    return to.transaction([&]() -> Result<void> {
        Result<void> written;
        // Emails and alerts older than the window go, as an import leaves them out.
        auto copied = from.forEachCrmRecord({}, [&](const CrmRecord &r) {
            if (r.type == RecordTypes::Email && r.createdOn < since)
                return true;
            const QString primaryId = r.type == RecordTypes::Email
                                          ? r.fields.value(QStringLiteral("activityid")).toString()
                                          : r.id;
            if (m_deletions && m_deletions->isGone(r.type, primaryId)) {
                ++m_summary.deleted; // deleted in the org since the last read
                return true;
            }
            written = to.upsertCrmRecord(r);
            ++m_summary.kept;
            return written.ok();
        });
        if (!copied)
            return copied;
        if (!written)
            return written;
        const auto mailboxes = from.alertCountsByMailbox();
        if (!mailboxes)
            return mailboxes.error();
        for (const QString &mailboxId : mailboxes->keys()) {
            const auto alerts = from.alerts(mailboxId);
            if (!alerts)
                return alerts.error();
            for (const Alert &a : *alerts) {
                // Those after the cutoff are read again (alerts are added, not replaced).
                if (a.time < since || a.time > changedCutoff())
                    continue;
                if (auto added = to.addAlert(a); !added)
                    return added.error();
                ++m_summary.alerts;
                ++m_summary.kept;
            }
        }
        return {};
    });
}

} // namespace SyncLens
