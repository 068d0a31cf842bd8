#include "scenariosteptext.h"

#include "explain/reasoncodetext.h"
#include "model/reasoncode.h"
#include "sync/mailboxhealth.h"
#include "timetext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace SyncLens {

namespace {

// A value longer than this is cut: a step is one line in the list.
constexpr int kLongestValue = 48;

// "sync.outOfScope delete" for {"sync": {"outOfScope": "delete"}}.
void flatten(const QJsonObject &object, const QString &prefix, QJsonObject &into)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = prefix.isEmpty() ? it.key() : prefix + u'.' + it.key();
        if (it.value().isObject())
            flatten(it.value().toObject(), key, into);
        else
            into.insert(key, it.value());
    }
}

// The keys of a user.set or mailbox.set step that are changes, not its address.
QJsonObject changesOf(const ScenarioStep &step)
{
    QJsonObject changes = step.body;
    for (const char *key : {"do", "at", "id"})
        changes.remove(QLatin1String(key));
    return changes;
}

} // namespace

ScenarioStepText::ScenarioStepText(const Scenario &scenario)
    : m_startDate(scenario.start.toUTC().date())
{
    for (const User &user : scenario.users)
        m_people.insert(user.id, user.name.section(u' ', 0, 0, QString::SectionSkipEmpty));
    for (const Mailbox &mailbox : scenario.mailboxes)
        m_mailboxes.insert(mailbox.id, mailbox.userId);
}

QString ScenarioStepText::describe(const ScenarioStep &step) const
{
    //: a scenario step: %1 its time, %2 what happens
    return tr("%1  %2").arg(time(step), action(step));
}

QString ScenarioStepText::time(const ScenarioStep &step) const
{
    const QDateTime at = step.at.toUTC();
    if (at.date() == m_startDate)
        return TimeText::formatTimeOfDay(at.time());
    return TimeText::format(at);
}

QString ScenarioStepText::action(const ScenarioStep &step) const
{
    using K = ScenarioStep::Kind;
    switch (step.kind) {
    case K::CrmCreate:
    case K::CrmUpdate:
    case K::CrmDelete:
    case K::CrmSendEmail:
        return crmAction(step);
    case K::ExchangeReceive:
    case K::ExchangeCreate:
    case K::ExchangeUpdate:
    case K::ExchangeDelete:
    case K::ExchangeTrack:
    case K::ExchangeTrackFolder:
        return exchangeAction(step);
    case K::Sync:
        return step.mailbox().isEmpty()
                   ? tr("A sync cycle runs for every mailbox")
                   : tr("A sync cycle runs for %1's mailbox").arg(mailboxOwner(step.mailbox()));
    case K::Expect:
        return step.check ? check(*step.check) : tr("Check");
    default:
        return settingAction(step);
    }
}

QString ScenarioStepText::crmAction(const ScenarioStep &step) const
{
    using K = ScenarioStep::Kind;
    if (step.kind == K::CrmCreate) {
        const CrmRecord record = step.record();
        const QString subject = record.fields.value(u"subject").toString();
        //: %1 a record type (appointment, contact…), %2 its id
        const QString made =
            tr("The %1 %2 is created in CRM").arg(typeName(record.type), record.id);
        return subject.isEmpty() ? made : tr("%1: %2").arg(made, quoted(subject));
    }
    if (step.kind == K::CrmSendEmail) {
        const ScenarioEmail email = step.email();
        //: %1 a person, %2 the email's subject
        return tr("%1 sends an email from CRM: %2").arg(person(email.from), quoted(email.subject));
    }
    if (step.kind == K::CrmDelete)
        return tr("%1 is deleted in CRM").arg(step.id());
    //: %1 a record's id, %2 its changed fields and their values
    return tr("%1 is edited in CRM: %2").arg(step.id(), fields(step.fields()));
}

QString ScenarioStepText::exchangeAction(const ScenarioStep &step) const
{
    using K = ScenarioStep::Kind;
    const QString who = mailboxOwner(step.mailbox());
    switch (step.kind) {
    case K::ExchangeReceive: {
        const ScenarioEmail email = step.email();
        //: %1 a person, %2 an email's subject, %3 its sender's address
        return tr("%1 receives an email: %2 from %3").arg(who, quoted(email.subject), email.from);
    }
    case K::ExchangeCreate: {
        const ExchangeItem item = step.exchangeItem();
        const QString subject = item.fields.value(u"subject").toString();
        //: %1 a person, %2 a type (appointment, task…), %3 the item's id
        const QString made =
            tr("%1 creates the %2 %3 in Outlook").arg(who, typeName(item.type), item.id);
        return subject.isEmpty() ? made : tr("%1: %2").arg(made, quoted(subject));
    }
    case K::ExchangeUpdate:
        //: %1 a person, %2 an item's id, %3 the changed fields and their values
        return tr("%1 edits %2 in Outlook: %3").arg(who, step.id(), fields(step.fields()));
    case K::ExchangeDelete:
        return tr("%1 deletes %2 in Outlook").arg(who, step.id());
    case K::ExchangeTrack:
        return step.regarding().isEmpty()
                   ? tr("%1 clicks Track on %2 in Outlook").arg(who, step.id())
                   //: %3 the record the item is set regarding
                   : tr("%1 clicks Track on %2 in Outlook, regarding %3")
                         .arg(who, step.id(), step.regarding());
    default:
        return tr("%1 makes the folder %2 a tracked folder").arg(who, quoted(step.folder()));
    }
}

