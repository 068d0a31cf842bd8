#include "causefinder.h"

#include "store/orgstore.h"

namespace SyncLens {

namespace {

bool isScopeDecision(ReasonCode code)
{
    switch (code) {
    case ReasonCode::OutCreate:
    case ReasonCode::BackInScope:
    case ReasonCode::LeftScope:
    case ReasonCode::LeftScopeDeleted:
    case ReasonCode::OutSkippedOutOfScope:
    case ReasonCode::NotInScope:
        return true;
    default:
        return false;
    }
}

bool isEmailDecision(ReasonCode code)
{
    return code <= ReasonCode::NotTrackedNoRecipient;
}

} // namespace

CauseFinder::CauseFinder(OrgStore &store)
    : m_store(store)
{}

void CauseFinder::load()
{
    m_loaded = true;
    if (auto events = m_store.orgEvents())
        m_events = *events;
    if (auto mailboxes = m_store.mailboxes()) {
        for (const Mailbox &m : std::as_const(*mailboxes))
            m_userOfMailbox.insert(m.id, m.userId);
    }
}

bool CauseFinder::concerns(const OrgEvent &event, const JournalEntry &entry) const
{
    using K = OrgEvent::Kind;
    switch (event.kind) {
    case K::SettingChanged:
        return isScopeDecision(entry.code);
    case K::FilterChanged:
        return isScopeDecision(entry.code) &&
               event.userId == m_userOfMailbox.value(entry.mailboxId);
    case K::EmailFilteringChanged:
        return isEmailDecision(entry.code) &&
               event.userId == m_userOfMailbox.value(entry.mailboxId);
    case K::MailboxApproved:
    case K::MailboxUnapproved:
    case K::MailboxEnabled:
    case K::MailboxDisabled:
        return event.mailboxId == entry.mailboxId;
    }
    return false;
}

std::optional<OrgEvent> CauseFinder::causeOf(const JournalEntry &entry, const QDateTime &since)
{
    if (!m_loaded)
        load();
    const QDateTime earliest = entry.time.addSecs(-MaxDelaySeconds);
    for (auto it = m_events.crbegin(); it != m_events.crend(); ++it) {
        if (it->time > entry.time)
            continue;
        if (it->time < earliest || (since.isValid() && it->time <= since))
            break;
        if (concerns(*it, entry))
            return *it;
    }
    return std::nullopt;
}

} // namespace SyncLens
