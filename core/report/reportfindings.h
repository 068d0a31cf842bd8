#pragma once

#include "model/orgsettings.h"
#include "policyreport.h"

#include <QCoreApplication>

namespace SyncLens {

// The rules whose consequences surprise people (issue 18, findings), each
// with its consequence, a fix, and the users and filters it concerns.
class ReportFindings
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::ReportFindings)

public:
    static QList<PolicyReport::Finding> find(const PolicyReport &report,
                                             const OrgSettings &settings);

private:
    static void pastMeetings(const PolicyReport &r, QList<PolicyReport::Finding> &out);
    static void allEmail(const PolicyReport &r, QList<PolicyReport::Finding> &out);
    static void awaitingApproval(const PolicyReport &r, QList<PolicyReport::Finding> &out);
    static void smartMatching(const OrgSettings &s, QList<PolicyReport::Finding> &out);
    static void deletes(const OrgSettings &s, QList<PolicyReport::Finding> &out);
    static void notTemplates(const PolicyReport &r, QList<PolicyReport::Finding> &out);
    static void selectNothing(const PolicyReport &r, QList<PolicyReport::Finding> &out);
};

} // namespace SyncLens
