#include "explainer.h"

#include "causedescriber.h"
#include "causefinder.h"
#include "fetchxml/fieldcatalog.h"
#include "model/timetext.h"
#include "store/orgstore.h"

#include <QJsonArray>

namespace SyncLens {

Explainer::Explainer(OrgStore &store, QLocale locale)
    : m_store(store)
    , m_locale(locale)
    , m_describer(locale)
{}

void Explainer::loadNames()
{
    if (m_namesLoaded)
        return;
    m_namesLoaded = true;
    if (auto users = m_store.users()) {
        for (const User &u : *users)
            m_userNames.insert(u.id, u.name);
    }
    if (auto mailboxes = m_store.mailboxes()) {
        for (const Mailbox &m : *mailboxes)
            m_mailboxUsers.insert(m.id, m.userId);
    }
    m_describer.setUserNames(m_userNames);
}

QString Explainer::userName(const QString &userId)
{
    loadNames();
    return m_userNames.value(userId, userId);
}

QString Explainer::mailboxOwner(const QString &mailboxId)
{
    loadNames();
    const QString user = m_mailboxUsers.value(mailboxId);
    return user.isEmpty() ? mailboxId : userName(user);
}

QString Explainer::recordTitle(const QString &id)
{
    auto record = m_store.crmRecord(id);
    if (!record || !*record)
        return id;
    const CrmRecord &r = **record;
    for (const char *field : {"subject", "fullname", "name"}) {
        const QString text = r.field(QLatin1String(field));
        if (!text.isEmpty())
            return text;
    }
    return id;
}

QString Explainer::value(const QJsonValue &v) const
{
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty()))
        return tr("(empty)");
    if (v.isString()) {
        const QString text = v.toString();
        const QDateTime time = QDateTime::fromString(text, Qt::ISODate);
        if (time.isValid() && text.size() >= 16)
            return TimeText::format(time, {}, m_locale);
        return tr("“%1”").arg(text);
    }
    if (v.isDouble())
        return m_locale.toString(v.toDouble());
    if (v.isBool())
        return v.toBool() ? tr("yes") : tr("no");
    QStringList parts;
    for (const QJsonValue item : v.toArray())
        parts.append(item.toString());
    return parts.join(QLatin1String(", "));
}

// "location from “Room 4” to “Room 7”, subject from … to …"
QString Explainer::fieldChanges(const QJsonArray &changes, const QString &type)
{
    QStringList parts;
    for (const QJsonValue c : changes) {
        const QJsonObject o = c.toObject();
        const QString field =
            FieldCatalog::standard().displayName(type, o.value(QStringLiteral("field")).toString());
        if (o.contains(QStringLiteral("old")) && !o.value(QStringLiteral("old")).isNull())
            parts.append(tr("%1 from %2 to %3")
                             .arg(field, value(o.value(QStringLiteral("old"))),
                                  value(o.value(QStringLiteral("new")))));
        else
            parts.append(tr("%1 %2").arg(field, value(o.value(QStringLiteral("new")))));
    }
    return parts.join(tr(", "));
}

QString Explainer::filterNames(const QJsonObject &facts)
{
    QStringList names;
    for (const QJsonValue f : facts.value(QStringLiteral("filters")).toArray())
        names.append(tr("“%1”").arg(f.toObject().value(QStringLiteral("name")).toString()));
    return names.join(tr(" or "));
}

QString Explainer::conditionPhrase(const QJsonObject &c, const QString &type)
{
    FetchCondition condition;
    condition.attribute = c.value(QStringLiteral("attribute")).toString();
    condition.op = operatorFromName(c.value(QStringLiteral("operator")).toString())
                       .value_or(FetchOperator::Eq);
    for (const QJsonValue v : c.value(QStringLiteral("values")).toArray())
        condition.values.append(v.toString());
    return m_describer.describeCondition(condition,
                                         c.value(QStringLiteral("entity")).toString(type));
}

