#include "scenariostepreader.h"

#include "scenarioentityreader.h"
#include "scenarionode.h"

#include "model/recordtypes.h"
#include "tracking/conversationindex.h"

namespace SyncLens {

namespace {

using StepIds = ScenarioIds::Kind;
using Nulls = ScenarioFieldChecker::Nulls;

std::optional<QString> itemType(QStringView name)
{
    if (RecordTypes::isFilterable(name))
        return name.toString();
    return std::nullopt;
}

Result<void> readAddresses(const ScenarioNode &list)
{
    if (!list.exists())
        return {};
    if (auto array = list.array(); !array)
        return array.error();
    for (const ScenarioNode &element : list.elements()) {
        if (auto address = element.address(); !address)
            return address.error();
    }
    return {};
}

} // namespace

ScenarioStepReader::ScenarioStepReader(ScenarioIds &ids, ScenarioEntityReader &entities)
    : m_ids(ids)
    , m_entities(entities)
{}

Result<void> ScenarioStepReader::read(const ScenarioNode &step, Kind kind, const QDateTime &at)
{
    const QString id = scenarioKey("id"), mailbox = scenarioKey("mailbox");
    switch (kind) {
    case Kind::CrmCreate:
        return crmCreate(step, at);
    case Kind::CrmUpdate:
        return crmUpdate(step);
    case Kind::CrmDelete:
        if (auto checked = keys(step, {id}, {id}); !checked)
            return checked;
        return known(StepIds::Item, step.child(id));
    case Kind::CrmSendEmail:
        return crmSendEmail(step);
    case Kind::ExchangeReceive:
        return exchangeReceive(step);
    case Kind::ExchangeCreate:
        return exchangeCreate(step);
    case Kind::ExchangeUpdate:
        return exchangeUpdate(step);
    case Kind::ExchangeDelete:
    case Kind::ExchangeTrack:
    case Kind::ExchangeTrackFolder:
        return exchangeTrack(step, kind);
    case Kind::FilterSet: {
        if (auto checked = keys(step, {scenarioKey("filter")}, {scenarioKey("filter")}); !checked)
            return checked;
        const auto filter = m_entities.filter(step.child(scenarioKey("filter")), at, true);
        return filter ? Result<void>() : Result<void>(filter.error());
    }
    case Kind::FilterRemove:
        return filterRemove(step);
    case Kind::UserSet:
        if (auto checked = keys(step, QStringList{id} + ScenarioEntityReader::userKeys(), {id});
            !checked)
            return checked;
        if (auto user = known(StepIds::User, step.child(id)); !user)
            return user;
        return m_entities.userAttributes(step);
    case Kind::OrgSet: {
        if (auto checked = keys(step, {scenarioKey("settings")}, {scenarioKey("settings")});
            !checked)
            return checked;
        const auto settings = m_entities.orgOverrides(step.child(scenarioKey("settings")));
        return settings ? Result<void>() : Result<void>(settings.error());
    }
    case Kind::MailboxSet:
        if (auto checked = keys(step, QStringList{id} + ScenarioEntityReader::mailboxKeys(), {id});
            !checked)
            return checked;
        if (auto box = known(StepIds::Mailbox, step.child(id)); !box)
            return box;
        return m_entities.mailboxAttributes(step);
    case Kind::Fault:
        return fault(step);
    case Kind::Sync:
        if (auto checked = keys(step, {mailbox}, {}); !checked)
            return checked;
        return knownIfGiven(StepIds::Mailbox, step.child(mailbox));
    case Kind::Expect:
        break; // ScenarioCheckReader's
    }
    return {};
}

Result<void> ScenarioStepReader::keys(const ScenarioNode &step, const QStringList &allowed,
                                      const QStringList &required)
{
    const auto object =
        step.object(QStringList{scenarioKey("do"), scenarioKey("at")} + allowed, required);
    return object ? Result<void>() : Result<void>(object.error());
}

Result<void> ScenarioStepReader::known(ScenarioIds::Kind kind, const ScenarioNode &node) const
{
    if (auto id = node.id(); !id)
        return id.error();
    return m_ids.require(kind, node);
}

Result<void> ScenarioStepReader::knownIfGiven(ScenarioIds::Kind kind,
                                              const ScenarioNode &node) const
{
    return node.exists() ? known(kind, node) : Result<void>();
}

Result<void> ScenarioStepReader::crmCreate(const ScenarioNode &step, const QDateTime &at)
{
    const QString record = scenarioKey("record");
    if (auto checked = keys(step, {record}, {record}); !checked)
        return checked;
    if (auto id = m_entities.recordId(step.child(record)); !id)
        return id;
    const auto created = m_entities.record(step.child(record), at);
    return created ? Result<void>() : Result<void>(created.error());
}

Result<void> ScenarioStepReader::crmUpdate(const ScenarioNode &step)
{
    const QString id = scenarioKey("id"), fields = scenarioKey("fields");
    if (auto checked = keys(step, {id, fields}, {id, fields}); !checked)
        return checked;
    if (auto item = known(StepIds::Item, step.child(id)); !item)
        return item;
    const QString type = m_ids.typeOf(step.child(id).json().toString());
    const auto checked = m_entities.fieldChecker().check(step.child(fields), type, Nulls::Allowed);
    return checked ? Result<void>() : Result<void>(checked.error());
}

Result<void> ScenarioStepReader::crmSendEmail(const ScenarioNode &step)
{
    const QString email = scenarioKey("email");
    if (auto checked = keys(step, {email}, {email}); !checked)
        return checked;
    const ScenarioNode node = step.child(email);
    const QString id = scenarioKey("id"), from = scenarioKey("from"), to = scenarioKey("to"),
                  subject = scenarioKey("subject");
    const auto object =
        node.object({id, from, to, scenarioKey("cc"), subject, scenarioKey("regarding")},
                    {id, from, to, subject});
    if (!object)
        return object.error();
    if (auto sender = known(StepIds::User, node.child(from)); !sender)
        return sender;
    if (auto parts = emailParts(node); !parts)
        return parts;
    if (auto regarding = knownIfGiven(StepIds::Item, node.child(scenarioKey("regarding")));
        !regarding)
        return regarding;
    return m_ids.add(StepIds::Item, node.child(id), RecordTypes::Email);
}

// The id, recipients and subject of an email of either direction.
Result<void> ScenarioStepReader::emailParts(const ScenarioNode &email)
{
    if (auto id = email.child(scenarioKey("id")).id(); !id)
        return id.error();
    for (const char *list : {"to", "cc"}) {
        if (auto valid = readAddresses(email.child(scenarioKey(list))); !valid)
            return valid;
    }
    if (auto subject = email.child(scenarioKey("subject")).string(); !subject)
        return subject.error();
    return {};
}

Result<void> ScenarioStepReader::exchangeReceive(const ScenarioNode &step)
{
    const QString mailbox = scenarioKey("mailbox"), email = scenarioKey("email");
    if (auto checked = keys(step, {mailbox, email}, {mailbox, email}); !checked)
        return checked;
    if (auto box = known(StepIds::Mailbox, step.child(mailbox)); !box)
        return box;
    const ScenarioNode node = step.child(email);
    const QString id = scenarioKey("id"), from = scenarioKey("from"), to = scenarioKey("to"),
                  subject = scenarioKey("subject"), index = scenarioKey("conversationIndex");
    const auto object = node.object({id, from, to, scenarioKey("cc"), subject,
                                     scenarioKey("inReplyTo"), index, scenarioKey("folder")},
                                    {id, from, to, subject});
    if (!object)
        return object.error();
    if (auto sender = node.child(from).address(); !sender)
        return sender.error();
    if (auto parts = emailParts(node); !parts)
        return parts;
    for (const char *optional : {"inReplyTo", "folder"}) {
        if (const auto value = node.child(scenarioKey(optional)); value.exists() && !value.id())
            return value.id().error();
    }
    if (const auto value = node.child(index); value.exists()) {
        if (auto hex = value.string(); !hex)
            return hex.error();
        if (!ConversationIndex::fromHex(value.json().toString()).isValid()) {
            return value.error(tr("\"conversationIndex\" must be hexadecimal: a 22-byte header "
                                  "and 5 bytes per reply (44 digits, then 10 more per reply)"));
        }
    }
    return m_ids.addReceivedEmail(step.child(mailbox).json().toString(), node.child(id));
}

Result<void> ScenarioStepReader::exchangeCreate(const ScenarioNode &step)
{
    const QString mailbox = scenarioKey("mailbox"), item = scenarioKey("item");
    if (auto checked = keys(step, {mailbox, item}, {mailbox, item}); !checked)
        return checked;
    if (auto box = known(StepIds::Mailbox, step.child(mailbox)); !box)
        return box;
    const ScenarioNode node = step.child(item);
    const QString id = scenarioKey("id"), type = scenarioKey("type"),
                  fields = scenarioKey("fields");
    if (auto object = node.object({id, type, fields}, {id, type}); !object)
        return object.error();
    if (auto text = node.child(id).id(); !text)
        return text.error();
    const QStringList types{QString(RecordTypes::Appointment), QString(RecordTypes::Task),
                            QString(RecordTypes::Contact)};
    const auto typeName = node.child(type).choice(&itemType, types);
    if (!typeName)
        return typeName.error();
    if (const auto values = node.child(fields); values.exists()) {
        if (auto checked = m_entities.fieldChecker().check(values, *typeName, Nulls::Refused);
            !checked)
            return checked.error();
    }
    return m_ids.add(StepIds::Item, node.child(id), *typeName);
}

Result<void> ScenarioStepReader::exchangeUpdate(const ScenarioNode &step)
{
    const QString mailbox = scenarioKey("mailbox"), id = scenarioKey("id"),
                  fields = scenarioKey("fields");
    if (auto checked = keys(step, {mailbox, id, fields}, {mailbox, id, fields}); !checked)
        return checked;
    if (auto box = known(StepIds::Mailbox, step.child(mailbox)); !box)
        return box;
    if (auto item = known(StepIds::Item, step.child(id)); !item)
        return item;
    const QString type = m_ids.typeOf(step.child(id).json().toString());
    const auto checked = m_entities.fieldChecker().check(step.child(fields), type, Nulls::Allowed);
    return checked ? Result<void>() : Result<void>(checked.error());
}

// exchange.delete, exchange.track and exchange.trackFolder: a mailbox, an item
// or a folder, and for tracking an optional regarding record.
Result<void> ScenarioStepReader::exchangeTrack(const ScenarioNode &step, Kind kind)
{
    const QString mailbox = scenarioKey("mailbox"), id = scenarioKey("id"),
                  folder = scenarioKey("folder"), regarding = scenarioKey("regarding");
    const QString target = kind == Kind::ExchangeTrackFolder ? folder : id;
    const QStringList allowed = kind == Kind::ExchangeDelete
                                    ? QStringList{mailbox, id}
                                    : QStringList{mailbox, target, regarding};
    if (auto checked = keys(step, allowed, {mailbox, target}); !checked)
        return checked;
    if (auto box = known(StepIds::Mailbox, step.child(mailbox)); !box)
        return box;
    if (kind == Kind::ExchangeTrackFolder) {
        if (auto name = step.child(folder).id(); !name)
            return name.error();
    } else if (auto item = known(StepIds::Item, step.child(id)); !item) {
        return item;
    }
    return knownIfGiven(StepIds::Item, step.child(regarding));
}

Result<void> ScenarioStepReader::filterRemove(const ScenarioNode &step)
{
    const QString id = scenarioKey("id");
    if (auto checked = keys(step, {id}, {id}); !checked)
        return checked;
    if (auto filter = known(StepIds::Filter, step.child(id)); !filter)
        return filter;
    m_ids.remove(StepIds::Filter, step.child(id).json().toString());
    return {};
}

Result<void> ScenarioStepReader::fault(const ScenarioNode &step)
{
    const QString mailbox = scenarioKey("mailbox"), kind = scenarioKey("kind"),
                  cycles = scenarioKey("cycles"), channel = scenarioKey("channel");
    if (auto checked = keys(step, {mailbox, kind, cycles, channel}, {mailbox, kind}); !checked)
        return checked;
    if (const auto c = step.child(channel); c.exists()) {
        const QStringList names{QStringLiteral("incoming"), QStringLiteral("outgoing"),
                                QStringLiteral("act")};
        if (auto chosen = c.choice(&mailboxChannelFromName, names); !chosen)
            return chosen.error();
    }
    if (auto box = known(StepIds::Mailbox, step.child(mailbox)); !box)
        return box;
    const auto faultKind =
        step.child(kind).choice(&ScenarioFault::kindFromName, ScenarioFault::kindNames());
    if (!faultKind)
        return faultKind.error();
    if (const auto count = step.child(cycles); count.exists() && !count.integer(1, 1000))
        return count.integer(1, 1000).error();
    return {};
}

} // namespace SyncLens
