#include "reportgatherer.h"

#include "reportfindings.h"
#include "reportrules.h"
#include "reportscope.h"
#include "store/orgstore.h"
#include "sync/mailboxhealth.h"

namespace SyncLens {

namespace {

constexpr int kAlertDays = 7;
constexpr int kDecisionDays = 14;

Error cancelled()
{
    return makeError(Error::Code::Cancelled, ReportGatherer::tr("The report was cancelled."));
}

QDateTime orgClock(OrgStore &store)
{
    const auto clock = store.metaValue(QStringLiteral("clock"));
    const QDateTime now =
        clock ? QDateTime::fromString(*clock, Qt::ISODate) : QDateTime::currentDateTimeUtc();
    return now.isValid() ? now.toUTC() : QDateTime::currentDateTimeUtc();
}

} // namespace

ReportMailboxState ReportGatherer::stateOf(const Mailbox &mailbox)
{
    if (!mailbox.approved)
        return ReportMailboxState::AwaitingApproval;
    if (!mailbox.disabledChannels().isEmpty())
        return ReportMailboxState::Disabled;
    if (mailbox.isFailing())
        return ReportMailboxState::Failing;
    if (!mailbox.lastCycle.isValid())
        return ReportMailboxState::NotRun;
    return ReportMailboxState::Healthy;
}

QString ReportGatherer::emailFilteringText(EmailFiltering filtering)
{
    switch (filtering) {
    case EmailFiltering::All:
        return tr("Every incoming email is tracked in CRM (All email messages).");
    case EmailFiltering::Responses:
        return tr("Only replies to emails tracked in CRM are tracked (Email messages in "
                  "response to Dynamics 365 email).");
    case EmailFiltering::Records:
        return tr("Emails from senders who are CRM records (leads, contacts, accounts) are "
                  "tracked, and replies to tracked emails (Email messages from Dynamics 365 "
                  "leads, contacts and accounts).");
    case EmailFiltering::EmailEnabled:
        return tr("Emails from CRM records whose type is enabled for email are tracked, and "
                  "replies to tracked emails (Email messages from Dynamics 365 records that "
                  "are email enabled).");
    case EmailFiltering::None:
        return tr("No incoming email is tracked automatically (No email messages).");
    }
    return {};
}

QStringList ReportGatherer::channelTexts(const Mailbox &mailbox)
{
    QStringList out;
    for (MailboxChannel c : allMailboxChannels()) {
        const QString mode =
            mailbox.mode(c) == ChannelMode::Sss ? tr("Server-Side Sync") : tr("not synchronised");
        out.append(tr("%1: %2").arg(MailboxHealth::channelLabel(c), mode));
    }
    return out;
}

Result<QList<User>> ReportGatherer::selectUsers(OrgStore &store, const QStringList &wanted)
{
    auto users = store.users();
    if (!users || wanted.isEmpty())
        return users;
    QList<User> chosen;
    for (const QString &w : wanted) {
        const auto it = std::find_if(users->cbegin(), users->cend(), [&](const User &u) {
            return u.id == w || u.email.compare(w, Qt::CaseInsensitive) == 0 ||
                   u.name.compare(w, Qt::CaseInsensitive) == 0;
        });
        if (it == users->cend())
            return makeError(Error::Code::InvalidArgument,
                             tr("%1 has no user \"%2\"").arg(store.path(), w));
        if (!chosen.contains(*it))
            chosen.append(*it);
    }
    return chosen;
}

Result<PolicyReport::MailboxInfo> ReportGatherer::mailboxInfo(OrgStore &store,
                                                              const Mailbox &mailbox)
{
    PolicyReport::MailboxInfo info{mailbox, stateOf(mailbox), channelTexts(mailbox)};
    const auto alerts = store.alerts(mailbox.id);
    if (!alerts)
        return alerts.error();
    if (!alerts->isEmpty()) {
        info.lastAlert = MailboxHealth::message(alerts->last());
        info.lastAlertTime = alerts->last().time;
    }
    return info;
}

Result<void> ReportGatherer::gatherHealth(OrgStore &store, PolicyReport &report,
                                          const QList<Mailbox> &mailboxes)
{
    for (const Mailbox &m : mailboxes) {
        const ReportMailboxState state = stateOf(m);
        report.mailboxesByState[state] += 1;
        if (state != ReportMailboxState::Failing && state != ReportMailboxState::Disabled)
            continue;
        auto info = mailboxInfo(store, m);
        if (!info)
            return info.error();
        report.problemMailboxes.append(*info);
    }
    const QDateTime end = report.orgClock.addMSecs(1);
    auto alerts = store.alertCountsBySeverity(report.orgClock.addDays(-kAlertDays), end);
    if (!alerts)
        return alerts.error();
    report.alertsLast7Days = *alerts;
    const QDateTime firstDay(report.orgClock.date().addDays(1 - kDecisionDays), QTime(0, 0),
                             Qt::UTC);
    auto days = store.journalCountsByDay(firstDay, end);
    if (!days)
        return days.error();
    report.decisionsByDay = *days;
    return {};
}

Result<PolicyReport> ReportGatherer::gather(OrgStore &store, const Options &options,
                                            const Progress &progress)
{
    PolicyReport report;
    report.language = options.language;
    report.generated = QDateTime::currentDateTimeUtc();
    report.orgClock = orgClock(store);
    report.selectedUsers = !options.users.isEmpty();
    auto name = store.orgName();
    auto source = store.source();
    auto settings = store.orgSettings();
    auto mailboxes = store.mailboxes();
    auto users = selectUsers(store, options.users);
    for (const Error *e :
         {name ? nullptr : &name.error(), source ? nullptr : &source.error(),
          settings ? nullptr : &settings.error(), mailboxes ? nullptr : &mailboxes.error(),
          users ? nullptr : &users.error()}) {
        if (e)
            return *e;
    }
    report.orgName = *name;
    report.source = *source;
    report.rules = ReportRules::describe(*settings);
    const int total = int(users->size()) + 2;
    if (progress && !progress(0, total))
        return cancelled();
    ReportScope scope;
    if (auto r = scope.load(store, report.orgClock); !r)
        return r.error();
    if (progress && !progress(1, total))
        return cancelled();
    for (const User &u : *users) {
        PolicyReport::UserSection section{u, emailFilteringText(u.emailFiltering)};
        auto filters = scope.filtersOf(u);
        if (!filters)
            return filters.error();
        section.filters = *filters;
        for (const Mailbox &m : *mailboxes) {
            if (m.userId != u.id)
                continue;
            auto info = mailboxInfo(store, m);
            if (!info)
                return info.error();
            section.mailbox = *info;
        }
        report.users.append(section);
        if (progress && !progress(int(report.users.size()) + 1, total))
            return cancelled();
    }
    if (auto r = gatherHealth(store, report, *mailboxes); !r)
        return r.error();
    report.findings = ReportFindings::find(report, *settings);
    if (progress && !progress(total, total))
        return cancelled();
    return report;
}

} // namespace SyncLens
