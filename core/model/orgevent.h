#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace SyncLens {

// A change that makes the engine decide again: the cause a timeline marker
// stands for. Recorded at the org's time by whatever made the change (the
// filter history, a scenario step, an admin's mailbox action), append-only
// like the journal. A mailbox that starts failing or recovers is read from
// its alerts instead (the cycle writes those).
struct OrgEvent
{
    enum class Kind
    {
        FilterChanged,         // a sync filter saved, removed or brought back
        SettingChanged,        // an org setting (facts: "settings", the overrides)
        EmailFilteringChanged, // a user's automatic email tracking (facts: before, after)
        MailboxApproved,
        MailboxUnapproved,
        MailboxEnabled, // Test & Enable
        MailboxDisabled,
    };

    qint64 id = 0; // assigned by the store
    QDateTime time;
    Kind kind = Kind::FilterChanged;
    QString userId;    // whose filters or settings; empty for the whole org
    QString mailboxId; // for a mailbox's changes
    QString author;    // who made the change, as the history names them
    qint64 filterVersionId = 0;
    QJsonObject facts;

    friend bool operator==(const OrgEvent &, const OrgEvent &) = default;
};

QString orgEventKindName(OrgEvent::Kind kind);
std::optional<OrgEvent::Kind> orgEventKindFromName(QStringView name);

} // namespace SyncLens
