#include "scenariojson.h"

#include <QJsonArray>

namespace SyncLens::ScenarioJson {

User user(const QJsonObject &object)
{
    User result;
    result.id = object.value(u"id").toString();
    result.name = result.id; // a name is optional; the id reads well enough
    apply(result, object);
    return result;
}

void apply(User &user, const QJsonObject &object)
{
    if (object.contains(u"name"))
        user.name = object.value(u"name").toString();
    if (object.contains(u"email"))
        user.email = object.value(u"email").toString();
    if (const auto filtering = emailFilteringFromName(object.value(u"emailFiltering").toString()))
        user.emailFiltering = *filtering;
    if (object.contains(u"timeZone"))
        user.timeZone = object.value(u"timeZone").toString();
}

Mailbox mailbox(const QJsonObject &object)
{
    Mailbox result;
    result.id = object.value(u"id").toString();
    result.userId = object.value(u"user").toString();
    apply(result, object);
    return result;
}

void apply(Mailbox &mailbox, const QJsonObject &object)
{
    auto mode = [&object](QStringView key, ChannelMode &out) {
        if (const auto value = channelModeFromName(object.value(key).toString()))
            out = *value;
    };
    mode(u"incoming", mailbox.incoming);
    mode(u"outgoing", mailbox.outgoing);
    mode(u"act", mailbox.act);
    mailbox.approved = object.value(u"approved").toBool(mailbox.approved);
    mailbox.enabled = object.value(u"enabled").toBool(mailbox.enabled);
}

SyncFilter filter(const QJsonObject &object, const QDateTime &modifiedOn)
{
    SyncFilter result;
    result.id = object.value(u"id").toString();
    result.userId = object.value(u"user").toString();
    result.type = object.value(u"type").toString();
    result.name = object.value(u"name").toString(result.id);
    result.fetchXml = object.value(u"fetchxml").toString();
    result.enabled = object.value(u"enabled").toBool(true);
    result.modifiedOn = modifiedOn;
    return result;
}

CrmRecord record(const QJsonObject &object, const QDateTime &createdOn)
{
    CrmRecord result;
    result.id = object.value(u"id").toString();
    result.type = object.value(u"type").toString();
    result.fields = object.value(u"fields").toObject();
    result.createdOn = createdOn;
    result.modifiedOn = createdOn;
    return result;
}

ScenarioEmail email(const QJsonObject &object)
{
    ScenarioEmail result;
    result.id = object.value(u"id").toString();
    result.from = object.value(u"from").toString();
    result.to = strings(object.value(u"to"));
    result.cc = strings(object.value(u"cc"));
    result.subject = object.value(u"subject").toString();
    result.regarding = object.value(u"regarding").toString();
    result.inReplyTo = object.value(u"inReplyTo").toString();
    result.conversationIndex = object.value(u"conversationIndex").toString();
    result.folder = object.value(u"folder").toString();
    return result;
}

QStringList strings(const QJsonValue &list)
{
    QStringList result;
    for (const QJsonValue value : list.toArray())
        result.append(value.toString());
    return result;
}

} // namespace SyncLens::ScenarioJson
