#include "reportfindings.h"

#include "reportrules.h"

#include <functional>

namespace SyncLens {

namespace {

using FilterTest = std::function<bool(const PolicyReport::FilterScope &)>;

// The users and "filter (user)" entries whose filters pass `test`.
std::pair<QStringList, QStringList> concerned(const PolicyReport &r, const FilterTest &test)
{
    QStringList users;
    QStringList filters;
    for (const auto &u : r.users) {
        for (const auto &f : u.filters) {
            if (!test(f))
                continue;
            if (!users.contains(u.user.name))
                users.append(u.user.name);
            filters.append(ReportFindings::tr("%1 (%2)").arg(f.name, u.user.name));
        }
    }
    return {users, filters};
}

} // namespace

QList<PolicyReport::Finding> ReportFindings::find(const PolicyReport &report,
                                                  const OrgSettings &settings)
{
    QList<PolicyReport::Finding> out;
    pastMeetings(report, out);
    allEmail(report, out);
    awaitingApproval(report, out);
    smartMatching(settings, out);
    deletes(settings, out);
    notTemplates(report, out);
    selectNothing(report, out);
    return out;
}

void ReportFindings::pastMeetings(const PolicyReport &r, QList<PolicyReport::Finding> &out)
{
    auto [users, filters] = concerned(
        r, [](const auto &f) { return f.enabled && f.leavesOutPastMeetings && f.ownLeftOut > 0; });
    if (filters.isEmpty())
        return;
    out.append({tr("Filters leave out past meetings"),
                tr("Meetings that are over leave these filters. Their Outlook copies stay but "
                   "no longer receive CRM's changes, and an edit of one in Outlook overwrites "
                   "the CRM record."),
                tr("Keep past meetings in the filter (a start date with no lower bound), or "
                   "tell the users that Outlook edits of old meetings change CRM."),
                users, filters});
}

void ReportFindings::allEmail(const PolicyReport &r, QList<PolicyReport::Finding> &out)
{
    QStringList users;
    for (const auto &u : r.users) {
        if (u.user.emailFiltering == EmailFiltering::All)
            users.append(u.user.name);
    }
    if (users.isEmpty())
        return;
    out.append({tr("Users track all email"),
                tr("Every incoming email of these users is tracked in CRM, private mail "
                   "included, and visible to everyone who can read those records."),
                tr("Set their email filtering to replies to CRM email or to email from CRM "
                   "records (Personal options ▸ Email ▸ Select the email messages to track)."),
                users,
                {}});
}

void ReportFindings::awaitingApproval(const PolicyReport &r, QList<PolicyReport::Finding> &out)
{
    QStringList users;
    for (const auto &u : r.users) {
        if (u.mailbox && !u.mailbox->mailbox.approved)
            users.append(u.user.name);
    }
    if (users.isEmpty())
        return;
    out.append({tr("Mailboxes await approval"),
                tr("Nothing synchronises for these users: no email is tracked and no "
                   "appointment, contact or task reaches their Outlook."),
                tr("Approve the email addresses of these mailboxes (Mailbox ▸ Approve Email), "
                   "then Test & Enable them."),
                users,
                {}});
}

void ReportFindings::smartMatching(const OrgSettings &s, QList<PolicyReport::Finding> &out)
{
    const auto &m = s.smartMatching;
    if (!m.enabled || (m.minAddressCount >= 2 && m.deltaSubjectCount == 0 &&
                       m.maxRecipientCount <= OrgSettings::SmartMatching{}.maxRecipientCount))
        return;
    out.append({tr("Smart matching with loose thresholds"),
                tr("Smart matching tracks an email that only resembles a tracked one (%1 "
                   "shared addresses, %2 words of the subject may differ, up to %3 "
                   "recipients): unrelated emails end up on CRM records.")
                    .arg(m.minAddressCount)
                    .arg(m.deltaSubjectCount)
                    .arg(m.maxRecipientCount),
                tr("Use tracking tokens and correlation instead, or tighten the thresholds "
                   "(at least 2 addresses, no subject difference)."),
                {},
                {}});
}

void ReportFindings::deletes(const OrgSettings &s, QList<PolicyReport::Finding> &out)
{
    QStringList types;
    for (const QString &type :
         {QStringLiteral("appointment"), QStringLiteral("task"), QStringLiteral("contact")}) {
        if (s.sync.exchangeDelete.forType(type) != ExchangeDeleteAction::Untrack)
            types.append(ReportRules::typePlural(type));
    }
    if (s.sync.outOfScope == OutOfScopeAction::Delete)
        types.append(tr("records that leave a filter (removed from Outlook)"));
    if (types.isEmpty())
        return;
    out.append({tr("Deletes propagate"),
                tr("A delete on one side removes the record on the other: %1. Users who tidy "
                   "their Outlook can delete CRM data.")
                    .arg(types.join(tr(", "))),
                tr("Explain the rule in training, or set sync.exchangeDelete to untrack for "
                   "the types where CRM must keep its records."),
                {},
                {}});
}

void ReportFindings::notTemplates(const PolicyReport &r, QList<PolicyReport::Finding> &out)
{
    auto [users, filters] =
        concerned(r, [](const auto &f) { return f.enabled && f.readable && !f.fromTemplate; });
    if (filters.isEmpty())
        return;
    out.append({tr("Filters differ from the org's templates"),
                tr("These users synchronise other records than their colleagues: what one "
                   "sees in Outlook another may not."),
                tr("Compare each filter with the template of its type and reset the ones "
                   "nobody chose on purpose."),
                users, filters});
}

void ReportFindings::selectNothing(const PolicyReport &r, QList<PolicyReport::Finding> &out)
{
    auto [users, filters] =
        concerned(r, [](const auto &f) { return f.enabled && (!f.readable || f.inScope == 0); });
    if (filters.isEmpty())
        return;
    out.append({tr("Filters select nothing"),
                tr("These filters put no record in scope now: they synchronise nothing to "
                   "Outlook."),
                tr("Check the conditions with the filter designer's preview, or remove the "
                   "filter."),
                users, filters});
}

} // namespace SyncLens
