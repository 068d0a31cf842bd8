// Explainer: one sentence per reason code, and what would change the outcome.
#include "explainer.h"
#include "fetchxml/fieldcatalog.h"
#include "model/reasoncode.h"
#include "sync/mailboxhealth.h"

#include <QJsonArray>

namespace SyncLens {

namespace {
QString factText(const QJsonObject &facts, const char *key)
{
    return facts.value(QLatin1String(key)).toString();
}
} // namespace

QString Explainer::sentence(const JournalEntry &e)
{
    switch (e.code) {
    case ReasonCode::MailboxNotApproved:
    case ReasonCode::MailboxDisabledAuth:
    case ReasonCode::TransientFailure:
    case ReasonCode::MailboxDisabledTransient:
    case ReasonCode::Recovered:
        return healthSentence(e);
    case ReasonCode::DuplicateSuppressed:
    case ReasonCode::ManualTrack:
    case ReasonCode::TrackedFolder:
    case ReasonCode::InReplyTo:
    case ReasonCode::Token:
    case ReasonCode::Conversation:
    case ReasonCode::SmartMatch:
    case ReasonCode::AllEmail:
    case ReasonCode::FromRecord:
    case ReasonCode::FromEmailEnabled:
    case ReasonCode::NotTrackedNoSignal:
    case ReasonCode::NotTrackedNoRecord:
    case ReasonCode::NotTrackedFilteringNone:
    case ReasonCode::NotTrackedFolder:
    case ReasonCode::NotTrackedNoRecipient:
    case ReasonCode::Sent:
    case ReasonCode::SendFailedMailbox:
        return emailSentence(e);
    default:
        return scopeSentence(e);
    }
}

QString Explainer::healthSentence(const JournalEntry &e)
{
    const QString who = mailboxOwner(e.mailboxId);
    // Rendered now, in the current language, from the code and facts.
    return tr("%1's mailbox: %2").arg(who, MailboxHealth::message(e.code, e.facts));
}

QString Explainer::scopeSentence(const JournalEntry &e)
{
    const QJsonObject &f = e.facts;
    const QString who = mailboxOwner(e.mailboxId);
    m_describer.setTimeZone(who, factText(f, "timeZone")); // days of calendar-based conditions
    const QString type = factText(f, "type");
    const QString fields = fieldChanges(f.value(QStringLiteral("fields")).toArray(), type);
    switch (e.code) {
    case ReasonCode::OutCreate:
        return f.contains(QStringLiteral("filterName"))
                   ? tr("Copied to %1's Outlook because it matches the sync filter “%2”.")
                         .arg(who, factText(f, "filterName"))
                   : tr("Copied to %1's Outlook.").arg(who);
    case ReasonCode::OutUpdate:
        return tr("CRM changes were sent to %1's Outlook: %2.").arg(who, fields);
    case ReasonCode::LeftScope:
        return tr("Left %1's sync filters: %2. The copy stays in Outlook but no longer receives "
                  "CRM changes, and edits made to it in Outlook still change CRM.")
            .arg(who, excludingConditions(f, type));
    case ReasonCode::LeftScopeDeleted:
        return tr("Left %1's sync filters: %2. The org removes copies that leave scope, so it was "
                  "deleted from Outlook.")
            .arg(who, excludingConditions(f, type));
    case ReasonCode::OutSkippedOutOfScope: {
        QStringList unsent;
        for (const QJsonValue u : f.value(QStringLiteral("unsent")).toArray()) {
            const QJsonObject o = u.toObject();
            unsent.append(tr("%1 %2 (Outlook still shows %3)")
                              .arg(FieldCatalog::standard().displayName(type, factText(o, "field")),
                                   value(o.value(QStringLiteral("crm"))),
                                   value(o.value(QStringLiteral("exchange")))));
        }
        return tr("A CRM change was not sent to %1's Outlook: %2. The record is outside their "
                  "sync filters: %3.")
            .arg(who, unsent.join(tr(", ")), excludingConditions(f, type));
    }
    case ReasonCode::NotInScope:
        return tr("Not copied to %1's Outlook: %2.").arg(who, excludingConditions(f, type));
    case ReasonCode::CrmDelete:
        return tr("Deleted in CRM, so its copy was removed from %1's Outlook.").arg(who);
    case ReasonCode::InCreate:
        return f.contains(QStringLiteral("regarding"))
                   ? tr("%1 tracked it in Outlook, so it was created in CRM, owned by %1 and "
                        "regarding %2.")
                         .arg(who, recordTitle(factText(f, "regarding")))
                   : tr("%1 tracked it in Outlook, so it was created in CRM, owned by %1.")
                         .arg(who);
    case ReasonCode::InNotTracked:
        return tr("Created in %1's Outlook but not tracked, so it stays in Outlook only and is "
                  "not on the CRM timeline.")
            .arg(who);
    case ReasonCode::InUpdate:
        return tr("An edit in %1's Outlook changed CRM: %2.").arg(who, fields);
    case ReasonCode::InOverwriteOutOfScope:
        return tr("An edit in %1's Outlook overwrote CRM: %2. The record is outside %1's sync "
                  "filters, so the CRM change had never reached Outlook, and Outlook's older value "
                  "won.")
            .arg(who, fields);
    case ReasonCode::ConflictExchangeWon:
        return tr("Changed in both CRM and %1's Outlook since the last cycle; the Outlook edit was "
                  "the later one (or they were at the same time), so it won: %2.")
            .arg(who, fields);
    case ReasonCode::ConflictCrmWon:
        return tr("Changed in both CRM and %1's Outlook since the last cycle; the CRM edit was the "
                  "later one, so it won and was copied to Outlook: %2.")
            .arg(who, fields);
    case ReasonCode::ExchangeDeleteUntracked:
    case ReasonCode::ExchangeDeletePropagated:
    case ReasonCode::CrmDeleteKept:
    case ReasonCode::BackInScope:
        return deleteSentence(e);
    default:
        return reasonCodeName(e.code);
    }
}

QStringList Explainer::advice(const JournalEntry &latest)
{
    const QJsonObject &f = latest.facts;
    const QString who = mailboxOwner(latest.mailboxId);
    switch (latest.code) {
    case ReasonCode::NotInScope:
    case ReasonCode::LeftScope:
    case ReasonCode::LeftScopeDeleted:
    case ReasonCode::OutSkippedOutOfScope: {
        QStringList advice;
        if (f.value(QStringLiteral("noFilter")).toBool())
            advice.append(tr("Give %1 a sync filter for this type of record.").arg(who));
        else
            advice.append(tr("Widen %1's filter %2 so that it includes this record.")
                              .arg(who, filterNames(f)));
        if (latest.code == ReasonCode::LeftScope || latest.code == ReasonCode::OutSkippedOutOfScope)
            advice.append(tr("Or set out-of-scope records to be removed from Outlook, so that a "
                             "stale copy cannot overwrite CRM."));
        return advice;
    }
    case ReasonCode::InOverwriteOutOfScope:
        return {tr("Enter the lost CRM value again."),
                tr("Bring the record back into %1's filters, delete the stale copy in Outlook, or "
                   "set out-of-scope records to be removed from Outlook.")
                    .arg(who)};
    case ReasonCode::ConflictExchangeWon:
        return {tr("If the CRM value was the right one, enter it again; it reaches Outlook at "
                   "the next cycle.")};
    case ReasonCode::InNotTracked:
        return {tr("Track it in Outlook (Track, with a regarding record) to bring it into CRM.")};
    case ReasonCode::ExchangeDeleteUntracked:
    case ReasonCode::ExchangeDeletePropagated:
    case ReasonCode::CrmDeleteKept:
    case ReasonCode::BackInScope:
        return deleteAdvice(latest);
    case ReasonCode::CrmDelete:
        return {tr("Restore the record in CRM to have it in Outlook again.")};
    case ReasonCode::MailboxNotApproved:
        return {tr("Approve %1's mailbox.").arg(who)};
    case ReasonCode::MailboxDisabledAuth:
    case ReasonCode::MailboxDisabledTransient:
        return {tr("Fix the cause, then run Test & Enable on %1's mailbox.").arg(who)};
    case ReasonCode::SendFailedMailbox:
        return {tr("Enable, approve or set outgoing email to Server-Side Synchronization on the "
                   "sender's mailbox; the email goes at the next cycle after that.")};
    default:
        return emailAdvice(latest);
    }
}

} // namespace SyncLens
