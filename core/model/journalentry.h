#pragma once

#include "reasoncode.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace SyncLens {

// One decision of the engine, with the facts that prove it. Append-only.
struct JournalEntry
{
    qint64 id = 0; // assigned by the store
    QDateTime time;
    qint64 cycle = 0;
    QString mailboxId;
    QString itemId;
    ReasonCode code = ReasonCode::NotInScope;
    QJsonObject facts;

    friend bool operator==(const JournalEntry &, const JournalEntry &) = default;
};

} // namespace SyncLens
