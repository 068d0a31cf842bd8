#pragma once

#include "live/liveimportjob.h"

#include <QString>

namespace SyncLens::Cli {

// How `live import` and `live refresh` sign in and read: finds the client
// secret (SYNCLENS_CLIENT_SECRET, else the keychain entry `live login`
// saved under CredentialStore::keyFor(URL, CLIENT_ID)), runs the import job
// on the application's event loop, prints progress on stderr and returns
// the exit status (0, 2 bad input, 3 the org or the network refused).
struct LiveImportRequest
{
    QString url;
    QString target;
    QString tenant;
    QString clientId;
    QString authority = QStringLiteral("https://login.microsoftonline.com");
    QString auth;
    int days = 14;
    QDateTime changedSince; // a refresh: read what changed since (invalid: everything)
};

int runLiveImport(const LiveImportRequest &request);

} // namespace SyncLens::Cli
