#include "syncrules.h"

#include "model/recordtypes.h"

namespace SyncLens::SyncRules {

namespace {

int stateOf(const QJsonValue &v)
{
    return v.isString() ? v.toString().toInt() : v.toInt(0);
}

std::optional<ReasonCode> outboundInScope(const OutboundFacts &f)
{
    if (!f.link || f.link->state == Link::State::Decided)
        return ReasonCode::OutCreate;
    if (f.link->state == Link::State::Untracked)
        return std::nullopt; // deleted in this mailbox's Outlook: never sent again
    // Out of scope at this mailbox's last cycle: the copy catches up.
    if (!f.link->inScope)
        return ReasonCode::BackInScope;
    if (!f.crmChanged.isEmpty() && f.touched)
        return ReasonCode::OutUpdate;
    return std::nullopt;
}

std::optional<ReasonCode> outboundOutOfScope(const OutboundFacts &f, OutOfScopeAction outOfScope)
{
    if (!f.link)
        return ReasonCode::NotInScope;
    switch (f.link->state) {
    case Link::State::Linked:
        if (f.link->inScope) {
            return outOfScope == OutOfScopeAction::Keep ? ReasonCode::LeftScope
                                                        : ReasonCode::LeftScopeDeleted;
        }
        if (f.touched && !f.crmChanged.isEmpty())
            return ReasonCode::OutSkippedOutOfScope;
        return std::nullopt;
    case Link::State::Decided:
        if (f.touched || f.scopeRulesChanged)
            return ReasonCode::NotInScope;
        return std::nullopt;
    case Link::State::Untracked:
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace

RecordFacts recordFacts(const CrmRecord &record, const QString &userId, const QDateTime &now)
{
    RecordFacts r;
    r.type = record.type;
    const QString owner = record.field(QStringLiteral("ownerid"));
    r.ownerIsUser = !owner.isEmpty() && owner == userId;
    r.statecode = stateOf(record.fields.value(QStringLiteral("statecode")));
    if (record.type == RecordTypes::Appointment) {
        r.organizer = record.field(QStringLiteral("organizer"));
        if (r.organizer.isEmpty())
            r.organizer = owner;
        r.organizerIsUser = r.organizer == userId;
        r.active = r.statecode == 0 || r.statecode == 3;
        QString when = record.field(QStringLiteral("scheduledend"));
        if (when.isEmpty())
            when = record.field(QStringLiteral("scheduledstart"));
        const QDateTime end = QDateTime::fromString(when, Qt::ISODate);
        r.ahead = !end.isValid() || end > now;
    } else if (record.type == RecordTypes::Task) {
        r.active = r.statecode == 0;
    }
    return r;
}

bool exchangeDeleteReachesCrm(ExchangeDeleteAction action, const RecordFacts &r)
{
    switch (action) {
    case ExchangeDeleteAction::Untrack:
        return false;
    case ExchangeDeleteAction::Delete:
        return true;
    case ExchangeDeleteAction::OrganizerFuture:
        return r.organizerIsUser && r.active && r.ahead;
    case ExchangeDeleteAction::Open:
        return r.active;
    }
    return false;
}

bool crmDeleteKeepsCopy(const RecordFacts &r)
{
    if (r.type == RecordTypes::Appointment)
        return !r.active || !r.ahead;
    if (r.type == RecordTypes::Contact)
        return r.ownerIsUser;
    return false;
}

std::optional<ReasonCode> decideOutbound(const OutboundFacts &f, OutOfScopeAction outOfScope)
{
    if (f.deleted) {
        if (f.link && f.link->isLinked())
            return f.keepCopyOnDelete ? ReasonCode::CrmDeleteKept : ReasonCode::CrmDelete;
        return std::nullopt;
    }
    return f.inScope ? outboundInScope(f) : outboundOutOfScope(f, outOfScope);
}

std::optional<ReasonCode> decideInbound(const InboundFacts &f, ExchangeDeleteAction onDelete)
{
    const bool linked = f.link && f.link->isLinked();
    if (f.itemDeleted) {
        if (!linked)
            return std::nullopt;
        return exchangeDeleteReachesCrm(onDelete, f.record) ? ReasonCode::ExchangeDeletePropagated
                                                            : ReasonCode::ExchangeDeleteUntracked;
    }
    if (!linked)
        return f.trackRequested ? ReasonCode::InCreate : ReasonCode::InNotTracked;
    if (f.exchangeChanged.isEmpty())
        return std::nullopt;
    if (f.inScope && !f.crmChanged.isEmpty()) {
        // The side changed later wins; a tie goes to Exchange.
        return f.crmModified > f.exchangeModified ? ReasonCode::ConflictCrmWon
                                                  : ReasonCode::ConflictExchangeWon;
    }
    if (!f.inScope && !f.crmValuesLost.isEmpty())
        return ReasonCode::InOverwriteOutOfScope;
    return ReasonCode::InUpdate;
}

} // namespace SyncLens::SyncRules
