#include "scenarioentityreader.h"

#include "scenarioids.h"
#include "scenariojson.h"
#include "scenarionode.h"

#include "fetchxml/fetchxmlparser.h"
#include "model/orgsettings.h"
#include "model/recordtypes.h"

#include <QTimeZone>

namespace SyncLens {

namespace {

using EntityIds = ScenarioIds::Kind;

const QStringList kScenarioFilterTypes{
    QString(RecordTypes::Contact), QString(RecordTypes::Appointment), QString(RecordTypes::Task)};

std::optional<QString> filterType(QStringView name)
{
    if (RecordTypes::isFilterable(name))
        return name.toString();
    return std::nullopt;
}

// {"a": {"b": leaf}} for the path {"a", "b"}.
QJsonObject nested(const QStringList &path, const QJsonValue &leaf)
{
    QJsonValue value = leaf;
    for (auto key = path.crbegin(); key != path.crend(); ++key)
        value = QJsonObject{{*key, value}};
    return value.toObject();
}

} // namespace

ScenarioEntityReader::ScenarioEntityReader(ScenarioIds &ids)
    : m_ids(ids)
    , m_fields(ids)
{}

QStringList ScenarioEntityReader::userKeys()
{
    return {QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("emailFiltering"),
            QStringLiteral("timeZone")};
}

QStringList ScenarioEntityReader::mailboxKeys()
{
    return {QStringLiteral("incoming"), QStringLiteral("outgoing"), QStringLiteral("act"),
            QStringLiteral("approved"), QStringLiteral("enabled")};
}

Result<User> ScenarioEntityReader::user(const ScenarioNode &node)
{
    const QString id = QStringLiteral("id");
    const auto object = node.object(QStringList{id} + userKeys(), {id, QStringLiteral("email")});
    if (!object)
        return object.error();
    if (auto text = node.child(id).id(); !text)
        return text.error();
    if (auto added = m_ids.add(EntityIds::User, node.child(id)); !added)
        return added.error();
    if (auto attributes = userAttributes(node); !attributes)
        return attributes.error();
    return ScenarioJson::user(*object);
}

Result<void> ScenarioEntityReader::userAttributes(const ScenarioNode &node) const
{
    if (const auto name = node.child(QStringLiteral("name")); name.exists()) {
        if (auto text = name.string(); !text)
            return text.error();
    }
    if (const auto email = node.child(QStringLiteral("email")); email.exists()) {
        if (auto address = email.address(); !address)
            return address.error();
    }
    if (const auto filtering = node.child(QStringLiteral("emailFiltering")); filtering.exists()) {
        const QStringList names{QStringLiteral("all"), QStringLiteral("responses"),
                                QStringLiteral("records"), QStringLiteral("emailEnabled"),
                                QStringLiteral("none")};
        if (auto value = filtering.choice(&emailFilteringFromName, names); !value)
            return value.error();
    }
    if (const auto zone = node.child(QStringLiteral("timeZone")); zone.exists()) {
        const auto name = zone.id();
        if (!name)
            return name.error();
        if (*name != u"UTC" && !QTimeZone(name->toLatin1()).isValid()) {
            //: %1 the value given, e.g. "Europe/Pariss"
            return zone.error(tr("\"timeZone\" must be an IANA time zone name such as "
                                 "Europe/Paris or America/Los_Angeles, not \"%1\"")
                                  .arg(*name));
        }
    }
    return {};
}

Result<Team> ScenarioEntityReader::team(const ScenarioNode &node)
{
    const QString id = QStringLiteral("id"), members = QStringLiteral("members");
    const auto object = node.object({id, QStringLiteral("name"), members}, {id, members});
    if (!object)
        return object.error();
    const ScenarioNode idNode = node.child(id);
    if (auto text = idNode.id(); !text)
        return text.error();
    // An owner is a user or a team: the same id cannot name both.
    if (m_ids.contains(EntityIds::User, idNode.json().toString()))
        return idNode.error(
            tr("\"%1\" is already a user's id; a team needs its own").arg(*idNode.id()));
    if (auto added = m_ids.add(EntityIds::Team, idNode); !added)
        return added.error();
    if (const auto name = node.child(QStringLiteral("name")); name.exists() && !name.string())
        return name.string().error();
    const ScenarioNode list = node.child(members);
    if (auto array = list.array(); !array)
        return array.error();
    Team team{idNode.json().toString(), object->value(u"name").toString(), {}};
    if (team.name.isEmpty())
        team.name = team.id;
    for (const ScenarioNode &member : list.elements()) {
        if (auto text = member.id(); !text)
            return text.error();
        if (auto known = m_ids.require(EntityIds::User, member); !known)
            return known.error();
        team.members.append(member.json().toString());
    }
    return team;
}

Result<Mailbox> ScenarioEntityReader::mailbox(const ScenarioNode &node)
{
    const QString id = QStringLiteral("id");
    const QString user = QStringLiteral("user");
    const auto object = node.object(QStringList{id, user} + mailboxKeys(), {id, user});
    if (!object)
        return object.error();
    if (auto text = node.child(id).id(); !text)
        return text.error();
    if (auto added = m_ids.add(EntityIds::Mailbox, node.child(id)); !added)
        return added.error();
    const ScenarioNode userNode = node.child(user);
    if (auto text = userNode.id(); !text)
        return text.error();
    if (auto known = m_ids.require(EntityIds::User, userNode); !known)
        return known.error();
    const QString userId = userNode.json().toString();
    if (m_mailboxOfUser.contains(userId)) {
        return userNode.error(tr("user \"%1\" already has mailbox \"%2\"; a user has one mailbox")
                                  .arg(userId, m_mailboxOfUser.value(userId)));
    }
    m_mailboxOfUser.insert(userId, object->value(id).toString());
    if (auto attributes = mailboxAttributes(node); !attributes)
        return attributes.error();
    return ScenarioJson::mailbox(*object);
}

Result<void> ScenarioEntityReader::mailboxAttributes(const ScenarioNode &node) const
{
    const QStringList modes{QStringLiteral("sss"), QStringLiteral("none")};
    for (const QString &key : mailboxKeys()) {
        const ScenarioNode value = node.child(key);
        if (!value.exists())
            continue;
        const bool isFlag = key == u"approved" || key == u"enabled";
        if (isFlag) {
            if (auto flag = value.boolean(); !flag)
                return flag.error();
        } else if (auto mode = value.choice(&channelModeFromName, modes); !mode) {
            return mode.error();
        }
    }
    return {};
}

Result<SyncFilter> ScenarioEntityReader::filter(const ScenarioNode &node, const QDateTime &at,
                                                bool replaces)
{
    const QString id = QStringLiteral("id"), user = QStringLiteral("user"),
                  type = QStringLiteral("type"), fetchxml = QStringLiteral("fetchxml");
    const auto object =
        node.object({id, user, type, QStringLiteral("name"), fetchxml, QStringLiteral("enabled")},
                    {id, user, type, fetchxml});
    if (!object)
        return object.error();
    if (auto text = node.child(id).id(); !text)
        return text.error();
    const bool replacing =
        replaces && m_ids.contains(EntityIds::Filter, object->value(id).toString());
    if (auto added = replacing ? Result<void>() : m_ids.add(EntityIds::Filter, node.child(id));
        !added)
        return added.error();
    if (auto owner = node.child(user).id(); !owner)
        return owner.error();
    if (auto known = m_ids.require(EntityIds::User, node.child(user)); !known)
        return known.error();
    const auto typeName = node.child(type).choice(&filterType, kScenarioFilterTypes);
    if (!typeName)
        return typeName.error();
    if (const auto name = node.child(QStringLiteral("name")); name.exists() && !name.string())
        return name.string().error();
    if (const auto enabled = node.child(QStringLiteral("enabled"));
        enabled.exists() && !enabled.boolean())
        return enabled.boolean().error();
    if (auto fetch = checkFetchXml(node.child(fetchxml), *typeName); !fetch)
        return fetch.error();
    return ScenarioJson::filter(*object, at);
}

Result<void> ScenarioEntityReader::checkFetchXml(const ScenarioNode &node,
                                                 const QString &type) const
{
    const auto text = node.string();
    if (!text)
        return text.error();
    const auto query = FetchXmlParser().parse(*text);
    if (!query) {
        //: %1 is the FetchXML parser's message, which starts with its own line and column
        return node.error(tr("\"fetchxml\" does not parse: %1").arg(query.error().message));
    }
    if (query->entity.name != type) {
        return node.error(tr("\"fetchxml\" queries %1 records, but the filter's type is %2")
                              .arg(query->entity.name, type));
    }
    return {};
}

Result<void> ScenarioEntityReader::recordId(const ScenarioNode &node)
{
    const QString id = QStringLiteral("id"), type = QStringLiteral("type");
    const auto object = node.object({id, type, QStringLiteral("fields")}, {id, type});
    if (!object)
        return object.error();
    if (auto text = node.child(id).id(); !text)
        return text.error();
    // Any type name is allowed (scenario-format.md): unknown ones are kept as data.
    if (auto text = node.child(type).id(); !text)
        return text.error();
    return m_ids.add(EntityIds::Item, node.child(id), object->value(type).toString());
}

Result<CrmRecord> ScenarioEntityReader::record(const ScenarioNode &node, const QDateTime &at) const
{
    const QJsonObject object = node.json().toObject();
    if (const auto fields = node.child(QStringLiteral("fields")); fields.exists()) {
        const auto checked = m_fields.check(fields, object.value(u"type").toString(),
                                            ScenarioFieldChecker::Nulls::Refused);
        if (!checked)
            return checked.error();
    }
    return ScenarioJson::record(object, at);
}

Result<QJsonObject> ScenarioEntityReader::orgOverrides(const ScenarioNode &node) const
{
    const auto object = node.object(node.keys());
    if (!object)
        return object;
    if (auto probed = probeOverrides(node, {}); !probed)
        return probed.error();
    // Each part applies alone; this catches what only the whole would refuse.
    if (const auto all = OrgSettings().withOverrides(*object); !all)
        return node.error(all.error().message);
    return object;
}

// Applies each member alone (objects emptied) to find the one OrgSettings
// refuses: its message names a dotted path, the file needs the key's place.
Result<void> ScenarioEntityReader::probeOverrides(const ScenarioNode &node,
                                                  const QStringList &path) const
{
    for (const QString &key : node.keys()) {
        const ScenarioNode member = node.child(key);
        const QStringList memberPath = path + QStringList{key};
        const bool isObject = member.json().isObject();
        const auto tried = OrgSettings().withOverrides(
            nested(memberPath, isObject ? QJsonObject() : member.json()));
        if (!tried)
            return member.keyError(tried.error().message);
        if (isObject) {
            if (auto inner = probeOverrides(member, memberPath); !inner)
                return inner;
        }
    }
    return {};
}

} // namespace SyncLens