QString ScenarioStepText::settingAction(const ScenarioStep &step) const
{
    using K = ScenarioStep::Kind;
    switch (step.kind) {
    case K::FilterSet: {
        const SyncFilter filter = step.filter();
        //: %1 a sync filter's name, %2 a person
        return tr("The sync filter %1 of %2 is saved")
            .arg(quoted(filter.name), person(filter.userId));
    }
    case K::FilterRemove:
        return tr("The sync filter %1 is removed").arg(step.id());
    case K::UserSet:
        //: %1 a person, %2 the settings and their new values
        return tr("%1's settings change: %2").arg(person(step.id()), fields(changesOf(step)));
    case K::MailboxSet:
        return tr("%1's mailbox changes: %2").arg(mailboxOwner(step.id()), fields(changesOf(step)));
    case K::OrgSet: {
        QJsonObject flat;
        flatten(step.settings(), {}, flat);
        return tr("The org's settings change: %1").arg(fields(flat));
    }
    case K::Fault: {
        const ScenarioFault fault = step.fault();
        if (fault.channel) {
            //: %1 a person, %2 a channel ("Appointments, contacts and tasks"), %3 auth, transient…
            return tr("%1's mailbox will fail its next %n cycle(s) for %2 only (%3)", nullptr,
                      fault.cycles)
                .arg(mailboxOwner(fault.mailbox), MailboxHealth::channelLabel(*fault.channel),
                     ScenarioFault::kindName(fault.kind));
        }
        //: %1 a person, %2 a number of cycles, %3 the kind of failure (auth, transient, throttle)
        return tr("%1's mailbox will fail its next %n cycle(s) (%2)", nullptr, fault.cycles)
            .arg(mailboxOwner(fault.mailbox), ScenarioFault::kindName(fault.kind));
    }
    default:
        return ScenarioStep::kindName(step.kind);
    }
}

QString ScenarioStepText::check(const ScenarioCheck &check) const
{
    using K = ScenarioCheck::Kind;
    switch (check.kind) {
    case K::Crm:
    case K::Exchange:
        return recordCheck(check);
    case K::InScope:
        return check.value.value_or(true)
                   //: %1 an item's id, %2 a person
                   ? tr("Check: %1 is in %2's sync filters").arg(check.target, person(check.user))
                   : tr("Check: %1 is not in %2's sync filters")
                         .arg(check.target, person(check.user));
    case K::Last: {
        const auto code = reasonCodeFromName(check.reason);
        const QString plain = code ? ReasonCodeText::plainName(*code) : check.reason;
        //: %1 an item's id, %2 a decision in words, %3 its reason code
        return tr("Check: %1's latest decision is “%2” (%3)")
            .arg(check.target, plain, check.reason);
    }
    case K::History:
        //: %1 an item's id, %2 reason codes
        return tr("Check: %1's decisions include %2")
            .arg(check.target, check.includes.join(QStringLiteral(", ")));
    case K::Email:
        if (check.tracked)
            return *check.tracked
                       ? tr("Check: the email %1 is tracked in CRM").arg(check.target)
                       : tr("Check: the email %1 is not tracked in CRM").arg(check.target);
        break;
    case K::MailboxStatus:
        break;
    }
    return tr("Check: %1").arg(check.text);
}

QString ScenarioStepText::recordCheck(const ScenarioCheck &check) const
{
    const bool crm = check.kind == ScenarioCheck::Kind::Crm;
    //: %1 an item's id, %2 a person
    const QString where =
        crm ? tr("%1 in CRM").arg(check.target)
            : tr("%1 in %2's Outlook").arg(check.target, mailboxOwner(check.mailbox));
    if (!check.exists.value_or(true))
        return tr("Check: there is no %1").arg(where);
    if (check.fields.isEmpty())
        return tr("Check: there is %1").arg(where);
    //: %1 where the item is, %2 fields and their values
    return tr("Check: %1 has %2").arg(where, fields(check.fields));
}

QString ScenarioStepText::person(const QString &userId) const
{
    return m_people.value(userId, userId);
}

QString ScenarioStepText::mailboxOwner(const QString &mailboxId) const
{
    const QString user = m_mailboxes.value(mailboxId);
    return user.isEmpty() ? mailboxId : person(user);
}

QString ScenarioStepText::fields(const QJsonObject &fields) const
{
    QStringList parts;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it.value().isNull())
            //: a field cleared by a step
            parts.append(tr("%1 cleared").arg(it.key()));
        else
            parts.append(tr("%1 %2").arg(it.key(), value(it.value())));
    }
    return parts.join(QStringLiteral(", "));
}

QString ScenarioStepText::value(const QJsonValue &value) const
{
    if (value.isString()) {
        const QString text = value.toString();
        if (m_people.contains(text))
            return m_people.value(text); // an owner or another user reference
        return quoted(text);
    }
    if (value.isBool())
        return value.toBool() ? tr("yes") : tr("no");
    if (value.isDouble())
        return QLocale().toString(value.toDouble());
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

QString ScenarioStepText::typeName(const QString &type)
{
    if (type == u"appointment")
        return tr("appointment");
    if (type == u"task")
        return tr("task");
    if (type == u"contact")
        return tr("contact");
    if (type == u"email")
        return tr("email");
    if (type == u"account")
        return tr("account");
    if (type == u"lead")
        return tr("lead");
    return type; // any other type is kept as data, by its own name
}

QString ScenarioStepText::quoted(const QString &text)
{
    const QString shown = text.size() > kLongestValue ? text.left(kLongestValue - 1) + u'…' : text;
    //: quotation marks around a subject or another value
    return tr("“%1”").arg(shown);
}

} // namespace SyncLens
