#include "scenarioplayer.h"

#include "scenariochecker.h"
#include "scenarioloader.h"
#include "store/orgstore.h"
#include "sync/mailboxhealth.h"
#include "sync/syncstate.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace SyncLens {

namespace {

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

ScenarioPlayer::ScenarioPlayer(Scenario scenario)
    : m_scenario(std::move(scenario))
{}

ScenarioPlayer::~ScenarioPlayer()
{
    m_cycle.reset(); // it holds a reference to the store
}

Error ScenarioPlayer::stepError(const ScenarioStep &step, const QString &problem) const
{
    Error e = makeError(Error::Code::InvalidArgument,
                        tr("%1:%2:%3: step %4 (%5): %6")
                            .arg(m_scenario.file)
                            .arg(step.line)
                            .arg(step.column)
                            .arg(step.number)
                            .arg(ScenarioStep::kindName(step.kind), problem));
    e.line = step.line;
    e.column = step.column;
    return e;
}

Result<void> ScenarioPlayer::start()
{
    m_cycle.reset();
    m_next = 0;
    m_lastCycle.reset();
    m_now = m_scenario.start;
    auto store = OrgStore::createInMemory(m_scenario.title);
    if (!store)
        return store.error();
    m_store = std::move(store).value();
    OrgStore &s = *m_store;
    auto settings = OrgSettings{}.withOverrides(m_scenario.orgOverrides);
    if (!settings)
        return settings.error();
    auto r = s.transaction([&]() -> Result<void> {
        if (auto w = s.setOrgSettings(*settings); !w)
            return w;
        for (const User &u : std::as_const(m_scenario.users)) {
            if (auto w = s.upsertUser(u); !w)
                return w;
        }
        for (const Team &t : std::as_const(m_scenario.teams)) {
            if (auto w = s.upsertTeam(t); !w)
                return w;
        }
        for (const Mailbox &m : std::as_const(m_scenario.mailboxes)) {
            if (auto w = s.upsertMailbox(m); !w)
                return w;
        }
        for (const SyncFilter &f : std::as_const(m_scenario.filters)) {
            if (auto w = s.upsertFilter(f); !w)
                return w;
        }
        for (const CrmRecord &record : std::as_const(m_scenario.records)) {
            if (auto w = s.upsertCrmRecord(record); !w)
                return w;
        }
        return SyncCycle::setClock(s, m_scenario.start);
    });
    if (!r)
        return r;
    m_cycle = std::make_unique<SyncCycle>(s);
    return {};
}

Result<std::optional<CheckResult>> ScenarioPlayer::step()
{
    if (!m_store) {
        if (auto r = start(); !r)
            return r.error();
    }
    if (atEnd())
        return std::optional<CheckResult>();
    const ScenarioStep &step = m_scenario.steps[m_next++];
    m_now = step.at;
    if (step.kind == ScenarioStep::Kind::Expect) {
        if (!step.check)
            return stepError(step, tr("the check is missing"));
        ScenarioChecker checker(*m_store, m_now);
        auto result = checker.evaluate(*step.check);
        if (!result)
            return stepError(step, result.error().message);
        result->file = m_scenario.file;
        result->step = step.number;
        return std::optional<CheckResult>(*result);
    }
    if (step.kind == ScenarioStep::Kind::Sync) {
        auto summary = m_cycle->run(step.at, step.mailbox());
        if (!summary)
            return stepError(step, summary.error().message);
        m_lastCycle = *summary;
        return std::optional<CheckResult>();
    }
    auto r = m_store->transaction([&]() -> Result<void> {
        if (auto w = apply(step); !w)
            return w;
        return SyncCycle::setClock(*m_store, step.at);
    });
    if (!r)
        return stepError(step, r.error().message);
    return std::optional<CheckResult>();
}

Result<QList<CheckResult>> ScenarioPlayer::playToEnd()
{
    QList<CheckResult> results;
    while (!atEnd()) {
        auto r = step();
        if (!r)
            return r.error();
        if (*r)
            results.append(**r);
    }
    return results;
}

Result<void> ScenarioPlayer::apply(const ScenarioStep &step)
{
    switch (step.kind) {
    case ScenarioStep::Kind::CrmCreate:
    case ScenarioStep::Kind::CrmUpdate:
    case ScenarioStep::Kind::CrmDelete:
    case ScenarioStep::Kind::CrmSendEmail:
        return applyCrm(step);
    case ScenarioStep::Kind::ExchangeReceive:
    case ScenarioStep::Kind::ExchangeCreate:
    case ScenarioStep::Kind::ExchangeUpdate:
    case ScenarioStep::Kind::ExchangeDelete:
    case ScenarioStep::Kind::ExchangeTrack:
    case ScenarioStep::Kind::ExchangeTrackFolder:
        return applyExchange(step);
    default:
        return applySetting(step);
    }
}

Result<void> ScenarioPlayer::applyCrm(const ScenarioStep &step)
{
    OrgStore &s = *m_store;
    if (step.kind == ScenarioStep::Kind::CrmCreate)
        return s.upsertCrmRecord(step.record());
    if (step.kind == ScenarioStep::Kind::CrmSendEmail) {
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
    if (step.kind == ScenarioStep::Kind::CrmDelete)
        record.deleted = true;
    else
        applyFields(record.fields, step.fields());
    record.modifiedOn = step.at;
    return s.upsertCrmRecord(record);
}

Result<void> ScenarioPlayer::applyExchange(const ScenarioStep &step)
{
    OrgStore &s = *m_store;
    if (step.kind == ScenarioStep::Kind::ExchangeReceive ||
        step.kind == ScenarioStep::Kind::ExchangeCreate)
        return s.upsertExchangeItem(step.exchangeItem());
    if (step.kind == ScenarioStep::Kind::ExchangeTrackFolder) {
        auto text = s.metaValue(SyncState::trackedFoldersKey());
        if (!text)
            return text.error();
        QJsonObject all = QJsonDocument::fromJson(text->toUtf8()).object();
        QJsonObject folders = all.value(step.mailbox()).toObject();
        folders.insert(step.folder(), step.regarding());
        all.insert(step.mailbox(), folders);
        return s.setMetaValue(SyncState::trackedFoldersKey(),
                              QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact)));
    }
    auto found = s.exchangeItem(MailboxId(step.mailbox()), ItemId(step.id()));
    if (!found)
        return found.error();
    if (!*found || (*found)->deleted) {
        return makeError(Error::Code::NotFound,
                         tr("there is no item %1 in mailbox %2").arg(step.id(), step.mailbox()));
    }
    ExchangeItem item = **found;
    if (step.kind == ScenarioStep::Kind::ExchangeDelete) {
        item.deleted = true;
    } else if (step.kind == ScenarioStep::Kind::ExchangeTrack) {
        item.trackRequested = true;
        item.regardingId = step.regarding();
    } else {
        applyFields(item.fields, step.fields());
    }
    item.modifiedOn = step.at;
    return s.upsertExchangeItem(item);
}

