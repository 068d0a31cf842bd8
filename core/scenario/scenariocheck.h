#pragma once

#include "model/mailbox.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace SyncLens {

// What an `expect` step of a scenario says must hold (scenario-format.md,
// "Checks"). The loader has validated it: ids exist, codes are reason code names.
struct ScenarioCheck
{
    enum class Kind
    {
        Crm,          // "crm": a CRM record exists (or not) with these field values
        Exchange,     // "exchange": the same for the item in `mailbox`
        Email,        // "email": tracked or not, latest decision, regarding
        InScope,      // "inScope": in `user`'s scope as the engine last decided (`value`)
        Last,         // "last": the item's latest decision has `reason`
        History,      // "history": its decisions include `includes` in this order
        MailboxStatus // "mailboxStatus": channel statuses, enabled flag, an alert
    };

    Kind kind = Kind::Crm;
    QString target;  // the id after the kind's key: record, item, email or mailbox
    QString mailbox; // exchange (required); email, last, history (optional)
    QString user;    // inScope
    // Absent when the file does not say. For crm and exchange an absent `exists`
    // means the record must exist (an `exists: false` check has no `fields`).
    std::optional<bool> exists;
    std::optional<bool> tracked;
    std::optional<bool> value;   // inScope
    std::optional<bool> enabled; // mailboxStatus
    QString reason;              // a reason code name (email, last)
    QString regarding;           // email
    QString alert;               // a reason code name (mailboxStatus)
    QJsonObject fields;          // crm, exchange; null matches absent or empty
    QStringList includes;        // history: reason code names, in order
    std::optional<ChannelStatus> incoming;
    std::optional<ChannelStatus> outgoing;
    std::optional<ChannelStatus> act;
    // mailboxStatus: exactly these channels are disabled ("incoming", …), sorted.
    std::optional<QStringList> disabled;
    // A short rendering for PASS/FAIL lines: "last a1 reason=LEFT_SCOPE".
    QString text;

    // The key that names the kind in a file: "crm", "mailboxStatus", …
    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(QStringView name);
    static QStringList kindNames();

    // Builds `text` from the other members, in a fixed order of keys.
    QString describe() const;
};

} // namespace SyncLens
