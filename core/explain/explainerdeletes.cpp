// Explainer: the delete rules of model v2 (by type, organizer, state and
// time) and a record coming back into scope, in sentences naming people.
#include "explainer.h"

#include "fetchxml/fieldcatalog.h"
#include "model/reasoncode.h"
#include "model/recordtypes.h"

#include <QJsonArray>

namespace SyncLens {

namespace {

bool factFlag(const QJsonObject &facts, const char *key, bool absent)
{
    return facts.value(QLatin1String(key)).toBool(absent);
}

QString rule(const QJsonObject &facts)
{
    return facts.value(QLatin1String("rule")).toString();
}

} // namespace

// Why a delete in Outlook left the CRM record in place.
QString Explainer::exchangeDeleteKept(const JournalEntry &e, const QString &who)
{
    const QJsonObject &f = e.facts;
    const QString type = f.value(QLatin1String("type")).toString();
    const int state = f.value(QLatin1String("statecode")).toInt();
    if (rule(f) == u"organizerFuture" && type == RecordTypes::Appointment) {
        if (!factFlag(f, "organizerIsUser", true)) {
            //: %1 deleted the meeting in Outlook; %2 organises it
            return tr("Deleted in %1's Outlook, but %1 is not the organizer (%2 is), so the "
                      "meeting stays in CRM and is no longer synchronised with %1's mailbox.")
                .arg(who, userName(f.value(QLatin1String("organizer")).toString()));
        }
        if (!factFlag(f, "active", true)) {
            return state == 2 ? tr("Deleted in %1's Outlook, but the meeting was canceled, so it "
                                   "stays in CRM and is no longer synchronised with %1's mailbox.")
                                    .arg(who)
                              : tr("Deleted in %1's Outlook, but the meeting was completed, so it "
                                   "stays in CRM and is no longer synchronised with %1's mailbox.")
                                    .arg(who);
        }
        if (!factFlag(f, "ahead", true)) {
            return tr("Deleted in %1's Outlook, but the meeting was already over, so it stays in "
                      "CRM and is no longer synchronised with %1's mailbox.")
                .arg(who);
        }
    }
    if (rule(f) == u"open" && type == RecordTypes::Task && !factFlag(f, "active", true)) {
        return state == 2 ? tr("Deleted in %1's Outlook, but the task was canceled, so it stays "
                               "in CRM and is no longer synchronised with %1's mailbox.")
                                .arg(who)
                          : tr("Deleted in %1's Outlook, but the task was completed, so it stays "
                               "in CRM and is no longer synchronised with %1's mailbox.")
                                .arg(who);
    }
    return tr("Deleted in %1's Outlook. The org keeps the CRM record and stops synchronising "
              "it "
              "with this mailbox.")
        .arg(who);
}

QString Explainer::deleteSentence(const JournalEntry &e)
{
    const QJsonObject &f = e.facts;
    const QString who = mailboxOwner(e.mailboxId);
    const QString type = f.value(QLatin1String("type")).toString();
    switch (e.code) {
    case ReasonCode::ExchangeDeleteUntracked:
        return exchangeDeleteKept(e, who);
    case ReasonCode::ExchangeDeletePropagated:
        if (rule(f) == u"organizerFuture") {
            return tr("Deleted in %1's Outlook. %1 organises the meeting and it was active and "
                      "still ahead, so it was deleted in CRM too and left the CRM timeline.")
                .arg(who);
        }
        if (rule(f) == u"open") {
            return tr("Deleted in %1's Outlook while the task was still open, so it was deleted "
                      "in CRM too and left the CRM timeline.")
                .arg(who);
        }
        return tr("Deleted in %1's Outlook, and the org deletes linked CRM records, so it was "
                  "deleted in CRM too and left the CRM timeline.")
            .arg(who);
    case ReasonCode::CrmDeleteKept:
        if (type == RecordTypes::Contact) {
            return tr("Deleted in CRM, but %1 owns the contact, so the copy stays in %1's "
                      "Outlook, no longer linked.")
                .arg(who);
        }
        if (!factFlag(f, "active", true)) {
            return tr("Deleted in CRM, but the meeting was no longer active, so the copy stays in "
                      "%1's Outlook, no longer linked.")
                .arg(who);
        }
        return tr("Deleted in CRM, but the meeting was already over, so the copy stays in %1's "
                  "Outlook, no longer linked.")
            .arg(who);
    case ReasonCode::BackInScope: {
        const QString fields = fieldChanges(f.value(QLatin1String("fields")).toArray(), type);
        const QString filter = f.value(QLatin1String("filterName")).toString();
        if (fields.isEmpty()) {
            return tr("Back in %1's sync filters (it matches “%2”); nothing had changed in CRM "
                      "meanwhile, so the Outlook copy was already up to date.")
                .arg(who, filter);
        }
        return tr("Back in %1's sync filters (it matches “%2”), so the Outlook copy caught up "
                  "with the CRM changes it missed: %3.")
            .arg(who, filter, fields);
    }
    default:
        return reasonCodeName(e.code);
    }
}

QStringList Explainer::deleteAdvice(const JournalEntry &e)
{
    const QJsonObject &f = e.facts;
    const QString who = mailboxOwner(e.mailboxId);
    const QString type = f.value(QLatin1String("type")).toString();
    switch (e.code) {
    case ReasonCode::ExchangeDeleteUntracked:
        if (rule(f) == u"organizerFuture" && !factFlag(f, "organizerIsUser", true)) {
            return {tr("Only the organizer's delete removes the meeting from CRM: ask %1 to "
                       "cancel it, or delete it in CRM.")
                        .arg(userName(f.value(QLatin1String("organizer")).toString()))};
        }
        if ((rule(f) == u"organizerFuture" || rule(f) == u"open") && e.facts.contains(u"active")) {
            return {tr("Delete it in CRM if it should go: a meeting that is over or no longer "
                       "active, and a task that is no longer open, stay in CRM when deleted in "
                       "Outlook.")};
        }
        return {tr("The record is still in CRM. To have it in Outlook again, track a copy in "
                   "Outlook.")};
    case ReasonCode::ExchangeDeletePropagated:
        if (rule(f) == u"organizerFuture" || rule(f) == u"open") {
            return {tr("Restore the record in CRM. To keep these records in CRM when they are "
                       "deleted in Outlook, set Exchange deletes of %1 to stop tracking.")
                        .arg(FieldCatalog::standard().pluralInSentence(type))};
        }
        return {tr("Restore the record in CRM. To keep CRM records when Outlook copies are "
                   "deleted, set Exchange deletes to stop tracking instead.")};
    case ReasonCode::CrmDeleteKept:
        return {tr("Delete the copy in %1's Outlook by hand if it should go too.").arg(who)};
    case ReasonCode::BackInScope:
        return {tr("Nothing to do: the copy in %1's Outlook is up to date again.").arg(who)};
    default:
        return {};
    }
}

} // namespace SyncLens
