#pragma once

#include "model/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QUrl>

namespace SyncLens {

class OrgStore;

// Where a live org file came from and how it was read: the `live.*` values
// an import writes beside the rows (never a secret). The CLI's `live
// refresh` and the window's Refresh both read them here, so that they agree
// on what a refresh reads.
struct LiveOrigin
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::LiveOrigin)

public:
    QUrl url;
    QString tenant;
    QString clientId;
    QString authority;
    QString auth;     // browser, device-code or client-secret
    int days = 14;    // tracked email of the last N days
    QDateTime readAt; // UTC; invalid when unknown

    // The origin of the org in `store`; an error naming the file when it is
    // not a live org (a sandbox, or a file of an older SyncLens).
    static Result<LiveOrigin> read(OrgStore &store);

    // Where a refresh of the org at `orgUrl` starts: the last read's time when
    // this file was read from that org (only what changed since is read
    // again), else an invalid time (everything is read).
    QDateTime refreshSince(const QUrl &orgUrl) const;
};

} // namespace SyncLens
