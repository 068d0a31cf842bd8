#pragma once

#include "fetchxml/fetchquery.h"
#include "model/result.h"
#include "model/syncfilter.h"
#include "model/team.h"
#include "model/user.h"
#include "policyreport.h"
#include "sync/scopecache.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#include <atomic>

namespace SyncLens {

class OrgStore;

// Each user's sync filters as sentences, with what they select now: the
// records in scope and the user's own records left out. It counts with the
// engine's own evaluation (ScopeCache's snapshots, CompiledFilter), as a
// cycle at the org's clock would.
class ReportScope
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::ReportScope)

public:
    // Reads the filters and the snapshots their conditions need.
    Result<void> load(OrgStore &store, const QDateTime &now);
    // The filters of `user`, in type and name order.
    Result<QList<PolicyReport::FilterScope>> filtersOf(const User &user) const;

    // Whether a filter leaves out meetings that are over: a condition on the
    // start or end that only keeps dates from some point on.
    static bool cutsOffPastMeetings(const FetchQuery &query);

private:
    PolicyReport::FilterScope describe(const SyncFilter &filter, const User &user) const;
    void count(PolicyReport::FilterScope &out, const FetchQuery &query, const User &user) const;

    QList<SyncFilter> m_filters;
    QHash<QString, FetchQuery> m_parsed; // filter id → query (readable ones)
    QHash<QString, QString> m_userNames;
    QList<Team> m_teams;
    QDateTime m_now;
    ScopeCache m_cache;
};

} // namespace SyncLens