// Why each of the user's filters leaves the record out, as phrases.
QString Explainer::excludingConditions(const QJsonObject &facts, const QString &type)
{
    if (facts.value(QStringLiteral("noFilter")).toBool())
        return tr("there is no sync filter for %1")
            .arg(FieldCatalog::standard().pluralInSentence(type));
    QStringList reasons;
    for (const QJsonValue f : facts.value(QStringLiteral("filters")).toArray()) {
        const QJsonObject filter = f.toObject();
        const QString name = filter.value(QStringLiteral("name")).toString();
        QStringList phrases;
        for (const QJsonValue c : filter.value(QStringLiteral("conditions")).toArray())
            phrases.append(conditionPhrase(c.toObject(), type));
        if (phrases.isEmpty()) {
            reasons.append(tr("it does not match “%1”").arg(name));
            continue;
        }
        const QString last = phrases.takeLast();
        //: the branches of an "or" the record fails: either A, B or C
        const QString wanted =
            phrases.isEmpty() ? last : tr("either %1 or %2").arg(phrases.join(tr(", ")), last);
        //: e.g. “My appointments” takes only appointments that you own
        reasons.append(tr("“%1” takes only %2 %3")
                           .arg(name, FieldCatalog::standard().pluralInSentence(type), wanted));
    }
    return reasons.join(tr("; "));
}

Result<Explanation> Explainer::explain(const QString &itemId)
{
    auto entries = m_store.journalForItem(itemId);
    if (!entries)
        return entries.error();
    Explanation x;
    x.itemId = itemId;
    x.title = recordTitle(itemId);
    if (auto record = m_store.crmRecord(itemId); record && *record) {
        x.type = (*record)->type;
    } else if (auto items = m_store.exchangeItemsById(itemId); items && !items->isEmpty()) {
        // Only in Outlook: named as the first mailbox that holds it has it.
        x.type = items->first().type;
        x.title = items->first().fields.value(QStringLiteral("subject")).toString(itemId);
    }
    CauseFinder causes(m_store);
    CauseDescriber describer(m_store);
    QHash<QString, QDateTime> previous; // per mailbox: the item's decision before
    for (const JournalEntry &e : *entries) {
        ExplainedDecision d = explainEntry(e);
        if (const auto cause = causes.causeOf(e, previous.value(e.mailboxId))) {
            if (const auto story = describer.describe(*cause)) {
                d.causeEventId = cause->id;
                d.causeTime = cause->time;
                //: %1 when the change was made, %2 the change
                d.cause = tr("This followed a change at %1: %2.")
                              .arg(TimeText::format(cause->time), story->title);
            }
        }
        previous.insert(e.mailboxId, e.time);
        x.decisions.append(d);
    }
    if (!entries->isEmpty())
        x.advice = advice(entries->last());
    return x;
}

ExplainedDecision Explainer::explainEntry(const JournalEntry &entry)
{
    return ExplainedDecision{entry, sentence(entry), details(entry)};
}

QStringList Explainer::details(const JournalEntry &e)
{
    QStringList lines;
    const QJsonObject &f = e.facts;
    const QString type = f.value(QStringLiteral("type")).toString();
    if (f.contains(QStringLiteral("filter")))
        lines.append(tr("Filter: %1").arg(f.value(QStringLiteral("filterName")).toString()));
    for (const QJsonValue filter : f.value(QStringLiteral("filters")).toArray()) {
        const QJsonObject o = filter.toObject();
        lines.append(tr("Filter: %1 (%2)")
                         .arg(o.value(QStringLiteral("name")).toString(),
                              o.value(QStringLiteral("id")).toString()));
    }
    if (f.contains(QStringLiteral("fields")) &&
        !f.value(QStringLiteral("fields")).toArray().isEmpty())
        lines.append(
            tr("Fields: %1").arg(fieldChanges(f.value(QStringLiteral("fields")).toArray(), type)));
    if (f.contains(QStringLiteral("token")))
        lines.append(tr("Tracking token: %1").arg(f.value(QStringLiteral("token")).toString()));
    if (f.contains(QStringLiteral("matchedHeader")))
        lines.append(
            tr("Matched header: %1").arg(f.value(QStringLiteral("matchedHeader")).toString()));
    if (f.contains(QStringLiteral("sharedAddresses"))) {
        QStringList shared;
        for (const QJsonValue a : f.value(QStringLiteral("sharedAddresses")).toArray())
            shared.append(a.toString());
        lines.append(tr("Shared addresses: %1").arg(shared.join(QLatin1String(", "))));
    }
    lines.append(tr("Mailbox: %1 (%2), cycle %3 at %4")
                     .arg(mailboxOwner(e.mailboxId), e.mailboxId)
                     .arg(e.cycle)
                     .arg(TimeText::format(e.time, {}, m_locale)));
    return lines;
}

} // namespace SyncLens
