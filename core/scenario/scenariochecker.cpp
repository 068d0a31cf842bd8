#include "scenariochecker.h"

#include "explain/explainer.h"
#include "store/orgstore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace SyncLens {

namespace {

QString shown(const QJsonValue &v)
{
    if (v.isUndefined() || v.isNull())
        return QStringLiteral("null");
    if (v.isString())
        return u'"' + v.toString() + u'"';
    if (v.isObject() || v.isArray())
        return QString::fromUtf8(
            QJsonDocument(v.isObject() ? QJsonDocument(v.toObject()) : QJsonDocument(v.toArray()))
                .toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

bool isEmpty(const QJsonValue &v)
{
    return v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty());
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

} // namespace

ScenarioChecker::ScenarioChecker(OrgStore &store, QDateTime now)
    : m_store(store)
    , m_now(std::move(now))
{}

bool ScenarioChecker::matches(const QJsonValue &expected, const QJsonValue &found)
{
    if (isEmpty(expected) || isEmpty(found))
        return isEmpty(expected) && isEmpty(found);
    if (expected.isDouble() || found.isDouble()) {
        bool ok1 = true, ok2 = true;
        const double a =
            expected.isDouble() ? expected.toDouble() : expected.toString().toDouble(&ok1);
        const double b = found.isDouble() ? found.toDouble() : found.toString().toDouble(&ok2);
        return ok1 && ok2 && a == b;
    }
    if (expected.isString() && found.isString()) {
        const QDateTime a = QDateTime::fromString(expected.toString(), Qt::ISODate);
        const QDateTime b = QDateTime::fromString(found.toString(), Qt::ISODate);
        if (a.isValid() && b.isValid())
            return a == b; // as instants
    }
    return expected == found;
}

Result<CheckResult> ScenarioChecker::evaluate(const ScenarioCheck &check)
{
    CheckResult r;
    r.check = check.text;
    r.passed = true;
    Result<void> done;
    switch (check.kind) {
    case ScenarioCheck::Kind::Crm:
        done = checkRecord(check, r);
        break;
    case ScenarioCheck::Kind::Exchange:
        done = checkItem(check, r);
        break;
    case ScenarioCheck::Kind::Email:
        done = checkEmail(check, r);
        break;
    case ScenarioCheck::Kind::InScope:
        done = checkScope(check, r);
        break;
    case ScenarioCheck::Kind::Last:
    case ScenarioCheck::Kind::History:
        done = checkDecisions(check, r);
        break;
    case ScenarioCheck::Kind::MailboxStatus:
        done = checkMailbox(check, r);
        break;
    }
    if (!done)
        return done.error();
    if (!r.passed && check.kind != ScenarioCheck::Kind::MailboxStatus)
        r.explanation = explanation(check.target);
    return r;
}

void ScenarioChecker::compareFields(const QJsonObject &expected, const QJsonObject &found,
                                    CheckResult &r)
{
    QStringList wanted, had;
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        if (!matches(it.value(), found.value(it.key()))) {
            wanted.append(QStringLiteral("%1=%2").arg(it.key(), shown(it.value())));
            had.append(QStringLiteral("%1=%2").arg(it.key(), shown(found.value(it.key()))));
        }
    }
    if (!wanted.isEmpty()) {
        r.passed = false;
        r.expected = wanted.join(QLatin1String(", "));
        r.found = had.join(QLatin1String(", "));
    }
}

// An existence check, then the listed fields of what exists.
void ScenarioChecker::compareExisting(const ScenarioCheck &c, bool exists,
                                      const QJsonObject &fields, CheckResult &r)
{
    const bool wanted = c.exists.value_or(true);
    if (exists != wanted) {
        r.passed = false;
        r.expected = QStringLiteral("exists=%1").arg(yesNo(wanted));
        r.found = QStringLiteral("exists=%1").arg(yesNo(exists));
        return;
    }
    if (exists)
        compareFields(c.fields, fields, r);
}

Result<void> ScenarioChecker::checkRecord(const ScenarioCheck &c, CheckResult &r)
{
    auto record = m_store.crmRecord(c.target);
    if (!record)
        return record.error();
    const bool exists = *record && !(*record)->deleted;
    compareExisting(c, exists, exists ? (*record)->fields : QJsonObject(), r);
    return {};
}

Result<void> ScenarioChecker::checkItem(const ScenarioCheck &c, CheckResult &r)
{
    auto item = m_store.exchangeItem(MailboxId(c.mailbox), ItemId(c.target));
    if (!item)
        return item.error();
    const bool exists = *item && !(*item)->deleted;
    compareExisting(c, exists, exists ? (*item)->fields : QJsonObject(), r);
    return {};
}

Result<void> ScenarioChecker::checkEmail(const ScenarioCheck &c, CheckResult &r)
{
    auto record = m_store.crmRecord(c.target);
    if (!record)
        return record.error();
    const bool tracked = *record && !(*record)->deleted &&
                         (*record)->field(QStringLiteral("state")) != u"pendingSend";
    QStringList wanted, had;
    if (c.tracked && *c.tracked != tracked) {
        wanted.append(QStringLiteral("tracked=%1").arg(yesNo(*c.tracked)));
        had.append(QStringLiteral("tracked=%1").arg(yesNo(tracked)));
    }
    if (!c.reason.isEmpty()) {
        auto entries = m_store.journal(ItemId(c.target), MailboxId(c.mailbox), std::nullopt, 1);
        if (!entries)
            return entries.error();
        const QString code =
            entries->isEmpty() ? QStringLiteral("none") : reasonCodeName(entries->first().code);
        if (code != c.reason) {
            wanted.append(QStringLiteral("reason=%1").arg(c.reason));
            had.append(QStringLiteral("reason=%1").arg(code));
        }
    }
    if (!c.regarding.isEmpty()) {
        const QString regarding =
            *record ? (*record)->field(QStringLiteral("regardingobjectid")) : QString();
        if (regarding != c.regarding) {
            wanted.append(QStringLiteral("regarding=%1").arg(c.regarding));
            had.append(QStringLiteral("regarding=%1")
                           .arg(regarding.isEmpty() ? QStringLiteral("none") : regarding));
        }
    }
    if (!wanted.isEmpty()) {
        r.passed = false;
        r.expected = wanted.join(QLatin1String(", "));
        r.found = had.join(QLatin1String(", "));
    }
    return {};
}

// In scope as the engine last decided it: each of the user's mailboxes keeps,
// on its link to the record, whether the record was in the user's scope at its
// latest cycle (sss-model §3). Nothing is evaluated here, so a scope the engine
// has not decided again since a change (a stale scope) shows as such.
Result<void> ScenarioChecker::checkScope(const ScenarioCheck &c, CheckResult &r)
{
    auto mailboxes = m_store.mailboxes();
    if (!mailboxes)
        return mailboxes.error();
    bool inScope = false;
    for (const Mailbox &m : *mailboxes) {
        if (m.userId != c.user)
            continue;
        auto link = m_store.link(MailboxId(m.id), ItemId(c.target));
        if (!link)
            return link.error();
        inScope = inScope || (*link && (*link)->inScope);
    }
    const bool wanted = c.value.value_or(true);
    if (inScope != wanted) {
        r.passed = false;
        r.expected = QStringLiteral("inScope=%1").arg(yesNo(wanted));
        r.found = QStringLiteral("inScope=%1").arg(yesNo(inScope));
    }
    return {};
}

Result<void> ScenarioChecker::checkDecisions(const ScenarioCheck &c, CheckResult &r)
{
    auto all = m_store.journalForItem(c.target);
    if (!all)
        return all.error();
    QStringList codes;
    for (const JournalEntry &e : *all) {
        if (c.mailbox.isEmpty() || e.mailboxId == c.mailbox)
            codes.append(reasonCodeName(e.code));
    }
    if (c.kind == ScenarioCheck::Kind::Last) {
        const QString last = codes.isEmpty() ? QStringLiteral("none") : codes.last();
        if (last != c.reason) {
            r.passed = false;
            r.expected = QStringLiteral("reason=%1").arg(c.reason);
            r.found = QStringLiteral("reason=%1").arg(last);
        }
        return {};
    }
    qsizetype at = 0;
    for (const QString &code : codes) {
        if (at < c.includes.size() && code == c.includes.at(at))
            ++at;
    }
    if (at < c.includes.size()) {
        r.passed = false;
        r.expected = QStringLiteral("includes=[%1]").arg(c.includes.join(QLatin1String(", ")));
        r.found = QStringLiteral("[%1]").arg(codes.join(QLatin1String(", ")));
    }
    return {};
}

Result<void> ScenarioChecker::checkMailbox(const ScenarioCheck &c, CheckResult &r)
{
    auto mailbox = m_store.mailbox(c.target);
    if (!mailbox)
        return mailbox.error();
    if (!*mailbox)
        return makeError(Error::Code::NotFound, tr("there is no mailbox %1").arg(c.target));
    const Mailbox &m = **mailbox;
    QStringList wanted, had;
    auto status = [&](const char *name, const std::optional<ChannelStatus> &want,
                      ChannelStatus is) {
        if (want && *want != is) {
            wanted.append(
                QStringLiteral("%1=%2").arg(QLatin1String(name), channelStatusName(*want)));
            had.append(QStringLiteral("%1=%2").arg(QLatin1String(name), channelStatusName(is)));
        }
    };
    status("incoming", c.incoming, m.incomingStatus);
    status("outgoing", c.outgoing, m.outgoingStatus);
    status("act", c.act, m.actStatus);
    if (c.enabled && *c.enabled != m.enabled) {
        wanted.append(QStringLiteral("enabled=%1").arg(yesNo(*c.enabled)));
        had.append(QStringLiteral("enabled=%1").arg(yesNo(m.enabled)));
    }
    if (c.disabled) {
        QStringList is;
        for (MailboxChannel channel : m.disabledChannels())
            is.append(mailboxChannelName(channel));
        is.sort();
        if (is != *c.disabled) {
            wanted.append(QStringLiteral("disabled=[%1]").arg(c.disabled->join(u',')));
            had.append(QStringLiteral("disabled=[%1]").arg(is.join(u',')));
        }
    }
    if (!c.alert.isEmpty()) {
        auto alerts = m_store.alerts(m.id);
        if (!alerts)
            return alerts.error();
        QStringList codes;
        for (const Alert &a : *alerts)
            codes.append(reasonCodeName(a.code));
        if (!codes.contains(c.alert)) {
            wanted.append(QStringLiteral("alert=%1").arg(c.alert));
            had.append(QStringLiteral("alerts=[%1]").arg(codes.join(QLatin1String(", "))));
        }
    }
    if (!wanted.isEmpty()) {
        r.passed = false;
        r.expected = wanted.join(QLatin1String(", "));
        r.found = had.join(QLatin1String(", "));
    }
    return {};
}

QString ScenarioChecker::explanation(const QString &itemId)
{
    Explainer explainer(m_store);
    auto x = explainer.explain(itemId);
    if (!x || x->decisions.isEmpty())
        return tr("No decision was made about %1.").arg(itemId);
    QStringList lines;
    for (const ExplainedDecision &d : x->decisions)
        lines.append(
            QStringLiteral("%1 %2: %3")
                .arg(d.entry.time.toString(Qt::ISODate), reasonCodeName(d.entry.code), d.sentence));
    return lines.join(u'\n');
}

} // namespace SyncLens
