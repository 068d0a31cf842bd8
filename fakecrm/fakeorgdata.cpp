#include "fakeorgdata.h"

#include "fetchxml/filtertemplates.h"
#include "model/recordtypes.h"
#include "model/timezonecode.h"
#include "store/orgstore.h"
#include "sync/mailboxhealth.h"

#include <QJsonArray>
#include <QSet>
#include <QUuid>

#include <algorithm>

namespace SyncLens::Fake {

namespace {

const QString kLookupType = QStringLiteral("@Microsoft.Dynamics.CRM.lookuplogicalname");

QJsonValue iso(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

void lookup(QJsonObject &row, const QString &column, const QString &id, const QString &type)
{
    const QString key = u'_' + column + QStringLiteral("_value");
    row.insert(key, id.isEmpty() ? QJsonValue() : QJsonValue(id));
    if (!id.isEmpty())
        row.insert(key + kLookupType, type);
}

int statusCode(ChannelStatus s)
{
    return s == ChannelStatus::Success ? 1 : (s == ChannelStatus::Failure ? 2 : 0);
}

// enabledfor…: off for a disabled mailbox, and for a channel disabled alone.
bool enabled(const Mailbox &m, MailboxChannel c)
{
    return m.enabled && !m.health(c).disabled;
}

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
        if (it.value().isArray() || it.value().isObject())
            continue; // activity parties are not columns
        if (isLookupField(it.key()))
            lookup(row, it.key(), it.value().toString(),
                   it.key() == u"ownerid" ? QStringLiteral("systemuser")
                                          : QStringLiteral("account"));
        else
            row.insert(it.key(), it.value());
    }
    row.insert(QStringLiteral("createdon"), iso(r.createdOn));
    row.insert(QStringLiteral("modifiedon"), iso(r.modifiedOn));
    return row;
}

QJsonObject emailRow(const CrmRecord &r)
{
    const auto f = r.fields;
    QStringList to;
    for (const QJsonValue &v : f.value(QStringLiteral("to")).toArray())
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
        {QStringLiteral("createdon"), iso(r.createdOn)},
        {QStringLiteral("modifiedon"), iso(r.modifiedOn)}};
    lookup(row, QStringLiteral("ownerid"), f.value(QStringLiteral("ownerid")).toString(),
           QStringLiteral("systemuser"));
    lookup(row, QStringLiteral("regardingobjectid"),
           f.value(QStringLiteral("regardingobjectid")).toString(), QStringLiteral("contact"));
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

    for (const Mailbox &m : *mailboxes) {
        const User owner = byId.value(m.userId);
        const auto alerts = store.alerts(m.id);
        QString lastError;
        QDateTime lastErrorTime;
        if (alerts && m.isFailing()) {
            for (const Alert &a : *alerts) {
                if (a.severity != AlertSeverity::Information) {
                    lastError = MailboxHealth::message(a);
                    lastErrorTime = a.time;
                }
            }
        }
        QJsonObject row{
            {QStringLiteral("mailboxid"), m.id},
            {QStringLiteral("name"), owner.name},
            {QStringLiteral("emailaddress"), owner.email},
            {QStringLiteral("incomingemailstatus"), statusCode(m.incomingStatus)},
            {QStringLiteral("outgoingemailstatus"), statusCode(m.outgoingStatus)},
            {QStringLiteral("actstatus"), statusCode(m.actStatus)},
            {QStringLiteral("emailrouteraccessapproval"), m.approved ? 1 : 2},
            {QStringLiteral("incomingemaildeliverymethod"), m.incoming == ChannelMode::Sss ? 2 : 0},
            {QStringLiteral("outgoingemaildeliverymethod"), m.outgoing == ChannelMode::Sss ? 2 : 0},
            {QStringLiteral("actdeliverymethod"), m.act == ChannelMode::Sss ? 1 : 2},
            {QStringLiteral("enabledforincomingemail"), enabled(m, MailboxChannel::Incoming)},
            {QStringLiteral("enabledforoutgoingemail"), enabled(m, MailboxChannel::Outgoing)},
            {QStringLiteral("enabledforact"), enabled(m, MailboxChannel::Act)},
            {QStringLiteral("processinglastattemptedon"), iso(m.lastCycle)},
            {QStringLiteral("lastsuccessfulsynccompletedon"),
             m.isFailing() ? QJsonValue() : iso(m.lastCycle)},
            {QStringLiteral("lastsyncerror"), lastError.isEmpty() ? QJsonValue() : lastError},
            {QStringLiteral("lastsyncerrorcode"), lastError.isEmpty() ? QJsonValue() : -2147220891},
            {QStringLiteral("lastsyncerroroccurredon"), iso(lastErrorTime)},
            {QStringLiteral("lastsyncerrorcount"), m.consecutiveFailures},
            {QStringLiteral("postponemailboxprocessinguntil"), iso(m.retryAfter)}};
        lookup(row, QStringLiteral("regardingobjectid"), m.userId, QStringLiteral("systemuser"));
        data.add(QStringLiteral("mailboxes"), QStringLiteral("mailboxid"), row);
        if (alerts) {
            for (const Alert &a : *alerts) {
                QJsonObject trace{{QStringLiteral("tracelogid"),
                                   QStringLiteral("trace-%1").arg(a.id, 8, 10, QLatin1Char('0'))},
                                  {QStringLiteral("level"), a.severity == AlertSeverity::Error ? 3
                                                            : a.severity == AlertSeverity::Warning
                                                                ? 2
                                                                : 1},
                                  {QStringLiteral("tracecode"), 0},
                                  {QStringLiteral("text"), MailboxHealth::message(a)},
                                  {QStringLiteral("createdon"), iso(a.time)}};
                lookup(trace, QStringLiteral("regardingobjectid"), a.mailboxId,
                       QStringLiteral("mailbox"));
                data.add(QStringLiteral("tracelogs"), QStringLiteral("tracelogid"), trace);
            }
        }
    }
    // A queue and its mailbox: not a user, never a user's mailbox.
    QJsonObject queue{{QStringLiteral("mailboxid"), QStringLiteral("zz-queue-mailbox")},
                      {QStringLiteral("name"), QStringLiteral("Support queue")},
                      {QStringLiteral("emailaddress"), QStringLiteral("support@contoso.com")},
                      {QStringLiteral("incomingemailstatus"), 1},
                      {QStringLiteral("outgoingemailstatus"), 1},
                      {QStringLiteral("actstatus"), 0},
                      {QStringLiteral("emailrouteraccessapproval"), 1},
                      {QStringLiteral("incomingemaildeliverymethod"), 2},
                      {QStringLiteral("outgoingemaildeliverymethod"), 2},
                      {QStringLiteral("actdeliverymethod"), 2},
                      {QStringLiteral("enabledforincomingemail"), true},
                      {QStringLiteral("enabledforoutgoingemail"), true},
                      {QStringLiteral("enabledforact"), false}};
    lookup(queue, QStringLiteral("regardingobjectid"), QStringLiteral("zz-queue-support"),
           QStringLiteral("queue"));
    data.add(QStringLiteral("mailboxes"), QStringLiteral("mailboxid"), queue);

