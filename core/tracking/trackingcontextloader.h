#pragma once

#include "emailtracker.h"
#include "model/result.h"
#include "model/user.h"
#include "senderdirectory.h"

#include <QCoreApplication>

namespace SyncLens {

class OrgReader;

// What the rules read about a mailbox, from the store: its user's email
// filtering method, its tracked folders, who senders are and which
// addresses are users'.
//
// Tracked folders live in the org's meta value "trackedFolders", a JSON
// object {mailbox id: {folder: regarding id}}; sandbox orgs have none.
class TrackingContextLoader
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::TrackingContextLoader)

public:
    struct Loaded
    {
        User user;
        TrackingContext context;
    };

    static inline const QString TrackedFoldersKey = QStringLiteral("trackedFolders");

    // `senders` must outlive the context (its findSender looks there).
    static Result<Loaded> load(OrgReader &store, const QString &mailboxId,
                               const SenderDirectory &senders);
    static Result<QHash<QString, QString>> trackedFolders(OrgReader &store,
                                                          const QString &mailboxId);
};

} // namespace SyncLens
