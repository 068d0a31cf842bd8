#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace SyncLens {

// An item in one Exchange mailbox: an email, appointment, task or contact.
// The Exchange copy of CRM record `a1` in mailbox `m1` is item `a1` in `m1`;
// emails are named by their message id (sss-model §1).
struct ExchangeItem
{
    QString mailboxId;
    QString id;
    QString type;
    QJsonObject fields; // emails: from, to, cc, subject, inReplyTo, conversationIndex
    QString folder;
    bool trackRequested = false; // the user clicked Track in Outlook
    QString regardingId;         // as the user chose when tracking
    QDateTime createdOn;
    QDateTime modifiedOn;
    bool deleted = false;

    friend bool operator==(const ExchangeItem &, const ExchangeItem &) = default;
};

} // namespace SyncLens
