#pragma once

#include "model/crmrecord.h"
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

// What the delete rules of model v2 weigh about a record, seen from one
// mailbox at one time (sss-model §1, §3).
struct RecordFacts
{
    QString type;
    QString organizer;           // appointments: a user id (the owner when absent)
    int statecode = 0;           // 0 Open, 1 Completed, 2 Canceled, 3 Scheduled (appointments)
    bool organizerIsUser = true; // appointments: the mailbox's user organises it
    bool active = true;          // appointments open or scheduled; tasks open
    bool ahead = true;           // appointments: end (or start) after the clock
    bool ownerIsUser = false;    // the mailbox's user owns it
};

RecordFacts recordFacts(const CrmRecord &record, const QString &userId, const QDateTime &now);

// Whether a delete in Exchange deletes the linked CRM record (else: untracked).
bool exchangeDeleteReachesCrm(ExchangeDeleteAction action, const RecordFacts &record);
// Whether a delete in CRM leaves the Exchange copy in place, unlinked
// (CRM_DELETE_KEPT): an appointment no longer active or already over, or a
// contact in its owner's mailbox.
bool crmDeleteKeepsCopy(const RecordFacts &record);

struct OutboundFacts
{
    const Link *link = nullptr;     // what the mailbox knows of the item; nullptr: nothing yet
    bool inScope = false;           // the user's filters hold it now
    bool deleted = false;           // deleted in CRM
    bool touched = false;           // written since the mailbox's last cycle
    bool scopeRulesChanged = false; // one of the user's filters, or an org setting, changed
    QStringList crmChanged;         // synced fields whose CRM value differs from the agreed one
    bool keepCopyOnDelete = false;  // deleted: crmDeleteKeepsCopy() of the record
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
    RecordFacts record; // for a delete: the linked CRM record
};

// Exchange → CRM, for an item written since the mailbox's last cycle;
// `onDelete` is sync.exchangeDelete for the item's type.
std::optional<ReasonCode> decideInbound(const InboundFacts &facts, ExchangeDeleteAction onDelete);

} // namespace SyncRules

} // namespace SyncLens
