#include "orgeventrecorder.h"

#include "store/orgstore.h"

namespace SyncLens {

using RecordedKind = OrgEvent::Kind;

OrgEventRecorder::OrgEventRecorder(OrgStore &store, QDateTime at, QString author)
    : m_store(store)
    , m_at(std::move(at))
    , m_author(std::move(author))
{}

Result<void> OrgEventRecorder::append(OrgEvent event)
{
    event.time = m_at;
    event.author = m_author;
    auto id = m_store.appendOrgEvent(event);
    return withoutValue(id);
}

Result<void> OrgEventRecorder::userChanged(const User &before, const User &after)
{
    if (before.emailFiltering == after.emailFiltering)
        return {};
    OrgEvent e;
    e.kind = RecordedKind::EmailFilteringChanged;
    e.userId = after.id;
    e.facts = {{QStringLiteral("before"), emailFilteringName(before.emailFiltering)},
               {QStringLiteral("after"), emailFilteringName(after.emailFiltering)}};
    return append(e);
}

Result<void> OrgEventRecorder::mailboxChanged(const Mailbox &before, const Mailbox &after)
{
    // Enabled means every channel too: Test & Enable re-enables them all.
    auto fullyEnabled = [](const Mailbox &m) {
        return m.enabled && m.disabledChannels().isEmpty();
    };
    QList<RecordedKind> kinds;
    if (before.approved != after.approved)
        kinds.append(after.approved ? RecordedKind::MailboxApproved
                                    : RecordedKind::MailboxUnapproved);
    if (fullyEnabled(before) != fullyEnabled(after))
        kinds.append(fullyEnabled(after) ? RecordedKind::MailboxEnabled
                                         : RecordedKind::MailboxDisabled);
    for (const RecordedKind kind : std::as_const(kinds)) {
        OrgEvent e;
        e.kind = kind;
        e.userId = after.userId;
        e.mailboxId = after.id;
        if (auto r = append(e); !r)
            return r;
    }
    return {};
}

Result<void> OrgEventRecorder::settingsChanged(const QJsonObject &overrides)
{
    if (overrides.isEmpty())
        return {};
    OrgEvent e;
    e.kind = RecordedKind::SettingChanged;
    e.facts = {{QStringLiteral("settings"), overrides}};
    return append(e);
}

} // namespace SyncLens
