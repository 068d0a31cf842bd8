#include "scenariostepapplier.h"

#include "store/orgstore.h"
#include "sync/filterhistory.h"
#include "sync/mailboxhealth.h"
#include "sync/orgeventrecorder.h"
#include "sync/syncstate.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace SyncLens {

namespace {

using AppliedKind = ScenarioStep::Kind;

FaultKind faultKindOf(ScenarioFault::Kind kind)
{
    switch (kind) {
    case ScenarioFault::Kind::Auth:
        return FaultKind::Auth;
    case ScenarioFault::Kind::Throttle:
        return FaultKind::Throttle;
    case ScenarioFault::Kind::Transient:
        break;
    }
    return FaultKind::Transient;
}

// `fields` onto `target`; a null value clears the field.
void applyFields(QJsonObject &target, const QJsonObject &fields)
{
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it.value().isNull())
            target.remove(it.key());
        else
            target.insert(it.key(), it.value());
    }
}

} // namespace

ScenarioStepApplier::ScenarioStepApplier(OrgStore &store)
    : m_store(store)
{}

Result<void> ScenarioStepApplier::apply(const ScenarioStep &step)
{
    switch (step.kind) {
    case AppliedKind::CrmCreate:
    case AppliedKind::CrmUpdate:
    case AppliedKind::CrmDelete:
    case AppliedKind::CrmSendEmail:
        return applyCrm(step);
    case AppliedKind::ExchangeReceive:
    case AppliedKind::ExchangeCreate:
    case AppliedKind::ExchangeUpdate:
    case AppliedKind::ExchangeDelete:
    case AppliedKind::ExchangeTrack:
        return applyExchange(step);
    case AppliedKind::ExchangeTrackFolder:
        return applyTrackFolder(step);
    case AppliedKind::FilterSet:
    case AppliedKind::FilterRemove:
        return applyFilter(step);
    case AppliedKind::UserSet:
        return applyUser(step);
    case AppliedKind::OrgSet:
        return applyOrg(step);
    case AppliedKind::MailboxSet:
    case AppliedKind::Fault:
        return applyMailbox(step);
    case AppliedKind::Sync:
    case AppliedKind::Expect:
        break;
    }
    return {};
}

Result<void> ScenarioStepApplier::applyCrm(const ScenarioStep &step)
{
    OrgStore &s = m_store;
    if (step.kind == AppliedKind::CrmCreate)
        return s.upsertCrmRecord(step.record());
    if (step.kind == AppliedKind::CrmSendEmail) {
        const ScenarioEmail e = step.email();
        CrmRecord email{e.id, QStringLiteral("email"), {}, step.at, step.at};
        email.fields = QJsonObject{{QStringLiteral("messageid"), e.id},
                                   {QStringLiteral("from"), e.from},
                                   {QStringLiteral("ownerid"), e.from},
                                   {QStringLiteral("to"), QJsonArray::fromStringList(e.to)},
                                   {QStringLiteral("cc"), QJsonArray::fromStringList(e.cc)},
                                   {QStringLiteral("subject"), e.subject},
                                   {QStringLiteral("direction"), QStringLiteral("outgoing")},
                                   {QStringLiteral("state"), QStringLiteral("pendingSend")}};
        if (!e.regarding.isEmpty())
            email.fields.insert(QStringLiteral("regardingobjectid"), e.regarding);
        return s.upsertCrmRecord(email);
    }
    auto found = s.crmRecord(step.id());
    if (!found)
        return found.error();
    if (!*found || (*found)->deleted)
        return makeError(Error::Code::NotFound, tr("there is no CRM record %1").arg(step.id()));
    CrmRecord record = **found;
    if (step.kind == AppliedKind::CrmDelete)
        record.deleted = true;
    else
        applyFields(record.fields, step.fields());
    record.modifiedOn = step.at;
    return s.upsertCrmRecord(record);
}

Result<void> ScenarioStepApplier::applyExchange(const ScenarioStep &step)
{
    OrgStore &s = m_store;
    if (step.kind == AppliedKind::ExchangeReceive || step.kind == AppliedKind::ExchangeCreate)
        return s.upsertExchangeItem(step.exchangeItem());
    auto found = s.exchangeItem(MailboxId(step.mailbox()), ItemId(step.id()));
    if (!found)
        return found.error();
    if (!*found || (*found)->deleted) {
        return makeError(Error::Code::NotFound,
                         tr("there is no item %1 in mailbox %2").arg(step.id(), step.mailbox()));
    }
    ExchangeItem item = **found;
    if (step.kind == AppliedKind::ExchangeDelete) {
        item.deleted = true;
    } else if (step.kind == AppliedKind::ExchangeTrack) {
        item.trackRequested = true;
        item.regardingId = step.regarding();
    } else {
        applyFields(item.fields, step.fields());
    }
    item.modifiedOn = step.at;
    return s.upsertExchangeItem(item);
}

