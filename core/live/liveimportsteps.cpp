// LiveImportJob: what it reads, one method per table (dataverse-web-api.md §2).
#include "fetchxml/fetchxmlparser.h"
#include "fetchxml/fieldcatalog.h"
#include "liveimportjob.h"
#include "liveimportmappers.h"
#include "model/recordtypes.h"
#include "model/timezonecode.h"
#include "pagereader.h"

#include <QElapsedTimer>
#include <QSet>
#include <QUrl>

namespace SyncLens {

namespace {

const QString kFilterQueryTypes = QStringLiteral("(querytype eq 256 or querytype eq 16)");

QString enc(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text, "(),'=$"));
}

QString select(const char *columns)
{
    return QStringLiteral("$select=") + QLatin1String(columns);
}

void collectAttributes(const FetchFilter &filter, QSet<QString> &out)
{
    for (const FetchCondition &c : filter.conditions) {
        if (c.entityName.isEmpty())
            out.insert(c.attribute);
    }
    for (const FetchFilter &nested : filter.filters)
        collectAttributes(nested, out);
}

} // namespace

void LiveImportJob::readIdentity()
{
    if (m_done)
        return;
    Q_EMIT progress(tr("signing in to %1").arg(m_settings.orgUrl.host()), 0);
    startRead();
    m_client->get(request(tr("WhoAmI"), QStringLiteral("WhoAmI"), {}), this,
                  [this](int, const Result<QJsonObject> &body) {
                      if (!body)
                          return endRead(body.error());
                      m_callerId = body->value(QStringLiteral("UserId")).toString();
                      if (m_callerId.isEmpty()) {
                          return endRead(makeError(
                              Error::Code::Remote,
                              tr("%1 answered WhoAmI without a user id: it does not look like a "
                                 "Dataverse environment; check the URL.")
                                  .arg(m_settings.orgUrl.toString())));
                      }
                      readOrganization();
                      endRead({});
                  });
}

void LiveImportJob::readOrganization()
{
    startRead();
    m_client->get(
        request(tr("the organization settings"), QStringLiteral("organizations"),
                select("name,trackingprefix,trackingtokeniddigits,maximumtrackingnumber,"
                       "emailcorrelationenabled,enablesmartmatching,hashminaddresscount,"
                       "hashmaxcount,hashdeltasubjectcount,hashfilterkeywords,orgdborgsettings")),
        this, [this](int, const Result<QJsonObject> &body) {
            if (!body)
                return endRead(body.error());
            const QJsonArray rows = body->value(QStringLiteral("value")).toArray();
            if (rows.isEmpty()) {
                return endRead(
                    makeError(Error::Code::Remote, tr("The org sent no organization row; is this a "
                                                      "Dataverse environment?")));
            }
            m_organization = rows.first().toObject();
            m_orgName = m_organization.value(QStringLiteral("name")).toString();
            if (m_orgName.isEmpty())
                m_orgName = m_settings.orgUrl.host();
            auto writer = LiveOrgWriter::begin(m_settings.target, m_orgName);
            if (!writer)
                return endRead(writer.error());
            m_writer = std::move(writer).value();
            if (isRefresh())
                readDeletions(); // then keeps the rest of the previous file, then readAll()
            else
                readAll();
            endRead({});
        });
}

void LiveImportJob::readAll()
{
    readUsers();
    readUserSettings();
    readMailboxes();
    readAlerts();
    readFilters();
    readTemplates();
    readEmails();
    readTeams();
}

void LiveImportJob::readUsers()
{
    startRead();
    PageReader::readAll(
        m_client,
        request(tr("the users"), QStringLiteral("systemusers"),
                select("systemuserid,fullname,internalemailaddress,isdisabled,applicationid,"
                       "azureactivedirectoryobjectid")),
        this,
        [this](const QJsonArray &rows) -> Result<void> {
            for (const QJsonValue row : rows)
                m_userRows.append(row.toObject());
            Q_EMIT progress(tr("users"), m_userRows.size());
            return {};
        },
        [this](const Result<void> &r) {
            m_usersRead = true;
            if (r && m_filtersRead)
                probeOtherUsersFilters();
            endRead(r);
        });
}

void LiveImportJob::readUserSettings()
{
    startRead();
    PageReader::readAll(
        m_client,
        request(tr("the users' email settings"), QStringLiteral("usersettingscollection"),
                select("systemuserid,incomingemailfilteringmethod,timezonecode")),
        this,
        [this](const QJsonArray &rows) -> Result<void> {
            for (const QJsonValue row : rows) {
                const QJsonObject o = row.toObject();
                m_filteringByUser.insert(
                    o.value(QStringLiteral("systemuserid")).toString(),
                    o.value(QStringLiteral("incomingemailfilteringmethod")).toInt(1));
                if (const QJsonValue zone = o.value(QStringLiteral("timezonecode"));
                    zone.isDouble())
                    m_timeZoneByUser.insert(o.value(QStringLiteral("systemuserid")).toString(),
                                            TimeZoneCode::fromIndex(zone.toInt()).ianaId);
            }
            return {};
        },
        [this](const Result<void> &r) { endRead(r); });
}

