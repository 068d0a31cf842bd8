#pragma once

#include "model/result.h"
#include "policyreport.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace SyncLens {

class OrgStore;
class ReportScope;

// Collects the policy report of an org (issue 18) from its store: rules,
// users with their filters and mailboxes, health, findings. Reads only.
class ReportGatherer
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::ReportGatherer)

public:
    struct Options
    {
        QStringList users; // ids, addresses or names; empty: every user
        QString language = QStringLiteral("en");
    };
    // Called after each step with (done, total); returning false cancels
    // (the gather then fails with Error::Code::Cancelled).
    using Progress = std::function<bool(int done, int total)>;

    static Result<PolicyReport> gather(OrgStore &store, const Options &options,
                                       const Progress &progress = {});

    static ReportMailboxState stateOf(const Mailbox &mailbox);
    static QString emailFilteringText(EmailFiltering filtering);
    static QStringList channelTexts(const Mailbox &mailbox);

private:
    static Result<QList<User>> selectUsers(OrgStore &store, const QStringList &wanted);
    static Result<void> gatherHealth(OrgStore &store, PolicyReport &report,
                                     const QList<Mailbox> &mailboxes);
    static Result<PolicyReport::MailboxInfo> mailboxInfo(OrgStore &store, const Mailbox &mailbox);
};

} // namespace SyncLens
