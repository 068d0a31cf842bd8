#include "syncrules.h"

namespace SyncLens::SyncRules {

namespace {

std::optional<ReasonCode> outboundInScope(const OutboundFacts &f)
{
    if (!f.link || f.link->state == Link::State::Decided)
        return ReasonCode::OutCreate;
    if (f.link->state == Link::State::Untracked)
        return std::nullopt; // deleted in this mailbox's Outlook: never sent again
    // Coming back into scope brings the copy up to date, as does a CRM edit.
    if (!f.crmChanged.isEmpty() && (f.touched || !f.link->inScope))
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

std::optional<ReasonCode> decideOutbound(const OutboundFacts &f, OutOfScopeAction outOfScope)
{
    if (f.deleted) {
        if (f.link && f.link->isLinked())
            return ReasonCode::CrmDelete;
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
        return onDelete == ExchangeDeleteAction::Untrack ? ReasonCode::ExchangeDeleteUntracked
                                                         : ReasonCode::ExchangeDeletePropagated;
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