Result<void> ScenarioStepApplier::applyTrackFolder(const ScenarioStep &step)
{
    auto text = m_store.metaValue(SyncState::trackedFoldersKey());
    if (!text)
        return text.error();
    QJsonObject all = QJsonDocument::fromJson(text->toUtf8()).object();
    QJsonObject folders = all.value(step.mailbox()).toObject();
    folders.insert(step.folder(), step.regarding());
    all.insert(step.mailbox(), folders);
    return m_store.setMetaValue(
        SyncState::trackedFoldersKey(),
        QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact)));
}

QString ScenarioStepApplier::nameOfUser(const QString &userId)
{
    auto user = m_store.user(userId);
    return user && *user && !(*user)->name.isEmpty() ? (*user)->name : userId;
}

// Through the filter history, so that the change is a version to look at and
// a marker on the timeline, stamped with the org's time.
Result<void> ScenarioStepApplier::applyFilter(const ScenarioStep &step)
{
    QString userId = step.body.value(u"by").toString();
    SyncFilter filter;
    if (step.kind == AppliedKind::FilterSet) {
        filter = step.filter();
    } else {
        auto existing = m_store.filter(step.id());
        if (!existing)
            return existing.error();
        if (!*existing) // removing a filter that is not there changes nothing
            return m_store.removeFilter(step.id());
        filter = **existing;
    }
    if (userId.isEmpty())
        userId = filter.userId;
    const FilterHistory::Stamp stamp{nameOfUser(userId), step.at, step.at};
    FilterHistory history(m_store);
    auto version = step.kind == AppliedKind::FilterSet ? history.save(filter, stamp)
                                                       : history.remove(filter.id, stamp);
    return version ? Result<void>() : Result<void>(version.error());
}

Result<void> ScenarioStepApplier::applyUser(const ScenarioStep &step)
{
    auto user = m_store.user(step.id());
    if (!user || !*user)
        return user ? makeError(Error::Code::NotFound, tr("there is no user %1").arg(step.id()))
                    : user.error();
    const User after = step.appliedTo(**user);
    if (auto r = m_store.upsertUser(after); !r)
        return r;
    return OrgEventRecorder(m_store, step.at, after.name).userChanged(**user, after);
}

Result<void> ScenarioStepApplier::applyOrg(const ScenarioStep &step)
{
    auto settings = m_store.orgSettings();
    if (!settings)
        return settings.error();
    auto changed = settings->withOverrides(step.settings());
    if (!changed)
        return changed.error();
    if (auto r = m_store.setOrgSettings(*changed); !r)
        return r;
    return OrgEventRecorder(m_store, step.at, {}).settingsChanged(step.settings());
}

Result<void> ScenarioStepApplier::applyMailbox(const ScenarioStep &step)
{
    const QString id = step.kind == AppliedKind::Fault ? step.mailbox() : step.id();
    auto mailbox = m_store.mailbox(id);
    if (!mailbox || !*mailbox)
        return mailbox ? makeError(Error::Code::NotFound, tr("there is no mailbox %1").arg(id))
                       : mailbox.error();
    Mailbox m = **mailbox;
    if (step.kind == AppliedKind::Fault) {
        const ScenarioFault fault = step.fault();
        if (fault.channel) { // only that channel's next attempted cycles fail
            m.health(*fault.channel).fault = faultKindOf(fault.kind);
            m.health(*fault.channel).faultCycles = fault.cycles;
        } else {
            m.fault = faultKindOf(fault.kind);
            m.faultCycles = fault.cycles;
        }
        return m_store.upsertMailbox(m); // the cycle's alerts tell when it fails
    }
    const bool wasEnabled = m.enabled && m.disabledChannels().isEmpty();
    m = step.appliedTo(m);
    if (m.enabled && !wasEnabled && step.body.value(u"enabled").toBool())
        MailboxHealth::enable(m); // Test & Enable: every channel
    if (auto r = m_store.upsertMailbox(m); !r)
        return r;
    return OrgEventRecorder(m_store, step.at, {}).mailboxChanged(**mailbox, m);
}

} // namespace SyncLens
