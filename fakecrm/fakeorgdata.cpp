#include "fakeorgdata.h"

#include "fakeorgmailboxes.h"
#include "fakeorgqueries.h"
#include "fakeorgtables.h"

#include "model/recordtypes.h"
#include "model/timezonecode.h"
#include "store/orgstore.h"

#include <QJsonArray>
#include <QUuid>

#include <algorithm>

namespace SyncLens::Fake {

namespace {

const QString kLookupType = QStringLiteral("@Microsoft.Dynamics.CRM.lookuplogicalname");

int filteringCode(EmailFiltering f)
{
    switch (f) {
    case EmailFiltering::All:
        return 0;
    case EmailFiltering::Responses:
        return 1;
    case EmailFiltering::Records:
        return 2;
    case EmailFiltering::EmailEnabled:
        return 3;
    case EmailFiltering::None:
        return 4;
    }
    return 1;
}

bool isLookupField(const QString &name)
{
    return name == u"ownerid" || name == u"regardingobjectid" || name == u"parentcustomerid";
}

QJsonObject recordRow(const CrmRecord &r, const QString &primaryKey)
{
    QJsonObject row{{primaryKey, r.id}};
    for (auto it = r.fields.begin(); it != r.fields.end(); ++it) {
        if (it.value().isArray() || it.value().isObject() ||
            FakeOrgTables::isPartyList(r.type, it.key()))
            continue; // activity parties are not columns
        if (isLookupField(it.key()))
            FakeOrgData::setLookup(row, it.key(), it.value().toString(),
                                   it.key() == u"ownerid" ? QStringLiteral("systemuser")
                                                          : QStringLiteral("account"));
        else
            row.insert(it.key(), it.value());
    }
    row.insert(QStringLiteral("createdon"), FakeOrgData::isoTime(r.createdOn));
    row.insert(QStringLiteral("modifiedon"), FakeOrgData::isoTime(r.modifiedOn));
    return row;
}

QJsonObject emailRow(const CrmRecord &r)
{
    const auto f = r.fields;
    QStringList to;
    for (const auto &v : f.value(QStringLiteral("to")).toArray())
        to.append(v.toString());
    const bool outgoing = f.value(QStringLiteral("direction")).toString() == u"outgoing";
    const QString token = f.value(QStringLiteral("token")).toString();
    QJsonObject row{
        {QStringLiteral("activityid"),
         QUuid::createUuidV5(QUuid(), r.id).toString(QUuid::WithoutBraces)},
        {QStringLiteral("messageid"), f.value(QStringLiteral("messageid"))},
        {QStringLiteral("subject"), f.value(QStringLiteral("subject"))},
        {QStringLiteral("directioncode"), outgoing},
        {QStringLiteral("conversationindex"), f.value(QStringLiteral("conversationindex"))},
        {QStringLiteral("sender"), f.value(QStringLiteral("from"))},
        {QStringLiteral("torecipients"), to.join(u';')},
        {QStringLiteral("senton"), f.value(QStringLiteral("sentOn"))},
        {QStringLiteral("trackingtoken"), token.isEmpty() ? QJsonValue() : QJsonValue(token)},
        {QStringLiteral("inreplyto"), f.value(QStringLiteral("inReplyTo"))},
        // 0 None for what CRM sent; 4 TrackingToken or 3 InReplyTo for replies.
        {QStringLiteral("correlationmethod"), outgoing ? 0 : (token.isEmpty() ? 3 : 4)},
        {QStringLiteral("createdon"), FakeOrgData::isoTime(r.createdOn)},
        {QStringLiteral("modifiedon"), FakeOrgData::isoTime(r.modifiedOn)}};
    FakeOrgData::setLookup(row, QStringLiteral("ownerid"),
                           f.value(QStringLiteral("ownerid")).toString(),
                           QStringLiteral("systemuser"));
    FakeOrgData::setLookup(row, QStringLiteral("regardingobjectid"),
                           f.value(QStringLiteral("regardingobjectid")).toString(),
                           QStringLiteral("contact"));
    return row;
}

QJsonObject organizationRow(const QString &name, const OrgSettings &s)
{
    const bool distinct = s.sync.outOfScope == OutOfScopeAction::Keep;
    return QJsonObject{
        {QStringLiteral("organizationid"), QStringLiteral("00000000-0000-0000-0000-0000000000f1")},
        {QStringLiteral("name"), name},
        {QStringLiteral("trackingprefix"),
         s.tracking.enabled ? s.tracking.prefix + u':' : QString()},
        {QStringLiteral("trackingtokeniddigits"), std::max(1, s.tracking.digits - 3)},
        {QStringLiteral("maximumtrackingnumber"), 999},
        {QStringLiteral("emailcorrelationenabled"), s.correlation.enabled},
        {QStringLiteral("enablesmartmatching"), s.smartMatching.enabled},
        {QStringLiteral("hashminaddresscount"), s.smartMatching.minAddressCount},
        {QStringLiteral("hashmaxcount"), s.smartMatching.maxRecipientCount},
        {QStringLiteral("hashdeltasubjectcount"), s.smartMatching.deltaSubjectCount},
        {QStringLiteral("hashfilterkeywords"), s.smartMatching.filterKeywords},
        {QStringLiteral("orgdborgsettings"),
         QStringLiteral("<OrgSettings><DistinctPhysicalAndLogicalDeletesForExchangeSync>%1"
                        "</DistinctPhysicalAndLogicalDeletesForExchangeSync></OrgSettings>")
             .arg(distinct ? QStringLiteral("true") : QStringLiteral("false"))}};
}

} // namespace

QJsonValue FakeOrgData::isoTime(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

void FakeOrgData::setLookup(QJsonObject &row, const QString &column, const QString &id,
                            const QString &type)
{
    const QString key = u'_' + column + QStringLiteral("_value");
    row.insert(key, id.isEmpty() ? QJsonValue() : QJsonValue(id));
    if (!id.isEmpty())
        row.insert(key + kLookupType, type);
}

void FakeOrgData::add(const QString &set, const QString &primaryKey, QJsonObject row)
{
    EntitySet &s = m_sets[set];
    s.primaryKey = primaryKey;
    row.insert(QStringLiteral("@odata.etag"), QStringLiteral("W/\"%1\"").arg(s.rows.size() + 1000));
    s.rows.append(std::move(row));
}

void FakeOrgData::sortAll()
{
    for (EntitySet &s : m_sets) {
        const QString key = s.primaryKey;
        std::sort(s.rows.begin(), s.rows.end(), [&key](const QJsonObject &a, const QJsonObject &b) {
            return a.value(key).toString() < b.value(key).toString();
        });
    }
}

const FakeOrgData::EntitySet *FakeOrgData::entitySet(const QString &name) const
{
    const auto it = m_sets.find(name);
    return it == m_sets.end() ? nullptr : &it.value();
}

QJsonObject *FakeOrgData::row(const QString &set, const QString &id)
{
    const auto it = m_sets.find(set);
    if (it == m_sets.end())
        return nullptr;
    for (QJsonObject &r : it->rows) {
        if (r.value(it->primaryKey).toString() == id)
            return &r;
    }
    return nullptr;
}

bool FakeOrgData::remove(const QString &set, const QString &id)
{
    const auto it = m_sets.find(set);
    if (it == m_sets.end())
        return false;
    const QString key = it->primaryKey;
    const auto removed = it->rows.removeIf(
        [&key, &id](const QJsonObject &row) { return row.value(key).toString() == id; });
    for (QList<CrmRecord> &records : m_records)
        records.removeIf([&id](const CrmRecord &r) { return r.id == id; });
    return removed > 0;
}

FakeOrgData::EntitySet *FakeOrgData::mutableEntitySet(const QString &name)
{
    const auto it = m_sets.find(name);
    return it == m_sets.end() ? nullptr : &it.value();
}

const QList<CrmRecord> &FakeOrgData::records(const QString &type) const
{
    static const QList<CrmRecord> none;
    const auto it = m_records.find(type);
    return it == m_records.end() ? none : it.value();
}

QString FakeOrgData::entitySetOf(const QString &entity)
{
    return entity + u's';
}

Result<FakeOrgData> FakeOrgData::load(OrgStore &store)
{
    FakeOrgData data;
    const auto name = store.orgName();
    const auto settings = store.orgSettings();
    const auto users = store.users();
    const auto mailboxes = store.mailboxes();
    const auto filters = store.filters();
    const auto kinds = store.filterKinds();
    if (!name || !settings || !users || !mailboxes || !filters || !kinds) {
        for (const Error *e :
             {!name ? &name.error() : nullptr, !settings ? &settings.error() : nullptr,
              !users ? &users.error() : nullptr, !mailboxes ? &mailboxes.error() : nullptr,
              !filters ? &filters.error() : nullptr, !kinds ? &kinds.error() : nullptr}) {
            if (e)
                return *e;
        }
    }
    data.add(QStringLiteral("organizations"), QStringLiteral("organizationid"),
             organizationRow(*name, *settings));
    data.m_users = *users;
    if (auto teams = store.teams())
        data.m_teams = *teams;

    QHash<QString, User> byId;
    for (const User &u : *users) {
        byId.insert(u.id, u);
        data.add(QStringLiteral("systemusers"), QStringLiteral("systemuserid"),
                 {{QStringLiteral("systemuserid"), u.id},
                  {QStringLiteral("fullname"), u.name},
                  {QStringLiteral("internalemailaddress"), u.email},
                  {QStringLiteral("isdisabled"), false},
                  {QStringLiteral("applicationid"), QJsonValue()},
                  {QStringLiteral("azureactivedirectoryobjectid"), QStringLiteral("aad-") + u.id}});
        data.add(
            QStringLiteral("usersettingscollection"), QStringLiteral("systemuserid"),
            {{QStringLiteral("systemuserid"), u.id},
             {QStringLiteral("incomingemailfilteringmethod"), filteringCode(u.emailFiltering)},
             // Dataverse keeps a Windows time-zone index; 92 is its UTC.
             {QStringLiteral("timezonecode"), TimeZoneCode::indexOf(u.timeZone).value_or(92)}});
    }
    // What a sandbox lacks: the application user and a disabled person.
    data.add(
        QStringLiteral("systemusers"), QStringLiteral("systemuserid"),
        {{QStringLiteral("systemuserid"), QLatin1String(kApplicationUser)},
         {QStringLiteral("fullname"), QStringLiteral("# SyncLens reader")},
         {QStringLiteral("internalemailaddress"), QStringLiteral("reader@app.invalid")},
         {QStringLiteral("isdisabled"), false},
         {QStringLiteral("applicationid"), QStringLiteral("11111111-2222-3333-4444-555555555555")},
         {QStringLiteral("azureactivedirectoryobjectid"), QLatin1String(kApplicationObject)}});
    data.add(QStringLiteral("systemusers"), QStringLiteral("systemuserid"),
             {{QStringLiteral("systemuserid"), QStringLiteral("zz-disabled-user")},
              {QStringLiteral("fullname"), QStringLiteral("Former Colleague")},
              {QStringLiteral("internalemailaddress"), QStringLiteral("former@contoso.com")},
              {QStringLiteral("isdisabled"), true},
              {QStringLiteral("applicationid"), QJsonValue()},
              {QStringLiteral("azureactivedirectoryobjectid"), QStringLiteral("aad-former")}});

    FakeOrgMailboxes::add(store, *mailboxes, byId, data);
    FakeOrgQueries::add(*filters, *kinds, *users, data);

    const auto records = store.forEachCrmRecord({}, [&data](const CrmRecord &r) {
        if (r.deleted)
            return true;
        if (r.type == RecordTypes::Email)
            data.add(QStringLiteral("emails"), QStringLiteral("activityid"), emailRow(r));
        else if (r.type == RecordTypes::Contact)
            data.add(QStringLiteral("contacts"), QStringLiteral("contactid"),
                     recordRow(r, QStringLiteral("contactid")));
        else if (r.type == RecordTypes::Appointment || r.type == RecordTypes::Task)
            data.add(entitySetOf(r.type), QStringLiteral("activityid"),
                     recordRow(r, QStringLiteral("activityid")));
        if (r.type == RecordTypes::Appointment)
            FakeOrgTables::addOrganizer(r, data);
        if (RecordTypes::isFilterable(r.type))
            data.m_records[r.type].append(r);
        return true;
    });
    if (!records)
        return records.error();
    const auto teams = store.teams();
    if (!teams)
        return teams.error();
    FakeOrgTables::addTeams(*teams, data);
    for (const QString &set : FakeOrgTables::alwaysServed()) {
        auto &s = data.m_sets[set];
        if (s.primaryKey.isEmpty())
            s.primaryKey = FakeOrgTables::primaryKeyOf(set);
    }
    data.sortAll();
    return data;
}

} // namespace SyncLens::Fake
