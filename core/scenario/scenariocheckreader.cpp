#include "scenariocheckreader.h"

#include "scenariofieldchecker.h"
#include "scenarioids.h"
#include "scenarionode.h"

#include "model/reasoncode.h"
#include "model/recordtypes.h"

namespace SyncLens {

namespace {

using Kind = ScenarioCheck::Kind;
using Ids = ScenarioIds::Kind;

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

// The keys each check allows besides its own, and those it requires.
QStringList allowedKeys(Kind kind)
{
    switch (kind) {
    case Kind::Crm:
        return {key("exists"), key("fields")};
    case Kind::Exchange:
        return {key("mailbox"), key("exists"), key("fields")};
    case Kind::Email:
        return {key("mailbox"), key("tracked"), key("reason"), key("regarding")};
    case Kind::InScope:
        return {key("user"), key("value")};
    case Kind::Last:
        return {key("mailbox"), key("reason")};
    case Kind::History:
        return {key("mailbox"), key("includes")};
    case Kind::MailboxStatus:
        return {key("incoming"), key("outgoing"), key("act"),
                key("enabled"),  key("disabled"), key("alert")};
    }
    return {};
}

QStringList requiredKeys(Kind kind)
{
    switch (kind) {
    case Kind::Exchange:
        return {key("mailbox")};
    case Kind::InScope:
        return {key("user"), key("value")};
    case Kind::Last:
        return {key("reason")};
    case Kind::History:
        return {key("includes")};
    default:
        return {};
    }
}

} // namespace

ScenarioCheckReader::ScenarioCheckReader(const ScenarioIds &ids, const ScenarioFieldChecker &fields)
    : m_ids(ids)
    , m_fields(fields)
{}

Result<ScenarioCheck> ScenarioCheckReader::read(const ScenarioNode &step) const
{
    const auto kind = kindOf(step);
    if (!kind)
        return kind.error();
    const QString name = ScenarioCheck::kindName(*kind);
    const auto object = step.object(QStringList{key("do"), key("at"), name} + allowedKeys(*kind),
                                    QStringList{name} + requiredKeys(*kind));
    if (!object)
        return object.error();
    ScenarioCheck check;
    check.kind = *kind;
    check.target = object->value(name).toString();
    if (auto valid = target(step.child(name), *kind); !valid)
        return valid.error();
    using Part = Result<void> (ScenarioCheckReader::*)(const ScenarioNode &, ScenarioCheck &) const;
    for (Part read : {&ScenarioCheckReader::readFlags, &ScenarioCheckReader::readNames,
                      &ScenarioCheckReader::readStatuses, &ScenarioCheckReader::readFields}) {
        if (auto valid = (this->*read)(step, check); !valid)
            return valid.error();
    }
    check.text = check.describe();
    return check;
}

Result<ScenarioCheck::Kind> ScenarioCheckReader::kindOf(const ScenarioNode &step) const
{
    QStringList found;
    for (const QString &member : step.keys()) {
        if (ScenarioCheck::kindFromName(member))
            found.append(member);
    }
    const QString kinds = ScenarioCheck::kindNames().join(QLatin1String(", "));
    if (found.size() > 1) {
        return step.child(found.at(1))
            .keyError(tr("%1 has two checks, \"%2\" and \"%3\"; an expect step has one")
                          .arg(step.where(), found.at(0), found.at(1)));
    }
    if (!found.isEmpty())
        return *ScenarioCheck::kindFromName(found.first());
    for (const QString &member : step.keys()) {
        if (member != u"do" && member != u"at") {
            return step.child(member).keyError(
                tr("unknown key \"%1\" in %2; an expect step needs one check: %3")
                    .arg(member, step.where(), kinds));
        }
    }
    return step.error(tr("%1 needs one check: %2").arg(step.where(), kinds));
}

Result<void> ScenarioCheckReader::target(const ScenarioNode &node, Kind kind) const
{
    if (auto id = node.id(); !id)
        return id.error();
    if (kind == Kind::MailboxStatus)
        return m_ids.require(Ids::Mailbox, node);
    if (auto known = m_ids.require(Ids::Item, node); !known)
        return known;
    const QString id = node.json().toString();
    const QString type = m_ids.typeOf(id);
    if (kind == Kind::Email && type != RecordTypes::Email)
        return node.error(tr("\"%1\" is a record or item of type %2, not an email").arg(id, type));
    if (kind == Kind::InScope && !RecordTypes::isFilterable(type)) {
        return node.error(
            tr("\"inScope\" needs a contact, appointment or task; \"%1\" is of type %2")
                .arg(id, type));
    }
    return {};
}

Result<void> ScenarioCheckReader::readFlags(const ScenarioNode &step, ScenarioCheck &check) const
{
    const std::pair<const char *, std::optional<bool> *> flags[] = {
        {"exists", &check.exists},
        {"tracked", &check.tracked},
        {"value", &check.value},
        {"enabled", &check.enabled},
    };
    for (const auto &[name, out] : flags) {
        const ScenarioNode node = step.child(key(name));
        if (!node.exists())
            continue;
        const auto flag = node.boolean();
        if (!flag)
            return flag.error();
        *out = *flag;
    }
    return {};
}

// Ids and reason code names: mailbox, user, regarding, reason, alert, includes.
Result<void> ScenarioCheckReader::readNames(const ScenarioNode &step, ScenarioCheck &check) const
{
    const std::tuple<const char *, Ids, QString *> ids[] = {
        {"mailbox", Ids::Mailbox, &check.mailbox},
        {"user", Ids::User, &check.user},
        {"regarding", Ids::Item, &check.regarding},
    };
    for (const auto &[name, kind, out] : ids) {
        const ScenarioNode node = step.child(key(name));
        if (!node.exists())
            continue;
        if (auto id = node.id(); !id)
            return id.error();
        if (auto known = m_ids.require(kind, node); !known)
            return known;
        *out = node.json().toString();
    }
    const std::pair<const char *, QString *> codes[] = {
        {"reason", &check.reason},
        {"alert", &check.alert},
    };
    for (const auto &[name, out] : codes) {
        if (const ScenarioNode node = step.child(key(name)); node.exists()) {
            const auto code = reasonCode(node);
            if (!code)
                return code.error();
            *out = *code;
        }
    }
    if (const ScenarioNode includes = step.child(key("includes")); includes.exists()) {
        if (auto list = includes.array(); !list || list->isEmpty())
            return includes.error(tr("\"includes\" must be a list of one or more reason codes"));
        for (const ScenarioNode &element : includes.elements()) {
            const auto code = reasonCode(element);
            if (!code)
                return code.error();
            check.includes.append(*code);
        }
    }
    return {};
}

Result<QString> ScenarioCheckReader::reasonCode(const ScenarioNode &node) const
{
    const auto name = node.string();
    if (!name)
        return name;
    if (!reasonCodeFromName(*name))
        return node.error(tr("%1: unknown reason code \"%2\"").arg(node.name(), *name));
    return name;
}

Result<void> ScenarioCheckReader::readStatuses(const ScenarioNode &step, ScenarioCheck &check) const
{
    const QStringList names{QStringLiteral("NotRun"), QStringLiteral("Success"),
                            QStringLiteral("Failure")};
    const std::pair<const char *, std::optional<ChannelStatus> *> statuses[] = {
        {"incoming", &check.incoming},
        {"outgoing", &check.outgoing},
        {"act", &check.act},
    };
    for (const auto &[name, out] : statuses) {
        const ScenarioNode node = step.child(key(name));
        if (!node.exists())
            continue;
        const auto status = node.choice(&channelStatusFromName, names);
        if (!status)
            return status.error();
        *out = *status;
    }
    // "disabled": the exact list of disabled channels, [] for none.
    if (const ScenarioNode node = step.child(key("disabled")); node.exists()) {
        if (auto list = node.array(); !list)
            return list.error();
        const QStringList channels{key("incoming"), key("outgoing"), key("act")};
        QStringList disabled;
        for (const ScenarioNode &element : node.elements()) {
            const auto channel = element.choice(&mailboxChannelFromName, channels);
            if (!channel)
                return channel.error();
            disabled.append(mailboxChannelName(*channel));
        }
        disabled.sort();
        disabled.removeDuplicates();
        check.disabled = disabled;
    }
    return {};
}

Result<void> ScenarioCheckReader::readFields(const ScenarioNode &step, ScenarioCheck &check) const
{
    const ScenarioNode node = step.child(key("fields"));
    if (!node.exists())
        return {};
    if (check.exists == false) {
        return node.keyError(
            tr("\"fields\" cannot be checked on a record that is expected not to exist"));
    }
    const auto fields =
        m_fields.check(node, m_ids.typeOf(check.target), ScenarioFieldChecker::Nulls::Allowed);
    if (!fields)
        return fields.error();
    check.fields = *fields;
    return {};
}

} // namespace SyncLens
