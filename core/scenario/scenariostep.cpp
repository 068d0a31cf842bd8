#include "scenariostep.h"

#include "scenariojson.h"

#include "model/enumnames.h"
#include "model/recordtypes.h"

#include <array>

namespace SyncLens {

namespace {

using StepKind = ScenarioStep::Kind;
using StepKindName = EnumName<StepKind>;
constexpr std::array kStepKindNames{
    StepKindName{StepKind::CrmCreate, QLatin1String("crm.create")},
    StepKindName{StepKind::CrmUpdate, QLatin1String("crm.update")},
    StepKindName{StepKind::CrmDelete, QLatin1String("crm.delete")},
    StepKindName{StepKind::CrmSendEmail, QLatin1String("crm.sendEmail")},
    StepKindName{StepKind::ExchangeReceive, QLatin1String("exchange.receive")},
    StepKindName{StepKind::ExchangeCreate, QLatin1String("exchange.create")},
    StepKindName{StepKind::ExchangeUpdate, QLatin1String("exchange.update")},
    StepKindName{StepKind::ExchangeDelete, QLatin1String("exchange.delete")},
    StepKindName{StepKind::ExchangeTrack, QLatin1String("exchange.track")},
    StepKindName{StepKind::ExchangeTrackFolder, QLatin1String("exchange.trackFolder")},
    StepKindName{StepKind::FilterSet, QLatin1String("filter.set")},
    StepKindName{StepKind::FilterRemove, QLatin1String("filter.remove")},
    StepKindName{StepKind::UserSet, QLatin1String("user.set")},
    StepKindName{StepKind::OrgSet, QLatin1String("org.set")},
    StepKindName{StepKind::MailboxSet, QLatin1String("mailbox.set")},
    StepKindName{StepKind::Fault, QLatin1String("fault")},
    StepKindName{StepKind::Sync, QLatin1String("sync")},
    StepKindName{StepKind::Expect, QLatin1String("expect")},
};

using StepFaultName = EnumName<ScenarioFault::Kind>;
constexpr std::array kStepFaultNames{
    StepFaultName{ScenarioFault::Kind::Auth, QLatin1String("auth")},
    StepFaultName{ScenarioFault::Kind::Transient, QLatin1String("transient")},
    StepFaultName{ScenarioFault::Kind::Throttle, QLatin1String("throttle")},
};

} // namespace

QString ScenarioFault::kindName(Kind kind)
{
    return nameOf<Kind>(kStepFaultNames, kind);
}

std::optional<ScenarioFault::Kind> ScenarioFault::kindFromName(QStringView name)
{
    return valueOf<Kind>(kStepFaultNames, name);
}

QStringList ScenarioFault::kindNames()
{
    return namesOf<Kind>(kStepFaultNames);
}

QString ScenarioStep::kindName(Kind kind)
{
    return nameOf<Kind>(kStepKindNames, kind);
}

std::optional<ScenarioStep::Kind> ScenarioStep::kindFromName(QStringView name)
{
    return valueOf<Kind>(kStepKindNames, name);
}

QStringList ScenarioStep::kindNames()
{
    return namesOf<Kind>(kStepKindNames);
}

QString ScenarioStep::id() const
{
    return body.value(u"id").toString();
}

QString ScenarioStep::mailbox() const
{
    return body.value(u"mailbox").toString();
}

QJsonObject ScenarioStep::fields() const
{
    return body.value(u"fields").toObject();
}

QString ScenarioStep::regarding() const
{
    return body.value(u"regarding").toString();
}

QString ScenarioStep::folder() const
{
    return body.value(u"folder").toString();
}

CrmRecord ScenarioStep::record() const
{
    return ScenarioJson::record(body.value(u"record").toObject(), at);
}

ScenarioEmail ScenarioStep::email() const
{
    return ScenarioJson::email(body.value(u"email").toObject());
}

ExchangeItem ScenarioStep::exchangeItem() const
{
    ExchangeItem item;
    item.mailboxId = mailbox();
    item.createdOn = at;
    item.modifiedOn = at;
    if (kind == Kind::ExchangeCreate) {
        const QJsonObject object = body.value(u"item").toObject();
        item.id = object.value(u"id").toString();
        item.type = object.value(u"type").toString();
        item.fields = object.value(u"fields").toObject();
        return item;
    }
    const QJsonObject object = body.value(u"email").toObject();
    item.id = object.value(u"id").toString();
    item.type = RecordTypes::Email;
    item.folder = object.value(u"folder").toString();
    for (const auto key : {u"from", u"to", u"cc", u"subject", u"inReplyTo", u"conversationIndex"}) {
        if (object.contains(key))
            item.fields.insert(QString::fromUtf16(key), object.value(key));
    }
    return item;
}

SyncFilter ScenarioStep::filter() const
{
    return ScenarioJson::filter(body.value(u"filter").toObject(), at);
}

QJsonObject ScenarioStep::settings() const
{
    return body.value(u"settings").toObject();
}

User ScenarioStep::appliedTo(const User &before) const
{
    User after = before;
    ScenarioJson::apply(after, body);
    return after;
}

Mailbox ScenarioStep::appliedTo(const Mailbox &before) const
{
    Mailbox after = before;
    ScenarioJson::apply(after, body);
    return after;
}

ScenarioFault ScenarioStep::fault() const
{
    ScenarioFault fault;
    fault.mailbox = mailbox();
    fault.kind = ScenarioFault::kindFromName(body.value(u"kind").toString()).value_or(fault.kind);
    fault.cycles = body.value(u"cycles").toInt(1);
    if (body.contains(u"channel"))
        fault.channel = mailboxChannelFromName(body.value(u"channel").toString());
    return fault;
}

} // namespace SyncLens
