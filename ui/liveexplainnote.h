#pragma once

#include <QCoreApplication>
#include <QString>

namespace SyncLens {

class OrgStore;

// What a live org's record says of an item when the journal has nothing on
// it: how Server-Side Synchronization correlated a tracked email, from the
// email's correlationmethod, in the model's words and reason code.
class LiveExplainNote final
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::LiveExplainNote)

public:
    // Empty for a sandbox org, or an item that is no tracked email.
    static QString forItem(OrgStore &store, const QString &itemId);
};

} // namespace SyncLens
