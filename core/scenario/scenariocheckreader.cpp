#include "scenariocheckreader.h"

#include "scenariofieldchecker.h"
#include "scenarioids.h"
#include "scenarionode.h"

#include "model/reasoncode.h"
#include "model/recordtypes.h"

namespace SyncLens {

namespace {

using ReadCheckKind = ScenarioCheck::Kind;
using CheckIds = ScenarioIds::Kind;

// The keys each check allows besides its own, and those it requires.
QStringList allowedKeys(ReadCheckKind kind)
{
    switch (kind) {
    case ReadCheckKind::Crm:
        return {scenarioKey("exists"), scenarioKey("fields")};
    case ReadCheckKind::Exchange:
        return {scenarioKey("mailbox"), scenarioKey("exists"), scenarioKey("fields")};
    case ReadCheckKind::Email:
        return {scenarioKey("mailbox"), scenarioKey("tracked"), scenarioKey("reason"),
                scenarioKey("regarding")};
    case ReadCheckKind::InScope:
        return {scenarioKey("user"), scenarioKey("value")};
    case ReadCheckKind::Last:
        return {scenarioKey("mailbox"), scenarioKey("reason")};
    case ReadCheckKind::History:
        return {scenarioKey("mailbox"), scenarioKey("includes")};
    case ReadCheckKind::MailboxStatus:
        return {scenarioKey("incoming"), scenarioKey("outgoing"), scenarioKey("act"),
                scenarioKey("enabled"),  scenarioKey("disabled"), scenarioKey("alert")};
    }
    return {};
}

QStringList requiredKeys(ReadCheckKind kind)
{
    switch (kind) {
    case ReadCheckKind::Exchange:
        return {scenarioKey("mailbox")};
    case ReadCheckKind::InScope:
        return {scenarioKey("user"), scenarioKey("value")};
    case ReadCheckKind::Last:
        return {scenarioKey("reason")};
    case ReadCheckKind::History:
        return {scenarioKey("includes")};
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
    const auto object =
        step.object(QStringList{scenarioKey("do"), scenarioKey("at"), name} + allowedKeys(*kind),
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

Result<void> ScenarioCheckReader::target(const ScenarioNode &node, ReadCheckKind kind) const
{
    if (auto id = node.id(); !id)
        return id.error();
    if (kind == ReadCheckKind::MailboxStatus)
        return m_ids.require(CheckIds::Mailbox, node);
    if (auto known = m_ids.require(CheckIds::Item, node); !known)
        return known;
    const QString id = node.json().toString();
    const QString type = m_ids.typeOf(id);
    if (kind == ReadCheckKind::Email && type != RecordTypes::Email)
        return node.error(tr("\"%1\" is a record or item of type %2, not an email").arg(id, type));
    if (kind == ReadCheckKind::InScope && !RecordTypes::isFilterable(type)) {
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
        const ScenarioNode node = step.child(scenarioKey(name));
        if (!node.exists())
            continue;
        const auto flag = node.boolean();
        if (!flag)
            return flag.error();
        *out = *flag;
    }
    return {};
}

// CheckIds and reason code names: mailbox, user, regarding, reason, alert, includes.
Result<void> ScenarioCheckReader::readNames(const ScenarioNode &step, ScenarioCheck &check) const
{
    const std::tuple<const char *, CheckIds, QString *> ids[] = {
        {"mailbox", CheckIds::Mailbox, &check.mailbox},
        {"user", CheckIds::User, &check.user},
        {"regarding", CheckIds::Item, &check.regarding},
    };
    for (const auto &[name, kind, out] : ids) {
        const ScenarioNode node = step.child(scenarioKey(name));
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
        if (const ScenarioNode node = step.child(scenarioKey(name)); node.exists()) {
            const auto code = reasonCode(node);
            if (!code)
                return code.error();
            *out = *code;
        }
    }
    if (const ScenarioNode includes = step.child(scenarioKey("includes")); includes.exists()) {
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
        const ScenarioNode node = step.child(scenarioKey(name));
        if (!node.exists())
            continue;
        const auto status = node.choice(&channelStatusFromName, names);
        if (!status)
            return status.error();
        *out = *status;
    }
    // "disabled": the exact list of disabled channels, [] for none.
    if (const ScenarioNode node = step.child(scenarioKey("disabled")); node.exists()) {
        if (auto list = node.array(); !list)
            return list.error();
        const QStringList channels{scenarioKey("incoming"), scenarioKey("outgoing"),
                                   scenarioKey("act")};
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
    const ScenarioNode node = step.child(scenarioKey("fields"));
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
