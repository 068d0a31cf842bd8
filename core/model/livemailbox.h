#pragma once

#include "mailbox.h"

#include <QDateTime>
#include <QString>

namespace SyncLens {

// What Dataverse says of one mailbox (a user's or a queue's) beyond the
// engine's model: the columns of the `mailbox` table that the monitor shows
// (dataverse-web-api.md §2.2). Imported in live mode; sandbox files have none.
struct LiveMailbox
{
    QString id;
    QString name;
    QString address;
    QString ownerId;                                  // the systemuser or queue
    QString ownerType = QStringLiteral("systemuser"); // or "queue"
    ChannelStatus incomingStatus = ChannelStatus::NotRun;
    ChannelStatus outgoingStatus = ChannelStatus::NotRun;
    ChannelStatus actStatus = ChannelStatus::NotRun;
    QString approval = QStringLiteral("Empty"); // Empty, Approved, PendingApproval, Rejected
    int incomingMethod = 2;                     // incomingemaildeliverymethod: 2 = Server-Side Sync
    int outgoingMethod = 2;                     // outgoingemaildeliverymethod: 2 = Server-Side Sync
    int actMethod = 1;                          // actdeliverymethod: 1 = Server-Side Sync
    bool incomingEnabled = true;
    bool outgoingEnabled = true;
    bool actEnabled = true;
    QDateTime lastSuccess; // lastsuccessfulsynccompletedon
    QDateTime lastAttempt; // processinglastattemptedon
    QString lastError;
    QString lastErrorCode;
    QDateTime lastErrorTime;
    int errorCount = 0;
    QDateTime postponedProcessing; // postponemailboxprocessinguntil
    QDateTime postponedSending;    // postponesendinguntil
    QDateTime postponedReceiving;  // receivingpostponeduntil
    QDateTime postponedAct;        // receivingpostponeduntilforact
    QDateTime postponedTest;       // postponetestemailconfigurationuntil

    friend bool operator==(const LiveMailbox &, const LiveMailbox &) = default;
};

// A filter template of the org (savedquery of type 131072 OutlookTemplate or
// 8192 OfflineTemplate).
struct LiveTemplate
{
    QString id;
    QString type; // contact, appointment, task, …
    QString name;
    QString kind; // "outlook" or "offline"
    QString fetchXml;
    bool isDefault = false;

    friend bool operator==(const LiveTemplate &, const LiveTemplate &) = default;
};

// Something the import could not read, said per subject (a user's id, or
// empty for the org), e.g. another user's filters when that was refused.
struct LiveNote
{
    QString subject;
    QString message; // translated at import time

    friend bool operator==(const LiveNote &, const LiveNote &) = default;
};

} // namespace SyncLens