void LiveImportJob::readMailboxes()
{
    startRead();
    PageReader::readAll(
        m_client,
        request(tr("the mailboxes"), QStringLiteral("mailboxes"),
                select("mailboxid,name,emailaddress,_regardingobjectid_value,incomingemailstatus,"
                       "outgoingemailstatus,actstatus,emailrouteraccessapproval,"
                       "incomingemaildeliverymethod,outgoingemaildeliverymethod,"
                       "actdeliverymethod,enabledforincomingemail,enabledforoutgoingemail,"
                       "enabledforact,lastsuccessfulsynccompletedon,processinglastattemptedon,"
                       "lastsyncerror,lastsyncerrorcode,lastsyncerroroccurredon,"
                       "lastsyncerrorcount,postponemailboxprocessinguntil,postponesendinguntil,"
                       "receivingpostponeduntil,receivingpostponeduntilforact,"
                       "postponetestemailconfigurationuntil"),
                DataverseRequest::Lookups),
        this,
        [this](const QJsonArray &rows) -> Result<void> {
            for (const QJsonValue row : rows)
                m_mailboxes.append(LiveImportMappers::liveMailbox(row.toObject()));
            Q_EMIT progress(tr("mailboxes"), m_mailboxes.size());
            return {};
        },
        [this](const Result<void> &r) { endRead(r); });
}

void LiveImportJob::readAlerts()
{
    startRead();
    PageReader::readAll(
        m_client,
        request(tr("the alerts"), QStringLiteral("tracelogs"),
                select("tracelogid,level,tracecode,text,createdon,_regardingobjectid_value") +
                    QStringLiteral("&$filter=") +
                    enc(QStringLiteral("createdon ge ") + since() + changedFilter("createdon")) +
                    QStringLiteral("&$orderby=createdon")),
        this,
        [this](const QJsonArray &rows) -> Result<void> {
            return m_writer->store().transaction([&]() -> Result<void> {
                for (const QJsonValue row : rows) {
                    const auto alert = LiveImportMappers::alert(row.toObject());
                    if (!alert)
                        continue;
                    if (auto r = m_writer->store().addAlert(*alert); !r)
                        return r.error();
                    ++m_summary.alerts;
                }
                return {};
            });
        },
        [this](const Result<void> &r) { endRead(r); });
}

void LiveImportJob::readFilters()
{
    startRead();
    PageReader::readAll(
        m_client,
        request(tr("the sync filters"), QStringLiteral("userqueries"),
                select("userqueryid,name,fetchxml,returnedtypecode,querytype,statecode,"
                       "_ownerid_value,modifiedon") +
                    QStringLiteral("&$filter=") + enc(kFilterQueryTypes)),
        this,
        [this](const QJsonArray &rows) -> Result<void> {
            for (const QJsonValue row : rows) {
                QString kind;
                if (auto f = LiveImportMappers::filter(row.toObject(), &kind)) {
                    m_filters.append({*f, kind});
                    m_filterETags.insert(f->id, row[QStringLiteral("@odata.etag")].toString());
                }
            }
            return {};
        },
        [this](const Result<void> &r) {
            m_filtersRead = true;
            if (r) {
                readRecords(RecordTypes::Contact);
                readRecords(RecordTypes::Task);
                readOrganizers(); // then the appointments
                if (m_usersRead)
                    probeOtherUsersFilters();
            }
            endRead(r);
        });
}

void LiveImportJob::probeOtherUsersFilters()
{
    // A normal query returns the caller's own filters only, unless the caller
    // may manage users' filters (prvAdminFilter). For each person whose
    // filters did not come, ask on their behalf; a refusal is said per user.
    QSet<QString> owners;
    for (const auto &f : std::as_const(m_filters))
        owners.insert(f.first.userId);
    for (const QJsonObject &row : std::as_const(m_userRows)) {
        const User user = LiveImportMappers::user(row);
        if (!LiveImportMappers::isPerson(row) || owners.contains(user.id) || user.id == m_callerId)
            continue;
        DataverseRequest r = request(
            tr("the sync filters of %1").arg(user.name), QStringLiteral("userqueries"),
            select("userqueryid,name,fetchxml,returnedtypecode,querytype,statecode,"
                   "_ownerid_value,modifiedon") +
                QStringLiteral("&$filter=") +
                enc(kFilterQueryTypes + QStringLiteral(" and _ownerid_value eq ") + user.id));
        r.callerObjectId = row.value(QStringLiteral("azureactivedirectoryobjectid")).toString();
        startRead();
        m_client->get(r, this, [this, user](int status, const Result<QJsonObject> &body) {
            if (!body && status == 403) {
                m_notes.append(tr("The sync filters of %1 (%2) could not be read: %3")
                                   .arg(user.name, user.email, body.error().message));
                return endRead({});
            }
            if (!body)
                return endRead(body.error());
            for (const QJsonValue row : body->value(QStringLiteral("value")).toArray()) {
                QString kind;
                if (auto f = LiveImportMappers::filter(row.toObject(), &kind)) {
                    m_filters.append({*f, kind});
                    m_filterETags.insert(f->id, row[QStringLiteral("@odata.etag")].toString());
                }
            }
            endRead({});
        });
    }
}

