#include "explanationmodel.h"

#include "explain/reasoncodetext.h"
#include "timetext.h"

#include <QJsonArray>

namespace SyncLens {

namespace {

struct FilterRef
{
    QString id;
    QString name;
};

// The filters a decision's facts name: the one that took the record in
// ("filter", "filterName") or those that left it out ("filters").
QList<FilterRef> filtersOf(const JournalEntry &entry)
{
    QList<FilterRef> refs;
    const QJsonObject &f = entry.facts;
    if (f.contains(QStringLiteral("filter")))
        refs.append({f.value(QStringLiteral("filter")).toString(),
                     f.value(QStringLiteral("filterName")).toString()});
    for (const QJsonValue v : f.value(QStringLiteral("filters")).toArray()) {
        const QJsonObject o = v.toObject();
        refs.append(
            {o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("name")).toString()});
    }
    return refs;
}

QStandardItem *readOnlyItem(const QString &text)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    item->setData(text, Qt::AccessibleTextRole);
    return item;
}

} // namespace

ExplanationModel::ExplanationModel(QObject *parent)
    : QStandardItemModel(parent)
{
    setColumnCount(ColumnCount);
    setHeaders();
}

void ExplanationModel::setHeaders()
{
    //: The time of a decision (simulated clock, UTC)
    setHorizontalHeaderLabels({tr("When (UTC)"), tr("What happened")});
}

void ExplanationModel::clearExplanation()
{
    m_explanation = {};
    removeRows(0, rowCount());
}

void ExplanationModel::setExplanation(const Explanation &explanation)
{
    clearExplanation();
    m_explanation = explanation;
    for (const ExplainedDecision &decision : explanation.decisions) {
        QList<QStandardItem *> row = decisionRow(decision);
        for (const QString &fact : decision.details)
            row.first()->appendRow(factRow(fact, decision));
        appendRow(row);
    }
}

QList<QStandardItem *> ExplanationModel::decisionRow(const ExplainedDecision &decision)
{
    const JournalEntry &e = decision.entry;
    QStandardItem *time = readOnlyItem(TimeText::format(e.time));
    QStandardItem *text = readOnlyItem(decision.cause.isEmpty()
                                           ? decision.sentence
                                           : decision.sentence + QLatin1Char(' ') + decision.cause);
    //: %1 a reason code such as NOT_IN_SCOPE, %2 its meaning
    const QString tip = tr("%1: %2").arg(reasonCodeName(e.code), ReasonCodeText::plainName(e.code));
    const QList<FilterRef> filters = filtersOf(e);
    for (QStandardItem *item : {time, text}) {
        item->setToolTip(tip);
        item->setData(reasonCodeName(e.code), CodeRole);
        item->setData(e.id, EntryIdRole);
        item->setData(e.mailboxId, MailboxIdRole);
        item->setData(e.time, TimeRole);
        if (!filters.isEmpty())
            item->setData(filters.first().id, FilterIdRole);
        if (decision.causeEventId > 0)
            item->setData(decision.causeEventId, CauseRole);
    }
    return {time, text};
}

// A fact links to what it names: the filter whose id or name it contains
// (the explainer writes "Filter: NAME (ID)" or "Filter: NAME"), else the
// decision's mailbox when it names its id ("Mailbox: OWNER (ID), …").
QList<QStandardItem *> ExplanationModel::factRow(const QString &fact,
                                                 const ExplainedDecision &decision)
{
    QStandardItem *empty = readOnlyItem(QString());
    QStandardItem *text = readOnlyItem(fact);
    QString filterId;
    for (const FilterRef &ref : filtersOf(decision.entry)) {
        if ((!ref.id.isEmpty() && fact.contains(ref.id)) ||
            (!ref.name.isEmpty() && fact.contains(ref.name))) {
            filterId = ref.id;
            break;
        }
    }
    const QString mailboxId = decision.entry.mailboxId;
    for (QStandardItem *item : {empty, text}) {
        if (!filterId.isEmpty()) {
            item->setData(filterId, FilterIdRole);
            item->setData(true, LinkRole);
            item->setToolTip(tr("Press Enter or double-click to open the filter."));
        } else if (!mailboxId.isEmpty() && fact.contains(mailboxId)) {
            item->setData(mailboxId, MailboxIdRole);
            item->setData(true, LinkRole);
            item->setToolTip(tr("Press Enter or double-click to show the mailbox."));
        }
    }
    return {empty, text};
}

} // namespace SyncLens
