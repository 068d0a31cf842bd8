#pragma once

#include "rememberedconnections.h"

#include <QDateTime>
#include <QString>
#include <QUrl>

namespace SyncLens {

class OrgStore;

// What an org file says of where it came from: a sandbox, or a live org
// read from a URL at a time, signed in a way (never a secret: those stay in
// the OS keychain).
struct LiveOrgInfo
{
    QString path;
    bool live = false;
    QUrl url;
    QDateTime readAt;                // UTC
    RememberedConnection connection; // how to sign in again

    static LiveOrgInfo read(OrgStore &store);
    // How to sign in again as `settings` say (defaults left empty, as the
    // Connect dialog shows them).
    static RememberedConnection rememberedOf(const SignInSettings &settings, SignInMethod method);
};

} // namespace SyncLens