void LiveImportJob::readTemplates()
{
    startRead();
    PageReader::readAll(
        m_client,
        request(tr("the filter templates"), QStringLiteral("savedqueries"),
                select("savedqueryid,name,fetchxml,returnedtypecode,querytype,isdefault") +
                    QStringLiteral("&$filter=") +
                    enc(QStringLiteral("(querytype eq 131072 or querytype eq 8192)"))),
        this,
        [this](const QJsonArray &rows) -> Result<void> {
            for (const QJsonValue row : rows) {
                if (auto t = LiveImportMappers::filterTemplate(row.toObject()))
                    m_templates.append(*t);
            }
            return {};
        },
        [this](const Result<void> &r) { endRead(r); });
}

void LiveImportJob::readRecords(const QString &type)
{
    // The columns the filters use, plus owner and state (and what the
    // designer offers), so that a preview works on the imported records.
    QSet<QString> columns{QStringLiteral("ownerid"), QStringLiteral("statecode"),
                          QStringLiteral("createdon"), QStringLiteral("modifiedon")};
    for (const FieldInfo &field : FieldCatalog::standard().fields(type))
        columns.insert(field.name);
    for (const auto &f : std::as_const(m_filters)) {
        if (f.first.type != type)
            continue;
        if (const auto query = FetchXmlParser().parse(f.first.fetchXml)) {
            for (const FetchFilter &filter : query->entity.filters)
                collectAttributes(filter, columns);
        }
    }
    // An appointment's organizer is a party list, read apart (readOrganizers).
    if (type == RecordTypes::Appointment)
        columns.remove(QStringLiteral("organizer"));
    const bool isContact = type == RecordTypes::Contact;
    const QString primaryKey =
        isContact ? QStringLiteral("contactid") : QStringLiteral("activityid");
    columns.remove(primaryKey);
    QStringList sorted = columns.values();
    sorted.sort();
    QString fetch = QStringLiteral("<fetch version=\"1.0\" mapping=\"logical\"><entity name=\"%1\">"
                                   "<attribute name=\"%2\"/>")
                        .arg(type, primaryKey);
    for (const QString &column : std::as_const(sorted))
        fetch += QStringLiteral("<attribute name=\"%1\"/>").arg(column.toHtmlEscaped());
    fetch += changedFetchFilter();
    fetch += QStringLiteral("<order attribute=\"%1\"/></entity></fetch>").arg(primaryKey);
    const QString entitySet = type + u's';
    DataverseRequest r = request(tr("the %1 records").arg(type), entitySet, {});
    auto count = std::make_shared<qint64>(0);
    startRead();
    PageReader::readFetchXml(
        m_client, r, fetch, m_settings.pageSize, this,
        [this, type, primaryKey, count](const QJsonArray &rows) -> Result<void> {
            QElapsedTimer storing;
            storing.start();
            auto written = m_writer->store().transaction([&]() -> Result<void> {
                for (const QJsonValue row : rows) {
                    CrmRecord record = LiveImportMappers::record(type, primaryKey, row.toObject());
                    if (const QString organizer = m_organizers.value(record.id);
                        !organizer.isEmpty())
                        record.fields.insert(QStringLiteral("organizer"), organizer);
                    if (auto w = m_writer->store().upsertCrmRecord(record); !w)
                        return w;
                }
                return {};
            });
            m_summary.storeNs += storing.nsecsElapsed();
            *count += rows.size();
            m_summary.records += rows.size();
            Q_EMIT progress(type, *count);
            return written;
        },
        [this](const Result<void> &result) { endRead(result); });
}

void LiveImportJob::readEmails()
{
    startRead();
    PageReader::readAll(
        m_client,
        request(tr("the tracked emails"), QStringLiteral("emails"),
                select("activityid,messageid,inreplyto,conversationindex,subject,directioncode,"
                       "_regardingobjectid_value,correlationmethod,trackingtoken,createdon,"
                       "modifiedon,senton,_ownerid_value,sender,torecipients") +
                    QStringLiteral("&$filter=") +
                    enc(QStringLiteral("createdon ge ") + since() + changedFilter("modifiedon"))),
        this,
        [this](const QJsonArray &rows) -> Result<void> {
            QElapsedTimer storing;
            storing.start();
            auto written = m_writer->store().transaction([&]() -> Result<void> {
                for (const QJsonValue row : rows) {
                    if (auto w = m_writer->store().upsertCrmRecord(
                            LiveImportMappers::email(row.toObject()));
                        !w)
                        return w;
                }
                return {};
            });
            m_summary.storeNs += storing.nsecsElapsed();
            m_summary.emails += rows.size();
            Q_EMIT progress(tr("emails"), m_summary.emails);
            return written;
        },
        [this](const Result<void> &r) { endRead(r); });
}

} // namespace SyncLens
