#pragma once

#include "model/link.h"
#include "model/orgsettings.h"
#include "model/reasoncode.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace SyncLens {

// The decision tables of sss-model §3 as pure functions: given what a
// mailbox knows of an item and what changed, which row applies. No store, no
// effects; the cycle applies the decision (ActSync).
namespace SyncRules {

struct OutboundFacts
{
    const Link *link = nullptr;     // what the mailbox knows of the item; nullptr: nothing yet
    bool inScope = false;           // the user's filters hold it now
    bool deleted = false;           // deleted in CRM
    bool touched = false;           // written since the mailbox's last cycle
    bool scopeRulesChanged = false; // one of the user's filters, or an org setting, changed
    QStringList crmChanged;         // synced fields whose CRM value differs from the agreed one
};

// CRM → Exchange: the first row that applies, or nothing to journal.
std::optional<ReasonCode> decideOutbound(const OutboundFacts &facts, OutOfScopeAction outOfScope);

struct InboundFacts
{
    const Link *link = nullptr;
    bool itemDeleted = false;    // deleted in Exchange
    bool trackRequested = false; // the user tracked it in Outlook
    bool inScope = false;
    QStringList exchangeChanged; // synced fields (to CRM) changed in Exchange since agreed
    QStringList crmChanged;      // synced fields (to Exchange) changed in CRM since agreed
    QStringList crmValuesLost; // of exchangeChanged's copy: CRM values that never reached Exchange
    QDateTime crmModified;
    QDateTime exchangeModified;
};

// Exchange → CRM, for an item written since the mailbox's last cycle.
std::optional<ReasonCode> decideInbound(const InboundFacts &facts, ExchangeDeleteAction onDelete);

} // namespace SyncRules

} // namespace SyncLens
