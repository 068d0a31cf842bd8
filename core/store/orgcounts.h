#pragma once

#include <QMap>
#include <QString>

namespace SyncLens {

// What `org info` shows: how much of everything an org holds.
struct OrgCounts
{
    QString name;
    int schemaVersion = 0;
    qint64 users = 0;
    qint64 mailboxes = 0;
    qint64 filters = 0;
    QMap<QString, qint64> crmRecordsByType;    // live records only
    QMap<QString, qint64> exchangeItemsByType; // over all mailboxes, live items only
    qint64 links = 0;
    qint64 journalEntries = 0;
    qint64 alerts = 0;

    qint64 crmRecords() const;
    qint64 exchangeItems() const;
};

} // namespace SyncLens
