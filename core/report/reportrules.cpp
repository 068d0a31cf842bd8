#include "reportrules.h"

#include "model/recordtypes.h"

#include <QLocale>

namespace SyncLens {

namespace {

const QStringList &syncedTypes()
{
    static const QStringList types{RecordTypes::Appointment, RecordTypes::Task,
                                   RecordTypes::Contact};
    return types;
}

} // namespace

QString ReportRules::typePlural(const QString &type)
{
    if (type == RecordTypes::Appointment)
        return tr("Appointments");
    if (type == RecordTypes::Task)
        return tr("Tasks");
    if (type == RecordTypes::Contact)
        return tr("Contacts");
    return type;
}

QList<PolicyReport::Rule> ReportRules::describe(const OrgSettings &settings)
{
    QList<PolicyReport::Rule> rules{tracking(settings), correlation(settings),
                                    smartMatching(settings)};
    for (const QString &type : syncedTypes())
        rules.append(outlookDelete(type, settings.sync.exchangeDelete.forType(type)));
    for (const QString &type : syncedTypes())
        rules.append(crmDelete(type));
    rules.append(outOfScope(settings));
    for (const QString &type : syncedTypes())
        rules.append(fields(settings, type));
    return rules;
}

PolicyReport::Rule ReportRules::tracking(const OrgSettings &s)
{
    const QString example =
        QStringLiteral("%1:%2").arg(s.tracking.prefix, QString(s.tracking.digits, u'0'));
    return {tr("Tracking tokens"),
            QStringLiteral("tracking.enabled, tracking.prefix, tracking.digits"),
            s.tracking.enabled
                ? tr("Emails sent from CRM carry a tracking token in the subject, such as "
                     "“%1” (prefix “%2”, %3 digits); a reply that keeps it is tracked "
                     "with the same regarding record.")
                      .arg(example, s.tracking.prefix)
                      .arg(s.tracking.digits)
                : tr("Emails carry no tracking token: replies are recognised only by "
                     "conversation and, if switched on, smart matching.")};
}

PolicyReport::Rule ReportRules::correlation(const OrgSettings &s)
{
    return {tr("Correlation"), QStringLiteral("correlation.enabled"),
            s.correlation.enabled
                ? tr("A reply in the same conversation as a tracked email (its In-Reply-To or "
                     "conversation index) is tracked too.")
                : tr("Conversation data is not used: a reply is tracked only by its token or "
                     "smart matching.")};
}

PolicyReport::Rule ReportRules::smartMatching(const OrgSettings &s)
{
    const auto &m = s.smartMatching;
    return {tr("Smart matching"),
            QStringLiteral("smartMatching.enabled, minAddressCount, maxRecipientCount, "
                           "deltaSubjectCount"),
            m.enabled ? tr("Smart matching is on: an email whose subject matches a tracked email's "
                           "(up to %1 words different) and that shares at least %2 addresses with "
                           "it, with at most %3 recipients, is tracked like it.")
                            .arg(m.deltaSubjectCount)
                            .arg(m.minAddressCount)
                            .arg(m.maxRecipientCount)
                      : tr("Smart matching is off: a similar subject and the same people are not "
                           "enough to track an email.")};
}

PolicyReport::Rule ReportRules::outlookDelete(const QString &type, ExchangeDeleteAction action)
{
    QString sentence;
    switch (action) {
    case ExchangeDeleteAction::Untrack:
        sentence = tr("%1: a delete in Outlook keeps the CRM record and stops synchronising "
                      "it with that Outlook.");
        break;
    case ExchangeDeleteAction::Delete:
        sentence = tr("%1: a delete in Outlook deletes the linked CRM record.");
        break;
    case ExchangeDeleteAction::OrganizerFuture:
        sentence = tr("%1: a delete in Outlook deletes the CRM record when the user organises "
                      "the meeting and it is active and still ahead; otherwise CRM keeps it.");
        break;
    case ExchangeDeleteAction::Open:
        sentence = tr("%1: a delete in Outlook deletes the CRM record while it is still open; "
                      "a completed or canceled one stays in CRM.");
        break;
    }
    return {
        tr("Delete in Outlook"),
        QStringLiteral("sync.exchangeDelete.%1 = %2").arg(type, exchangeDeleteActionName(action)),
        sentence.arg(typePlural(type))};
}

PolicyReport::Rule ReportRules::crmDelete(const QString &type)
{
    QString sentence;
    if (type == RecordTypes::Contact)
        sentence = tr("Contacts: a delete in CRM removes the copies from the Outlook of every "
                      "user but the owner, whose copy stays.");
    else if (type == RecordTypes::Appointment)
        sentence = tr("Appointments: a delete in CRM removes the Outlook copies of an active "
                      "meeting still ahead; copies of meetings that are over stay.");
    else
        sentence = tr("Tasks: a delete in CRM removes the Outlook copies.");
    return {tr("Delete in CRM"), tr("(the documented rules of Server-Side Sync)"), sentence};
}

PolicyReport::Rule ReportRules::outOfScope(const OrgSettings &s)
{
    return {tr("Leaving a filter"),
            QStringLiteral("sync.outOfScope = %1").arg(outOfScopeActionName(s.sync.outOfScope)),
            s.sync.outOfScope == OutOfScopeAction::Delete
                ? tr("A record that leaves every sync filter of its user is removed from that "
                     "user's Outlook; CRM keeps it.")
                : tr("A record that leaves every sync filter of its user stays in Outlook but "
                     "no longer receives CRM's changes; edits made in Outlook still change "
                     "CRM.")};
}

PolicyReport::Rule ReportRules::fields(const OrgSettings &s, const QString &type)
{
    QMap<FieldDirection, QStringList> byDirection;
    for (auto it = s.fields.value(type).cbegin(); it != s.fields.value(type).cend(); ++it)
        byDirection[it.value()].append(it.key());
    QStringList parts;
    const QLocale locale;
    const auto add = [&](FieldDirection d, const QString &phrase) {
        QStringList names = byDirection.value(d);
        if (names.isEmpty())
            return;
        names.sort();
        parts.append(phrase.arg(locale.createSeparatedList(names)));
    };
    add(FieldDirection::Both, tr("both ways: %1"));
    add(FieldDirection::ToExchange, tr("from CRM to Outlook only: %1"));
    add(FieldDirection::ToCrm, tr("from Outlook to CRM only: %1"));
    add(FieldDirection::None, tr("not synchronised: %1"));
    const QString list = parts.isEmpty() ? tr("no field is synchronised") : parts.join(u"; ");
    return {tr("Field directions"), QStringLiteral("fields.%1").arg(type),
            tr("%1 — %2.").arg(typePlural(type), list)};
}

} // namespace SyncLens
