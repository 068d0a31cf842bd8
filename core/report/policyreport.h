#pragma once

#include "model/alert.h"
#include "model/mailbox.h"
#include "model/reasoncode.h"
#include "model/user.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace SyncLens {

// The health of one mailbox as the report counts it (issue 18, health).
enum class ReportMailboxState
{
    Healthy,
    NotRun,
    Failing,
    Disabled,
    AwaitingApproval
};

// The sync policy report as plain data (issue 18): what reportgatherer and
// friends fill in, and what the HTML and PDF writers render. Every text here
// is already a translated sentence; the writers only lay it out.
struct PolicyReport
{
    // One org rule: the sentence the explainer would say, and the setting.
    struct Rule
    {
        QString topic;   // "Tracking tokens", …
        QString setting; // "tracking.prefix, tracking.digits"
        QString sentence;
    };

    // One sync filter of one user and what it does now.
    struct FilterScope
    {
        QString id;
        QString name;
        QString type;
        bool enabled = true;
        bool readable = true; // false: its FetchXML could not be read
        QString sentence;
        qint64 inScope = 0;    // records it puts in scope now
        qint64 ownLeftOut = 0; // the user's own records of its type it leaves out
        bool leavesOutPastMeetings = false;
        bool fromTemplate = false; // the same query as one of FilterTemplates
    };

    struct MailboxInfo
    {
        Mailbox mailbox;
        ReportMailboxState state = ReportMailboxState::Healthy;
        QStringList channels; // "Incoming email: Server-Side Sync", …
        QString lastAlert;    // the sentence of its latest alert (empty: none)
        QDateTime lastAlertTime;
    };

    struct UserSection
    {
        User user;
        QString emailFiltering; // in words
        QList<FilterScope> filters;
        std::optional<MailboxInfo> mailbox;
    };

    struct Finding
    {
        QString title;
        QString consequence;
        QString fix;
        QStringList users;   // names
        QStringList filters; // "name (user)"
    };

    QString orgName;
    QString source; // "sandbox" or "live"
    QDateTime generated;
    QDateTime orgClock;         // the org's "now" (the sandbox clock, or the real time)
    QString language;           // en, de, fr
    bool selectedUsers = false; // --user narrowed the users shown

    QList<Rule> rules;
    QList<UserSection> users;
    QMap<ReportMailboxState, int> mailboxesByState;
    QList<MailboxInfo> problemMailboxes; // failing and disabled, with their last alert
    QMap<AlertSeverity, int> alertsLast7Days;
    // Decisions per day and reason code, over the last days with any.
    QMap<QDate, QMap<ReasonCode, qint64>> decisionsByDay;
    QList<Finding> findings;

    int mailboxCount() const;
    int filterCount() const;
};

QString reportMailboxStateText(ReportMailboxState state);

} // namespace SyncLens
