#pragma once

#include "fetchxml/snapshotset.h"
#include "model/result.h"
#include "model/syncfilter.h"
#include "model/team.h"
#include "model/user.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>

namespace SyncLens {

class OrgStore;

// SyncLens's side of the live check (LiveFilterCheckJob): what the engine
// selects for a filter and its user from the records of a live org file, as
// `filter preview` evaluates (core/fetchxml, the user's time zone and teams,
// the file's clock or now), and why it did not select a record.
class LiveFilterEngineSide
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::LiveFilterEngineSide)

public:
    static Result<LiveFilterEngineSide> load(OrgStore &store, const QList<SyncFilter> &filters);

    // The ids of the records `filter` selects for filter.userId.
    Result<QSet<QString>> select(const SyncFilter &filter) const;
    // Why the engine does not select `recordId`: the first condition it fails,
    // or that the file does not have the record.
    QString whyNot(const SyncFilter &filter, const QString &recordId) const;

private:
    SnapshotSet m_snapshots;
    QHash<QString, User> m_users;
    QList<Team> m_teams;
    QDateTime m_now;
};

} // namespace SyncLens
