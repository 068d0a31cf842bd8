#include "livewritetext.h"

#include "fetchxml/fetchxmlparser.h"
#include "model/recordtypes.h"

namespace SyncLens {

using OutcomeStatus = LiveFilterOutcome::Status;

QString LiveWriteText::counted(const QString &type, qint64 n, const QLocale &locale)
{
    const QString number = locale.toString(n);
    if (type == RecordTypes::Appointment)
        return n == 1 ? tr("%1 appointment").arg(number) : tr("%1 appointments").arg(number);
    if (type == RecordTypes::Task)
        return n == 1 ? tr("%1 task").arg(number) : tr("%1 tasks").arg(number);
    if (type == RecordTypes::Contact)
        return n == 1 ? tr("%1 contact").arg(number) : tr("%1 contacts").arg(number);
    return n == 1 ? tr("%1 record").arg(number) : tr("%1 records").arg(number);
}

QString LiveWriteText::counts(const ScopePreview &preview, const QLocale &locale)
{
    //: %1 e.g. "12 appointments", %2 and %3 numbers
    return tr("%1 enter the scope, %2 leave it, %3 stay.")
        .arg(counted(preview.type, qint64(preview.entering.size()), locale),
             locale.toString(qint64(preview.leaving.size())),
             locale.toString(qint64(preview.staying.size())));
}

QString LiveWriteText::oneWayWarning()
{
    return tr("Filters restrict only CRM → Exchange: records that leave the scope stay in Outlook "
              "without CRM's changes, and edits made there still change CRM.");
}

QString LiveWriteText::confirmation(const ScopePreview &preview, const QString &host,
                                    const QLocale &locale)
{
    //: %1 a host name such as contoso.crm.dynamics.com
    return counts(preview, locale) + u' ' + oneWayWarning() + QStringLiteral("\n\n") +
           tr("This writes to the org %1 itself: server-side synchronization uses the change from "
              "its next cycle. Undo writes the version before back to the org.")
               .arg(host);
}

QString LiveWriteText::withoutPreview(const QString &why, const QString &host)
{
    //: %1 why SyncLens cannot evaluate the filter, %2 a host name
    return tr("SyncLens cannot evaluate this FetchXML (%1), so it cannot show which records "
              "enter or leave the scope. Dataverse will apply it as written: records may leave "
              "Outlook or stop receiving CRM changes without warning. Save it to %2 only if you "
              "have checked it another way.")
               .arg(why, host) +
           u' ' + oneWayWarning();
}

std::pair<std::vector<FetchQuery>, std::vector<FetchQuery>>
LiveWriteText::conflictQueries(const std::optional<SyncFilter> &theirs, const SyncFilter &ours,
                               const QList<SyncFilter> &others)
{
    std::vector<FetchQuery> current;
    std::vector<FetchQuery> proposed;
    const FetchXmlParser parser;
    if (theirs && theirs->enabled) {
        if (auto query = parser.parse(theirs->fetchXml))
            current.push_back(*query);
    }
    if (ours.enabled) {
        if (auto query = parser.parse(ours.fetchXml))
            proposed.push_back(*query);
    }
    for (const SyncFilter &f : others) {
        if (f.id == ours.id || f.type != ours.type || !f.enabled)
            continue;
        if (auto query = parser.parse(f.fetchXml)) {
            current.push_back(*query);
            proposed.push_back(*query);
        }
    }
    return {current, proposed};
}

LiveVersionDifference LiveWriteText::difference(const ScopePreview &preview)
{
    LiveVersionDifference d;
    for (const ScopePreview::Record &r : preview.entering)
        d.onlyOurs.append(r.id);
    for (const ScopePreview::Record &r : preview.leaving)
        d.onlyTheirs.append(r.id);
    return d;
}

QString LiveWriteText::checkResult(const LiveFilterCheck &check, const QLocale &locale)
{
    if (!check.error.isEmpty())
        return tr("Not checked: %1").arg(check.error);
    if (check.agrees())
        //: %1 and %2 numbers of records, e.g. "1,284 of 1,284"
        return tr("Dataverse agrees: %1 of %2")
            .arg(locale.toString(check.agreed), locale.toString(check.total));
    return tr("Dataverse differs on %1 of %2 records")
        .arg(locale.toString(qint64(check.differences.size())), locale.toString(check.total));
}

QString LiveWriteText::statusText(OutcomeStatus status)
{
    switch (status) {
    case OutcomeStatus::Done:
        return tr("Written");
    case OutcomeStatus::Conflict:
        return tr("Conflict");
    case OutcomeStatus::Forbidden:
        return tr("Forbidden");
    case OutcomeStatus::Failed:
        return tr("Failed");
    case OutcomeStatus::Refused:
        return tr("Refused");
    case OutcomeStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString LiveWriteText::bulkSummary(const QList<LiveFilterOutcome> &outcomes, const QLocale &locale)
{
    QList<int> counts(int(OutcomeStatus::Cancelled) + 1, 0);
    for (const LiveFilterOutcome &o : outcomes)
        ++counts[int(o.status)];
    QStringList parts;
    for (int s = 0; s < counts.size(); ++s) {
        if (counts[s] > 0)
            //: %1 a number, %2 e.g. "Written"
            parts.append(tr("%1 %2").arg(locale.toString(counts[s]),
                                         statusText(OutcomeStatus(s)).toLower()));
    }
    const int notWritten = int(outcomes.size()) - counts[int(OutcomeStatus::Done)];
    if (notWritten == 0)
        return tr("%1: every user's filter was written.").arg(parts.join(QStringLiteral(", ")));
    return tr("%1: the users not written keep their filter as it was.")
        .arg(parts.join(QStringLiteral(", ")));
}

} // namespace SyncLens
