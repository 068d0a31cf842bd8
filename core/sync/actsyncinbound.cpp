// ActSync: Exchange → CRM (sss-model §3, inbound). Filters never apply here;
// the record's scope only decides between an update and an overwrite.
#include "actsync.h"

#include "journalwriter.h"
#include "model/recordtypes.h"
#include "scopefacts.h"
#include "store/orgstore.h"

#include <QJsonArray>

namespace SyncLens {

namespace {

QJsonArray lostFacts(const QStringList &fields, const QJsonObject &crm, const QJsonObject &exchange)
{
    QJsonArray facts;
    for (const QString &f : fields) {
        facts.append(QJsonObject{{QStringLiteral("field"), f},
                                 {QStringLiteral("crm"), crm.value(f)},
                                 {QStringLiteral("exchange"), exchange.value(f)}});
    }
    return facts;
}

} // namespace

// What the delete rules weighed, for the explainer: the setting for the type,
// and the record's organizer, state and time as this mailbox saw them.
void ActSync::insertDeleteFacts(CompactJsonObject &facts, const QString &type,
                                const SyncRules::RecordFacts &r) const
{
    facts.insertString(
        QLatin1StringView("rule"),
        exchangeDeleteActionName(m_ctx.state.settings().sync.exchangeDelete.forType(type)));
    facts.insert(QLatin1StringView("statecode"), r.statecode);
    facts.insertString(QLatin1StringView("user"), m_user.id);
    if (type == RecordTypes::Appointment) {
        facts.insertString(QLatin1StringView("organizer"), r.organizer);
        facts.insert(QLatin1StringView("organizerIsUser"), r.organizerIsUser);
        facts.insert(QLatin1StringView("ahead"), r.ahead);
    }
    if (type == RecordTypes::Contact)
        facts.insert(QLatin1StringView("ownerIsUser"), r.ownerIsUser);
    facts.insert(QLatin1StringView("active"), r.active);
}

// An item left apart is looked at again only when it changed after that.
bool ActSync::leftApartUnchanged(const ExchangeItem &item)
{
    const Link *link = linkOf(item.id);
    return link && link->state != Link::State::Linked && item.modifiedOn.isValid() &&
           link->lastSynced.isValid() && item.modifiedOn <= link->lastSynced;
}

Result<void> ActSync::inbound(const ExchangeItem &item, std::optional<CrmRecord> stored)
{
    Link *link = linkOf(item.id);
    const FieldSync &fields = m_fields[item.type];
    SyncRules::InboundFacts facts;
    facts.link = link;
    facts.itemDeleted = item.deleted;
    facts.trackRequested = item.trackRequested;
    facts.exchangeModified = item.modifiedOn;
    if (link && link->isLinked()) {
        if (stored && !stored->deleted) {
            const CrmRecord &record = *stored;
            facts.inScope = inScope(item.type, item.id);
            auto compared = fields.compareInbound(record.fields, item.fields, agreedOf(*link));
            facts.exchangeChanged = std::move(compared.exchangeChanged);
            facts.crmChanged = std::move(compared.crmChanged);
            facts.crmValuesLost = std::move(compared.crmValuesLost);
            facts.crmModified = record.modifiedOn;
            facts.record = SyncRules::recordFacts(record, m_user.id, m_ctx.now);
        }
    }
    const ExchangeDeleteAction onDelete =
        m_ctx.state.settings().sync.exchangeDelete.forType(item.type);
    const auto code = SyncRules::decideInbound(facts, onDelete);
    if (!code)
        return {};
    return applyInbound(*code, item, link, facts, std::move(stored));
}

Result<void> ActSync::applyInbound(ReasonCode code, ExchangeItem item, Link *link,
                                   const SyncRules::InboundFacts &facts,
                                   std::optional<CrmRecord> stored)
{
    const FieldSync &fields = m_fields[item.type];
    CompactJsonObject journalFacts; // written as text, as outbound's are
    journalFacts.insertString(QLatin1StringView("type"), item.type);
    if (const QJsonValue subject = item.fields.value(QStringLiteral("subject"));
        !subject.isUndefined())
        journalFacts.insert(QLatin1StringView("subject"), subject);
    Link updated = link ? *link : Link{m_mailbox.id, item.id, Link::State::Decided};
    updated.lastSynced = m_ctx.now;

    CrmRecord crm = std::move(stored).value_or(CrmRecord{item.id, item.type, {}, m_ctx.now});

    switch (code) {
    case ReasonCode::InNotTracked:
        updated.state = Link::State::Decided;
        break;
    case ReasonCode::InCreate: {
        crm.type = item.type;
        crm.deleted = false;
        crm.modifiedOn = m_ctx.now;
        QJsonObject agreed;
        journalFacts.insertJson(
            QLatin1StringView("fields"),
            FieldSync::copyAsText(item.fields, crm.fields, agreed, fields.inbound()));
        crm.fields.insert(QStringLiteral("ownerid"), m_user.id);
        if (!item.regardingId.isEmpty()) {
            crm.fields.insert(QStringLiteral("regardingobjectid"), item.regardingId);
            journalFacts.insertString(QLatin1StringView("regarding"), item.regardingId);
        }
        if (auto r = writeCrm(crm); !r)
            return r;
        updated.state = Link::State::Linked;
        updated.inScope = inScope(item.type, item.id); // not back in scope: new

        updated.setSynced(fields.agreedValues(crm.fields, item.fields));
        break;
    }
    case ReasonCode::InUpdate:
    case ReasonCode::InOverwriteOutOfScope:
    case ReasonCode::ConflictExchangeWon: {
        if (code == ReasonCode::InOverwriteOutOfScope) {
            journalFacts.insert(QLatin1StringView("lost"),
                                lostFacts(facts.crmValuesLost, crm.fields, item.fields));
        }
        journalFacts.insertJson(QLatin1StringView("fields"),
                                copyAgreeing(item.fields, crm.fields, updated, fields.inbound()));
        crm.modifiedOn = m_ctx.now;
        if (auto r = writeCrm(crm); !r)
            return r;
        break;
    }
    case ReasonCode::ConflictCrmWon: {
        journalFacts.insertJson(QLatin1StringView("fields"),
                                copyAgreeing(crm.fields, item.fields, updated, fields.outbound()));
        item.modifiedOn = m_ctx.now;
        if (auto r = m_ctx.store.upsertExchangeItem(item); !r)
            return r;
        break;
    }
    case ReasonCode::ExchangeDeleteUntracked:
        updated.state = Link::State::Untracked;
        insertDeleteFacts(journalFacts, item.type, facts.record);
        break;
    case ReasonCode::ExchangeDeletePropagated:
        insertDeleteFacts(journalFacts, item.type, facts.record);
        crm.deleted = true;
        crm.modifiedOn = m_ctx.now;
        if (auto r = writeCrm(crm); !r)
            return r;
        if (auto r = dropLink(item.id); !r)
            return r;
        return m_ctx.journal.record(MailboxId(m_mailbox.id), ItemId(item.id), code, journalFacts);
    default:
        break;
    }
    if (code == ReasonCode::ConflictCrmWon || code == ReasonCode::ConflictExchangeWon) {
        journalFacts.insertString(QLatin1StringView("crmModified"),
                                  facts.crmModified.toString(Qt::ISODate));
        journalFacts.insertString(QLatin1StringView("exchangeModified"),
                                  facts.exchangeModified.toString(Qt::ISODate));
    }
    if (code == ReasonCode::InOverwriteOutOfScope || code == ReasonCode::InUpdate) {
        if (!facts.inScope) {
            auto s = scope(item.type);
            const int row = m_ctx.state.scope().rowOf(item.type, item.id);
            if (s && row >= 0)
                ScopeFacts::insertOutOfScope(journalFacts, **s, row);
            journalFacts.insert(QLatin1StringView("inScope"), false);
        }
    }
    if (auto r = saveLink(updated); !r)
        return r;
    // A record inbound creates is the user's, and outbound marks it when it
    // decides it; an item linked to a record outbound does not decide (one
    // deleted in CRM whose copy stayed) is marked here.
    if (!link)
        m_ctx.state.linkAdded(m_mailbox.id, item.type, item.id);
    return m_ctx.journal.record(MailboxId(m_mailbox.id), ItemId(item.id), code, journalFacts);
}

} // namespace SyncLens
