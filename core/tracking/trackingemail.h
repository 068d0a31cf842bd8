#pragma once

#include "conversationindex.h"

#include <QString>
#include <QStringList>

namespace SyncLens {

// An email that is in CRM: tracked, or sent from CRM. Addresses lower case.
struct TrackedEmail
{
    QString messageId;
    QString subject;
    QString from;
    QStringList to;
    QStringList cc;
    QString regardingId;
    qint64 token = 0; // 0: none
    ConversationIndex conversation;
};

// A new email arriving in a mailbox, as SSS sees it.
struct IncomingEmail
{
    QString mailboxId;
    QString messageId;
    QString from;
    QStringList to;
    QStringList cc;
    QString subject;
    QString inReplyTo;
    QStringList references;
    QString conversationIndex; // hex
    QString folder;
    bool trackRequested = false; // the user clicked Track in Outlook
    QString regardingId;         // chosen when tracking
};

} // namespace SyncLens
