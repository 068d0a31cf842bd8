#include "trackingexplainer.h"

namespace SyncLens {

QString TrackingExplainer::explain(const TrackingDecision &d, const QString &user)
{
    if (d.code == ReasonCode::DuplicateSuppressed) {
        if (d.facts.correlatedSubject.isEmpty())
            return tr("Not tracked again: the message %1 is already in CRM, so no second CRM "
                      "email is made.")
                .arg(d.correlatedWith);
        return tr("Not tracked again: the message %1 is already in CRM as %2, so no second CRM "
                  "email is made.")
            .arg(d.correlatedWith, quoted(d.facts.correlatedSubject));
    }
    return d.isTracked() ? tracked(d, user) : notTracked(d, user);
}

QString TrackingExplainer::tracked(const TrackingDecision &d, const QString &user)
{
    const QString sender = d.facts.sender;
    const QString senderRecord = record(d.facts.senderRecordType, d.facts.senderRecordName.isEmpty()
                                                                      ? d.facts.senderRecordId
                                                                      : d.facts.senderRecordName);
    switch (d.code) {
    case ReasonCode::ManualTrack:
        return tr("Tracked because %1 tracked it in Outlook; %2.").arg(user, regarding(d));
    case ReasonCode::TrackedFolder:
        //: %1 user, %2 folder, %3 "regarding …"
        return tr("Tracked because it arrived in %1's tracked folder '%2'; %3.")
            .arg(user, d.facts.folder, regarding(d));
    case ReasonCode::AllEmail:
        return tr("Tracked because %1 tracks all incoming email; it answers no email in CRM, so "
                  "it has no regarding record.")
            .arg(user);
    case ReasonCode::FromRecord:
        //: %3 is a record, e.g. "the contact Dan Park"
        return tr("Tracked because %1 tracks email from contacts, leads and accounts, and the "
                  "sender %2 is %3.")
            .arg(user, sender, senderRecord);
    case ReasonCode::FromEmailEnabled:
        return tr("Tracked because %1 tracks email from any email-enabled record, and the sender "
                  "%2 is %3.")
            .arg(user, sender, senderRecord);
    default:
        return correlated(d);
    }
}

// E3–E6: tracked because it belongs with an email in CRM.
QString TrackingExplainer::correlated(const TrackingDecision &d)
{
    const auto &f = d.facts;
    const QString with = quoted(f.correlatedSubject);
    if (d.code == ReasonCode::InReplyTo) {
        //: %1 a subject, %2 "regarding …"
        QString text = tr("Tracked because it replies to %1, an email in CRM: its In-Reply-To "
                          "header names that email; %2.")
                           .arg(with, regarding(d));
        if (!f.passedToken.isEmpty())
            //: %1 a tracking token, %2 a subject
            text += u' ' + tr("Its subject also holds the tracking token %1 of %2, but "
                              "In-Reply-To is tried before the token.")
                               .arg(f.passedToken, quoted(f.passedTokenSubject));
        return text;
    }
    if (d.code == ReasonCode::Token) {
        QString text = tr("Tracked by its tracking token %1, which belongs to %2; %3.")
                           .arg(f.tokenUsed, with, regarding(d));
        if (f.tokensFound.size() > 1)
            text += u' ' + tr("Its subject holds %1 tokens (%2); the first that belongs to an "
                              "email in CRM counts.")
                               .arg(QString::number(f.tokensFound.size()),
                                    f.tokensFound.join(QStringLiteral(", ")));
        return text;
    }
    if (d.code == ReasonCode::Conversation) {
        // Journals written before In-Reply-To was a rule of its own (E3)
        // may name a header here.
        if (f.matchedHeader == u"In-Reply-To")
            return tr("Tracked as part of a conversation: it replies to %1 (In-Reply-To), an "
                      "email in CRM; %2.")
                .arg(with, regarding(d));
        if (f.matchedHeader == u"References")
            return tr("Tracked as part of a conversation: its References header names %1, an "
                      "email in CRM; %2.")
                .arg(with, regarding(d));
        return tr("Tracked as part of a conversation: its conversation index continues that of "
                  "%1, an email in CRM; %2.")
            .arg(with, regarding(d));
    }
    const QString words = f.wordsDiffering <= 0 ? tr("the same words")
                                                : tr("differing words: %1, at most %2")
                                                      .arg(QString::number(f.wordsDiffering),
                                                           QString::number(f.deltaSubjectCount));
    //: smart matching; %3 e.g. "2 addresses", %5 the addresses, %6 "regarding …"
    return tr("Tracked by smart matching: its subject matches %1 (%2) and it shares %3 with it "
              "(%4 needed): %5; %6.")
        .arg(with, words, addresses(int(f.sharedAddresses.size())),
             QString::number(f.minAddressCount), f.sharedAddresses.join(QStringLiteral(", ")),
             regarding(d));
}

QString TrackingExplainer::notTracked(const TrackingDecision &d, const QString &user)
{
    if (d.code == ReasonCode::NotTrackedFolder || d.code == ReasonCode::NotTrackedNoRecipient)
        return notRead(d, user);
    const auto &f = d.facts;
    const QString signals = joined(missingSignals(f));
    if (d.code == ReasonCode::NotTrackedFilteringNone) {
        QString text = tr("Not tracked: %1 tracks no email automatically (email filtering is set "
                          "to none); only emails %1 tracks in Outlook or that arrive in a tracked "
                          "folder go to CRM.")
                           .arg(user);
        if (!f.tokensFound.isEmpty())
            text += u' ' + tr("Even its tracking token %1 is not used.")
                               .arg(f.tokensFound.join(QStringLiteral(", ")));
        return text;
    }
    if (d.code == ReasonCode::NotTrackedNoRecord) {
        const QString who = f.senderRecordId.isEmpty()
                                ? tr("is none of them")
                                : tr("is %1, which does not count")
                                      .arg(record(f.senderRecordType, f.senderRecordName.isEmpty()
                                                                          ? f.senderRecordId
                                                                          : f.senderRecordName));
        if (f.emailFiltering == u"emailEnabled")
            return tr("Not tracked: %1 tracks email from email-enabled records (contacts, leads, "
                      "accounts, users, queues), and the sender %2 %3; this message also %4.")
                .arg(user, f.sender, who, signals);
        return tr("Not tracked: %1 tracks email from contacts, leads and accounts, and the sender "
                  "%2 %3; this message also %4.")
            .arg(user, f.sender, who, signals);
    }
    return tr("Not tracked: %1 tracks only replies to CRM email, and this message %2.")
        .arg(user, signals);
}

// The two gates before E3: automatic tracking reads only the Inbox, and
// only mail with a user of the org in To or Cc.
QString TrackingExplainer::notRead(const TrackingDecision &d, const QString &user)
{
    const auto &f = d.facts;
    QString text;
    if (d.code == ReasonCode::NotTrackedFolder) {
        //: %1 user, %2 folder
        text = tr("Not tracked: it is in %1's folder '%2', not in the Inbox, and '%2' is not a "
                  "tracked folder. Server-Side Synchronization tracks email automatically only in "
                  "the Inbox; an Outlook rule may have moved it.")
                   .arg(user, f.folder);
    } else if (f.recipientAddresses.isEmpty()) {
        text = tr("Not tracked: it has no To or Cc address, so %1 received it as a Bcc copy. "
                  "Server-Side Synchronization tracks email automatically only when a user of "
                  "the org is in To or Cc.")
                   .arg(user);
    } else if (f.recipientAddresses.size() == 1) {
        //: %1 an address, e.g. "sales@contoso.com", %2 user
        text = tr("Not tracked: it was sent to %1, which is not a CRM user's address, so %2 "
                  "received it through a distribution list or as a Bcc copy. Server-Side "
                  "Synchronization tracks email automatically only when a user of the org is in "
                  "To or Cc.")
                   .arg(f.recipientAddresses.first(), user);
    } else {
        //: %1 addresses, e.g. "sales@contoso.com and all@contoso.com", %2 user
        text = tr("Not tracked: it was sent to %1, none of which is a CRM user's address, so %2 "
                  "received it through a distribution list or as a Bcc copy. Server-Side "
                  "Synchronization tracks email automatically only when a user of the org is in "
                  "To or Cc.")
                   .arg(joined(f.recipientAddresses), user);
    }
    if (!f.tokensFound.isEmpty())
        text += u' ' + tr("Even its tracking token %1 is not used.")
                           .arg(f.tokensFound.join(QStringLiteral(", ")));
    return text;
}

QStringList TrackingExplainer::advice(const TrackingDecision &d, const QString &user)
{
    const auto &f = d.facts;
    switch (d.code) {
    case ReasonCode::NotTrackedNoSignal:
        return {tr("Track it in Outlook by hand, or move it to a tracked folder."),
                tr("Or set %1's email filtering to all email messages, or to email from CRM "
                   "records.")
                    .arg(user)};
    case ReasonCode::NotTrackedNoRecord:
        return {tr("Add the sender to CRM as a contact, lead or account, or track the email by "
                   "hand.")};
    case ReasonCode::NotTrackedFilteringNone:
        return {tr("%1's email filtering is set to none: choose another method, or track the "
                   "email by hand.")
                    .arg(user)};
    case ReasonCode::NotTrackedFolder:
        //: %1 a folder
        return {
            tr("Move it back to the Inbox or make the folder '%1' a tracked folder.").arg(f.folder),
            tr("Or track it in Outlook by hand: an older email moved back into the Inbox "
               "is not read again.")};
    case ReasonCode::NotTrackedNoRecipient:
        return {tr("Track it in Outlook by hand, or move it to a tracked folder."),
                f.recipientAddresses.isEmpty()
                    ? tr("For mail to be tracked automatically, %1 must be in To or Cc, not "
                         "only in Bcc.")
                          .arg(user)
                    //: %1 user, %2 addresses such as a distribution list
                    : tr("For mail to be tracked automatically, %1 (or another CRM user) must be "
                         "in To or Cc, not only %2.")
                          .arg(user, joined(f.recipientAddresses))};
    case ReasonCode::InReplyTo:
        if (f.passedToken.isEmpty())
            return {};
        //: %1 a subject
        return {tr("If it belongs with %1, change its regarding in CRM: In-Reply-To always "
                   "comes before a tracking token.")
                    .arg(quoted(f.passedTokenSubject))};
    case ReasonCode::DuplicateSuppressed:
        return {tr("Nothing to do: the email is already in CRM once.")};
    default:
        return {};
    }
}

// Why neither the token, nor the conversation, nor smart matching tracked
// it: one clause each, completing "this message …".
QStringList TrackingExplainer::missingSignals(const TrackingDecision::Facts &f)
{
    QStringList clauses;
    if (!f.trackingEnabled)
        clauses.append(tr("is not matched by its token (tracking tokens are switched off)"));
    else if (!f.tokensFound.isEmpty())
        clauses.append(tr("has the token %1, which belongs to no email in CRM")
                           .arg(f.tokensFound.join(QStringLiteral(", "))));
    else
        clauses.append(tr("has no tracking token"));
    if (!f.correlationEnabled)
        clauses.append(tr("is not matched by its conversation (correlation is switched off)"));
    else
        clauses.append(tr("does not reply to a tracked message"));
    clauses.append(smartMatchMiss(f));
    return clauses;
}

QString TrackingExplainer::smartMatchMiss(const TrackingDecision::Facts &f)
{
    if (!f.smartMatchingEnabled)
        return tr("is not matched by its subject (smart matching is switched off)");
    if (f.recipients > f.maxRecipientCount)
        return tr("has more recipients (%1) than smart matching allows (%2)")
            .arg(QString::number(f.recipients), QString::number(f.maxRecipientCount));
    if (!f.nearestSubject.isEmpty())
        //: %1 e.g. "1 address", %2 a subject, %3 a number
        return tr("shares only %1 with %2 (%3 needed for smart matching)")
            .arg(addresses(std::max(0, f.nearestSharedAddresses)), quoted(f.nearestSubject),
                 QString::number(f.minAddressCount));
    if (f.subject.isEmpty())
        return tr("has no subject to match");
    return tr("has a subject (%1) that no email in CRM has").arg(quoted(f.subject));
}

QString TrackingExplainer::explain(const OutgoingDecision &d, const QString &user)
{
    if (d.code == ReasonCode::Sent) {
        if (d.token.isEmpty())
            return tr("Sent from CRM through %1's mailbox as %2, without a tracking token "
                      "(tracking tokens are switched off).")
                .arg(user, quoted(d.subject));
        return tr("Sent from CRM through %1's mailbox with the tracking token %2, as %3.")
            .arg(user, d.token, quoted(d.subject));
    }
    QStringList why;
    for (OutgoingDecision::Reason r : d.reasons) {
        switch (r) {
        case OutgoingDecision::Reason::NoMailbox:
            why.append(tr("does not exist"));
            break;
        case OutgoingDecision::Reason::OutgoingNone:
            why.append(tr("has outgoing email set to none"));
            break;
        case OutgoingDecision::Reason::NotApproved:
            why.append(tr("is not approved"));
            break;
        case OutgoingDecision::Reason::Disabled:
            why.append(tr("is disabled"));
            break;
        }
    }
    return tr("Not sent: %1's mailbox %2; %3 waits in CRM and is sent once the mailbox can send.")
        .arg(user, joined(why), quoted(d.subject));
}

QString TrackingExplainer::regarding(const TrackingDecision &d)
{
    const QString name = d.facts.regardingName.isEmpty() ? d.regardingId : d.facts.regardingName;
    return name.isEmpty() ? tr("with no regarding record") : tr("regarding %1").arg(name);
}

QString TrackingExplainer::record(const QString &type, const QString &name)
{
    if (type == u"contact")
        return tr("the contact %1").arg(name);
    if (type == u"lead")
        return tr("the lead %1").arg(name);
    if (type == u"account")
        return tr("the account %1").arg(name);
    if (type == u"systemuser")
        return tr("the user %1").arg(name);
    if (type == u"queue")
        return tr("the queue %1").arg(name);
    //: %1 a record type as CRM names it, %2 the record
    return tr("the %1 %2").arg(type, name);
}

// Two strings rather than %n: the sentence must read right before the
// English plural forms are in the translation files.
QString TrackingExplainer::addresses(int count)
{
    return count == 1 ? tr("1 address") : tr("%1 addresses").arg(QString::number(count));
}

QString TrackingExplainer::quoted(const QString &subject)
{
    //: a subject in a sentence
    return tr("'%1'").arg(subject);
}

// "a", "a and b", "a, b, and c": each joint through tr() for the translations.
QString TrackingExplainer::joined(const QStringList &clauses)
{
    if (clauses.isEmpty())
        return {};
    if (clauses.size() == 1)
        return clauses.first();
    if (clauses.size() == 2)
        return tr("%1 and %2").arg(clauses.at(0), clauses.at(1));
    QString text = clauses.first();
    for (qsizetype i = 1; i + 1 < clauses.size(); ++i)
        text = tr("%1, %2").arg(text, clauses.at(i));
    return tr("%1, and %2").arg(text, clauses.last());
}

} // namespace SyncLens