Result<void> ScenarioPlayer::applySetting(const ScenarioStep &step)
{
    OrgStore &s = *m_store;
    switch (step.kind) {
    case ScenarioStep::Kind::FilterSet:
        return s.upsertFilter(step.filter());
    case ScenarioStep::Kind::FilterRemove:
        return s.removeFilter(step.id());
    case ScenarioStep::Kind::UserSet: {
        auto user = s.user(step.id());
        if (!user || !*user)
            return user ? makeError(Error::Code::NotFound, tr("there is no user %1").arg(step.id()))
                        : user.error();
        return s.upsertUser(step.appliedTo(**user));
    }
    case ScenarioStep::Kind::OrgSet: {
        auto settings = s.orgSettings();
        if (!settings)
            return settings.error();
        auto changed = settings->withOverrides(step.settings());
        if (!changed)
            return changed.error();
        return s.setOrgSettings(*changed);
    }
    case ScenarioStep::Kind::MailboxSet:
    case ScenarioStep::Kind::Fault: {
        const QString id = step.kind == ScenarioStep::Kind::Fault ? step.mailbox() : step.id();
        auto mailbox = s.mailbox(id);
        if (!mailbox || !*mailbox)
            return mailbox ? makeError(Error::Code::NotFound, tr("there is no mailbox %1").arg(id))
                           : mailbox.error();
        Mailbox m = **mailbox;
        if (step.kind == ScenarioStep::Kind::Fault) {
            const ScenarioFault fault = step.fault();
            if (fault.channel) { // only that channel's next attempted cycles fail
                m.health(*fault.channel).fault = faultKindOf(fault.kind);
                m.health(*fault.channel).faultCycles = fault.cycles;
            } else {
                m.fault = faultKindOf(fault.kind);
                m.faultCycles = fault.cycles;
            }
        } else {
            const bool wasEnabled = m.enabled && m.disabledChannels().isEmpty();
            m = step.appliedTo(m);
            if (m.enabled && !wasEnabled && step.body.value(u"enabled").toBool())
                MailboxHealth::enable(m); // Test & Enable: every channel
        }
        return s.upsertMailbox(m);
    }
    default:
        return {};
    }
}

ScenarioFileResult ScenarioPlayer::run(const QString &path)
{
    ScenarioFileResult result;
    result.file = path;
    auto scenario = ScenarioLoader::load(path);
    if (!scenario) {
        result.error = scenario.error();
        return result;
    }
    ScenarioPlayer player(std::move(scenario).value());
    if (auto r = player.start(); !r) {
        result.error = r.error();
        return result;
    }
    while (!player.atEnd()) {
        auto step = player.step();
        if (!step) {
            result.error = step.error(); // the checks so far stay in the report
            break;
        }
        if (*step)
            result.checks.append(**step);
    }
    return result;
}

} // namespace SyncLens
