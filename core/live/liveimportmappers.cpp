#include "liveimportmappers.h"

#include "model/correlationmethod.h"
#include "model/recordtypes.h"

#include <QJsonArray>
#include <QXmlStreamReader>

namespace SyncLens {

namespace {

QString rowText(const QJsonObject &row, const char *key)
{
    return row.value(QLatin1String(key)).toString();
}

int number(const QJsonObject &row, const char *key, int fallback = 0)
{
    const QJsonValue v = row.value(QLatin1String(key));
    if (v.isString()) { // some integer columns arrive as strings
        bool ok = false;
        const int n = v.toString().toInt(&ok);
        return ok ? n : fallback;
    }
    return v.isDouble() ? v.toInt() : fallback;
}

bool rowFlag(const QJsonObject &row, const char *key, bool fallback)
{
    const QJsonValue v = row.value(QLatin1String(key));
    return v.isBool() ? v.toBool() : (v.isDouble() ? v.toInt() != 0 : fallback);
}

ChannelStatus status(int code)
{
    return code == 1 ? ChannelStatus::Success
                     : (code == 2 ? ChannelStatus::Failure : ChannelStatus::NotRun);
}

QString approval(int code)
{
    switch (code) {
    case 1:
        return QStringLiteral("Approved");
    case 2:
        return QStringLiteral("PendingApproval");
    case 3:
        return QStringLiteral("Rejected");
    default:
        return QStringLiteral("Empty");
    }
}

bool isLookupKey(const QString &key)
{
    return key.startsWith(u'_') && key.endsWith(QLatin1String("_value"));
}

} // namespace

QDateTime LiveImportMappers::time(const QJsonValue &value)
{
    if (!value.isString() || value.toString().isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

bool LiveImportMappers::isPerson(const QJsonObject &row)
{
    const bool disabled = rowFlag(row, "isdisabled", false);
    const QJsonValue application = row.value(QStringLiteral("applicationid"));
    const bool isApplication = application.isString() && !application.toString().isEmpty();
    return !disabled && !isApplication;
}

User LiveImportMappers::user(const QJsonObject &row)
{
    User u;
    u.id = rowText(row, "systemuserid");
    u.name = rowText(row, "fullname");
    u.email = rowText(row, "internalemailaddress");
    return u;
}

EmailFiltering LiveImportMappers::emailFiltering(int method)
{
    switch (method) {
    case 0:
        return EmailFiltering::All;
    case 1:
        return EmailFiltering::Responses;
    case 2:
        return EmailFiltering::Records;
    case 3:
        return EmailFiltering::EmailEnabled;
    case 4:
        return EmailFiltering::None;
    default:
        return EmailFiltering::Responses;
    }
}

LiveMailbox LiveImportMappers::liveMailbox(const QJsonObject &row)
{
    LiveMailbox m;
    m.id = rowText(row, "mailboxid");
    m.name = rowText(row, "name");
    m.address = rowText(row, "emailaddress");
    m.ownerId = rowText(row, "_regardingobjectid_value");
    const QString type =
        rowText(row, "_regardingobjectid_value@Microsoft.Dynamics.CRM.lookuplogicalname");
    m.ownerType = type.isEmpty() ? QStringLiteral("systemuser") : type;
    m.incomingStatus = status(number(row, "incomingemailstatus"));
    m.outgoingStatus = status(number(row, "outgoingemailstatus"));
    m.actStatus = status(number(row, "actstatus"));
    m.approval = approval(number(row, "emailrouteraccessapproval"));
    m.incomingMethod = number(row, "incomingemaildeliverymethod", 2);
    m.outgoingMethod = number(row, "outgoingemaildeliverymethod", 2);
    m.actMethod = number(row, "actdeliverymethod", 1);
    m.incomingEnabled = rowFlag(row, "enabledforincomingemail", true);
    m.outgoingEnabled = rowFlag(row, "enabledforoutgoingemail", true);
    m.actEnabled = rowFlag(row, "enabledforact", true);
    m.lastSuccess = time(row.value(QStringLiteral("lastsuccessfulsynccompletedon")));
    m.lastAttempt = time(row.value(QStringLiteral("processinglastattemptedon")));
    m.lastError = rowText(row, "lastsyncerror");
    const QJsonValue code = row.value(QStringLiteral("lastsyncerrorcode"));
    m.lastErrorCode = code.isDouble() ? QString::number(qint64(code.toDouble())) : code.toString();
    m.lastErrorTime = time(row.value(QStringLiteral("lastsyncerroroccurredon")));
    m.errorCount = number(row, "lastsyncerrorcount");
    m.postponedProcessing = time(row.value(QStringLiteral("postponemailboxprocessinguntil")));
    m.postponedSending = time(row.value(QStringLiteral("postponesendinguntil")));
    m.postponedReceiving = time(row.value(QStringLiteral("receivingpostponeduntil")));
    m.postponedAct = time(row.value(QStringLiteral("receivingpostponeduntilforact")));
    m.postponedTest = time(row.value(QStringLiteral("postponetestemailconfigurationuntil")));
    return m;
}

Mailbox LiveImportMappers::mailbox(const LiveMailbox &live)
{
    Mailbox m;
    m.id = live.id;
    m.userId = live.ownerId;
    m.incoming = live.incomingMethod == 2 ? ChannelMode::Sss : ChannelMode::None;
    m.outgoing = live.outgoingMethod == 2 ? ChannelMode::Sss : ChannelMode::None;
    m.act = live.actMethod == 1 ? ChannelMode::Sss : ChannelMode::None;
    m.approved = live.approval == u"Approved";
    m.enabled = live.incomingEnabled || live.outgoingEnabled || live.actEnabled;
    m.incomingStatus = live.incomingStatus;
    m.outgoingStatus = live.outgoingStatus;
    m.actStatus = live.actStatus;
    m.lastCycle = live.lastAttempt;
    m.retryAfter = live.postponedProcessing;
    setChannelHealth(live, m);
    return m;
}

void LiveImportMappers::setChannelHealth(const LiveMailbox &live, Mailbox &m)
{
    // Per channel (sss-model §4): a channel disabled alone (its enable flag
    // off while another is on), its own postponement, and, when it fails
    // while another channel works, the failures in a row as its own.
    const struct
    {
        MailboxChannel channel;
        bool enabled;
        QDateTime postponed;
    } channels[] = {{MailboxChannel::Incoming, live.incomingEnabled, live.postponedReceiving},
                    {MailboxChannel::Outgoing, live.outgoingEnabled, live.postponedSending},
                    {MailboxChannel::Act, live.actEnabled, live.postponedAct}};
    bool someSssChannelWorks = false;
    for (const auto &c : channels) {
        if (m.mode(c.channel) == ChannelMode::Sss && m.status(c.channel) != ChannelStatus::Failure)
            someSssChannelWorks = true;
    }
    const bool alone = someSssChannelWorks && m.approved;
    m.consecutiveFailures = alone ? 0 : live.errorCount;
    for (const auto &c : channels) {
        ChannelHealth &h = m.health(c.channel);
        h.disabled = m.enabled && !c.enabled && m.mode(c.channel) == ChannelMode::Sss;
        h.retryAfter = c.postponed;
        if (alone && m.status(c.channel) == ChannelStatus::Failure)
            h.failures = live.errorCount;
    }
}

std::optional<Alert> LiveImportMappers::alert(const QJsonObject &row)
{
    const QString mailboxId = rowText(row, "_regardingobjectid_value");
    if (mailboxId.isEmpty())
        return std::nullopt;
    Alert a;
    a.mailboxId = mailboxId;
    a.time = time(row.value(QStringLiteral("createdon")));
    // Dataverse keeps the alert's sentence; it is kept as the fact "text".
    a.facts.insert(QStringLiteral("text"), rowText(row, "text"));
    // tracelog.level: 1 Information, 2 Warning, 3 Error. Dataverse's trace
    // codes are not documented; the reason code follows the level.
    switch (number(row, "level", 1)) {
    case 3:
        a.severity = AlertSeverity::Error;
        a.code = ReasonCode::MailboxDisabledTransient;
        break;
    case 2:
        a.severity = AlertSeverity::Warning;
        a.code = ReasonCode::TransientFailure;
        break;
    default:
        a.severity = AlertSeverity::Information;
        a.code = ReasonCode::Recovered;
        break;
    }
    return a;
}

std::optional<SyncFilter> LiveImportMappers::filter(const QJsonObject &row, QString *kind)
{
    const int type = number(row, "querytype", -1);
    if (type != 256 && type != 16)
        return std::nullopt;
    if (kind)
        *kind = type == 256 ? QStringLiteral("outlook") : QStringLiteral("offline");
    SyncFilter f;
    f.id = rowText(row, "userqueryid");
    f.userId = rowText(row, "_ownerid_value");
    f.type = rowText(row, "returnedtypecode");
    f.name = rowText(row, "name");
    f.fetchXml = rowText(row, "fetchxml");
    f.enabled = number(row, "statecode") == 0;
    f.modifiedOn = time(row.value(QStringLiteral("modifiedon")));
    return f;
}

std::optional<LiveTemplate> LiveImportMappers::filterTemplate(const QJsonObject &row)
{
    const int type = number(row, "querytype", -1);
    if (type != 131072 && type != 8192)
        return std::nullopt;
    return LiveTemplate{rowText(row, "savedqueryid"),
                        rowText(row, "returnedtypecode"),
                        rowText(row, "name"),
                        type == 131072 ? QStringLiteral("outlook") : QStringLiteral("offline"),
                        rowText(row, "fetchxml"),
                        rowFlag(row, "isdefault", false)};
}

CrmRecord LiveImportMappers::record(const QString &type, const QString &primaryKey,
                                    const QJsonObject &row)
{
    CrmRecord r;
    r.type = type;
    for (auto it = row.begin(); it != row.end(); ++it) {
        const QString &key = it.key();
        if (key.contains(u'@'))
            continue; // annotations and @odata.etag
        if (key == primaryKey)
            r.id = it.value().toString();
        else if (key == u"createdon")
            r.createdOn = time(it.value());
        else if (key == u"modifiedon")
            r.modifiedOn = time(it.value());
        else if (isLookupKey(key))
            r.fields.insert(key.mid(1, key.size() - 7), it.value());
        else if (!it.value().isNull())
            r.fields.insert(key, it.value());
    }
    return r;
}

CrmRecord LiveImportMappers::email(const QJsonObject &row)
{
    CrmRecord r;
    r.type = RecordTypes::Email;
    const QString messageId = rowText(row, "messageid");
    r.id = messageId.isEmpty() ? rowText(row, "activityid") : messageId;
    r.createdOn = time(row.value(QStringLiteral("createdon")));
    r.modifiedOn = time(row.value(QStringLiteral("modifiedon")));
    QJsonObject &f = r.fields;
    f.insert(QStringLiteral("messageid"), messageId);
    // Dataverse's id, which its change tracking names a deleted email by.
    f.insert(QStringLiteral("activityid"), rowText(row, "activityid"));
    f.insert(QStringLiteral("subject"), rowText(row, "subject"));
    f.insert(QStringLiteral("direction"), rowFlag(row, "directioncode", false)
                                              ? QStringLiteral("outgoing")
                                              : QStringLiteral("incoming"));
    f.insert(QStringLiteral("conversationindex"), rowText(row, "conversationindex"));
    f.insert(QStringLiteral("from"), rowText(row, "sender"));
    QJsonArray to;
    for (const QString &address : rowText(row, "torecipients").split(u';', Qt::SkipEmptyParts))
        to.append(address.trimmed());
    f.insert(QStringLiteral("to"), to);
    f.insert(QStringLiteral("ownerid"), rowText(row, "_ownerid_value"));
    f.insert(QStringLiteral("sentOn"), rowText(row, "senton"));
    if (const QString inReplyTo = rowText(row, "inreplyto"); !inReplyTo.isEmpty())
        f.insert(QStringLiteral("inReplyTo"), inReplyTo);
    if (const QString token = rowText(row, "trackingtoken"); !token.isEmpty())
        f.insert(QStringLiteral("token"), token);
    if (const QString regarding = rowText(row, "_regardingobjectid_value"); !regarding.isEmpty())
        f.insert(QStringLiteral("regardingobjectid"), regarding);
    // email.correlationmethod as Dataverse recorded it (0 None … 7 Custom),
    // and the rule it names (sss-model §2), so that Explain can tell it.
    const int method = number(row, "correlationmethod");
    f.insert(QStringLiteral("correlationmethod"), method);
    if (const auto code = reasonCodeOfCorrelationMethod(method))
        f.insert(QStringLiteral("correlation"), reasonCodeName(*code));
    return r;
}

QHash<QString, QString> LiveImportMappers::orgDbOrgSettings(const QString &xml)
{
    QHash<QString, QString> values;
    QXmlStreamReader reader(xml);
    if (!reader.readNextStartElement())
        return values;
    while (reader.readNextStartElement())
        values.insert(reader.name().toString(), reader.readElementText());
    return values;
}

OrgSettings LiveImportMappers::settings(const QJsonObject &org)
{
    OrgSettings s;
    // trackingprefix is a history list; the first is the current one, with
    // its colon ("CRM:"); documented default "CRM:".
    QString prefix = rowText(org, "trackingprefix").section(u',', 0, 0).trimmed();
    if (!org.contains(QStringLiteral("trackingprefix")))
        prefix = QStringLiteral("CRM:");
    if (prefix.endsWith(u':'))
        prefix.chop(1);
    s.tracking.enabled = !prefix.isEmpty();
    if (!prefix.isEmpty())
        s.tracking.prefix = prefix;
    // Our digits are the user number's and the counter's together
    // (documented defaults 3 and 999 → 3 + 3).
    const int userDigits = number(org, "trackingtokeniddigits", 3);
    const int counterDigits =
        int(QString::number(number(org, "maximumtrackingnumber", 999)).size());
    s.tracking.digits = std::clamp(userDigits + counterDigits, 1, 19);
    s.correlation.enabled = rowFlag(org, "emailcorrelationenabled", true);
    s.smartMatching.enabled = rowFlag(org, "enablesmartmatching", false);
    s.smartMatching.minAddressCount = number(org, "hashminaddresscount", 2);
    s.smartMatching.maxRecipientCount = number(org, "hashmaxcount", 20);
    s.smartMatching.deltaSubjectCount = number(org, "hashdeltasubjectcount", 0);
    if (const QString keywords = rowText(org, "hashfilterkeywords"); !keywords.isEmpty())
        s.smartMatching.filterKeywords = keywords;
    const auto db = orgDbOrgSettings(rowText(org, "orgdborgsettings"));
    // A record leaving every filter is deleted from Exchange unless logical
    // deletes are told apart (absent key: the documented default, false).
    const bool distinct =
        db.value(QStringLiteral("DistinctPhysicalAndLogicalDeletesForExchangeSync"))
            .compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    s.sync.outOfScope = distinct ? OutOfScopeAction::Keep : OutOfScopeAction::Delete;
    return s;
}

} // namespace SyncLens