    for (const SyncFilter &f : *filters) {
        QJsonObject row{{QStringLiteral("userqueryid"), f.id},
                        {QStringLiteral("name"), f.name},
                        {QStringLiteral("fetchxml"), f.fetchXml},
                        {QStringLiteral("returnedtypecode"), f.type},
                        {QStringLiteral("querytype"), kinds->value(f.id) == u"offline" ? 16 : 256},
                        {QStringLiteral("statecode"), f.enabled ? 0 : 1},
                        {QStringLiteral("modifiedon"), iso(f.modifiedOn)}};
        lookup(row, QStringLiteral("ownerid"), f.userId, QStringLiteral("systemuser"));
        data.add(QStringLiteral("userqueries"), QStringLiteral("userqueryid"), row);
    }
    if (!users->isEmpty()) { // an ordinary view named like a filter is not one
        QJsonObject view{{QStringLiteral("userqueryid"), QStringLiteral("zz-view-0001")},
                         {QStringLiteral("name"), QStringLiteral("My Outlook Contacts")},
                         {QStringLiteral("fetchxml"), FilterTemplates::blank(RecordTypes::Contact)},
                         {QStringLiteral("returnedtypecode"), QStringLiteral("contact")},
                         {QStringLiteral("querytype"), 0},
                         {QStringLiteral("statecode"), 0}};
        lookup(view, QStringLiteral("ownerid"), users->first().id, QStringLiteral("systemuser"));
        data.add(QStringLiteral("userqueries"), QStringLiteral("userqueryid"), view);
    }
    int n = 0;
    QSet<QString> defaults;
    for (const FilterTemplate &t : FilterTemplates::all()) {
        const bool isDefault = !defaults.contains(t.type);
        defaults.insert(t.type);
        data.add(QStringLiteral("savedqueries"), QStringLiteral("savedqueryid"),
                 {{QStringLiteral("savedqueryid"),
                   QStringLiteral("tpl-%1").arg(++n, 4, 10, QLatin1Char('0'))},
                  {QStringLiteral("name"), t.name},
                  {QStringLiteral("fetchxml"), t.fetchXml},
                  {QStringLiteral("returnedtypecode"), t.type},
                  {QStringLiteral("querytype"), 131072},
                  {QStringLiteral("isdefault"), isDefault}});
    }
    data.add(QStringLiteral("savedqueries"), QStringLiteral("savedqueryid"),
             {{QStringLiteral("savedqueryid"), QStringLiteral("zz-view-active-contacts")},
              {QStringLiteral("name"), QStringLiteral("My Active Contacts")},
              {QStringLiteral("fetchxml"), FilterTemplates::blank(RecordTypes::Contact)},
              {QStringLiteral("returnedtypecode"), QStringLiteral("contact")},
              {QStringLiteral("querytype"), 0},
              {QStringLiteral("isdefault"), true}});

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
        return true;
    });
    if (!records)
        return records.error();
    for (const char *set : {"contacts", "appointments", "tasks", "emails", "tracelogs"}) {
        auto &s = data.m_sets[QLatin1String(set)];
        if (s.primaryKey.isEmpty())
            s.primaryKey = QLatin1String(set) == u"contacts"    ? QStringLiteral("contactid")
                           : QLatin1String(set) == u"tracelogs" ? QStringLiteral("tracelogid")
                                                                : QStringLiteral("activityid");
    }
    data.sortAll();
    return data;
}

} // namespace SyncLens::Fake
