#include "causedescriber.h"

#include "fetchxml/fetchxmlparser.h"
#include "fetchxml/filterdescriber.h"
#include "store/orgstore.h"
#include "sync/mailboxhealth.h"

#include <functional>

namespace SyncLens {

using CauseKind = OrgEvent::Kind;

CauseDescriber::CauseDescriber(OrgStore &store)
    : m_store(store)
{}

QString CauseDescriber::userName(const QString &userId)
{
    if (!m_namesRead) {
        m_namesRead = true;
        if (auto users = m_store.users()) {
            for (const User &u : std::as_const(*users))
                m_userNames.insert(u.id, u.name);
        }
        if (auto mailboxes = m_store.mailboxes()) {
            for (const Mailbox &m : std::as_const(*mailboxes))
                m_mailboxUsers.insert(m.id, m.userId);
        }
    }
    return m_userNames.value(userId, userId);
}

QString CauseDescriber::mailboxOwner(const QString &mailboxId)
{
    userName({}); // reads the names once
    return userName(m_mailboxUsers.value(mailboxId, mailboxId));
}

QString CauseDescriber::authorOr(const OrgEvent &event, const QString &fallback) const
{
    return event.author.isEmpty() ? fallback : event.author;
}

QString CauseDescriber::filterSentence(const QString &fetchXml) const
{
    FilterDescriber describer;
    describer.setUserNames(m_userNames);
    const auto query = FetchXmlParser().parse(fetchXml);
    return query ? describer.describe(*query) : tr("(FetchXML that cannot be read)");
}

QString CauseDescriber::emailFilteringText(const QString &name) const
{
    const auto value = emailFilteringFromName(name);
    switch (value.value_or(EmailFiltering::Responses)) {
    case EmailFiltering::All:
        return tr("all email messages");
    case EmailFiltering::Responses:
        return tr("email messages in response to CRM email");
    case EmailFiltering::Records:
        return tr("email messages from leads, contacts and accounts");
    case EmailFiltering::EmailEnabled:
        return tr("email messages from email-enabled records");
    case EmailFiltering::None:
        break;
    }
    return tr("no email messages");
}

// The overrides as "sync.outOfScope = delete", one per setting.
QString CauseDescriber::settingsSentence(const QJsonObject &settings) const
{
    QStringList parts;
    std::function<void(const QString &, const QJsonValue &)> walk = [&](const QString &path,
                                                                        const QJsonValue &v) {
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it)
                walk(path.isEmpty() ? it.key() : path + u'.' + it.key(), it.value());
            return;
        }
        const QString value = v.isString() ? v.toString()
                              : v.isBool() ? QString::fromLatin1(v.toBool() ? "true" : "false")
                                           : QString::number(v.toDouble());
        //: an org setting and its new value, e.g. sync.outOfScope = delete
        parts.append(tr("%1 = %2").arg(path, value));
    };
    walk({}, settings);
    return parts.join(QStringLiteral(", "));
}

Result<CauseStory> CauseDescriber::describeFilter(const OrgEvent &event)
{
    auto version = m_store.filterVersion(event.filterVersionId);
    if (!version)
        return version.error();
    if (!*version)
        return makeError(Error::Code::NotFound,
                         tr("There is no filter version %1.").arg(event.filterVersionId));
    const FilterVersion &v = **version;
    auto versions = m_store.filterVersions(v.filter.id);
    if (!versions)
        return versions.error();
    std::optional<FilterVersion> previous;
    for (const FilterVersion &older : std::as_const(*versions)) {
        if (older.id < v.id)
            previous = older;
    }
    const QString owner = userName(v.filter.userId);
    const QString author = authorOr(event, tr("an administrator"));
    CauseStory story;
    if (author == owner) {
        //: %1 who, %2 the filter's name: a user changed a filter of their own
        story.title = v.present ? tr("%1 changed their sync filter “%2”").arg(owner, v.filter.name)
                                : tr("%1 removed their sync filter “%2”").arg(owner, v.filter.name);
    } else if (!v.present) {
        //: %1 who, %2 the filter's name, %3 whose filter
        story.title = tr("%1 removed the sync filter “%2” of %3").arg(author, v.filter.name, owner);
    } else if (!previous || !previous->present) {
        story.title = tr("%1 created the sync filter “%2” of %3").arg(author, v.filter.name, owner);
    } else {
        story.title = tr("%1 changed the sync filter “%2” of %3").arg(author, v.filter.name, owner);
    }
    if (previous && previous->present)
        story.before = filterSentence(previous->filter.fetchXml);
    if (v.present)
        story.after = filterSentence(v.filter.fetchXml);
    return story;
}

Result<CauseStory> CauseDescriber::describe(const OrgEvent &event)
{
    CauseStory story;
    const QString owner =
        event.mailboxId.isEmpty() ? userName(event.userId) : mailboxOwner(event.mailboxId);
    const QString admin = authorOr(event, tr("An administrator"));
    switch (event.kind) {
    case CauseKind::FilterChanged:
        return describeFilter(event);
    case CauseKind::SettingChanged:
        story.title = tr("%1 changed the org's synchronization settings").arg(admin);
        story.after = settingsSentence(event.facts.value(u"settings").toObject());
        break;
    case CauseKind::EmailFilteringChanged:
        //: %1 whose setting; then which email messages are tracked, before and after
        story.title = tr("%1 changed which email messages are tracked automatically")
                          .arg(authorOr(event, owner));
        story.before = emailFilteringText(event.facts.value(u"before").toString());
        story.after = emailFilteringText(event.facts.value(u"after").toString());
        break;
    case CauseKind::MailboxApproved:
        story.title = tr("%1 approved the mailbox of %2").arg(admin, owner);
        break;
    case CauseKind::MailboxUnapproved:
        story.title = tr("%1 withdrew the approval of the mailbox of %2").arg(admin, owner);
        break;
    case CauseKind::MailboxEnabled:
        story.title = tr("%1 enabled the mailbox of %2 (Test & Enable)").arg(admin, owner);
        break;
    case CauseKind::MailboxDisabled:
        story.title = tr("%1 disabled the mailbox of %2").arg(admin, owner);
        break;
    }
    return story;
}

CauseStory CauseDescriber::describeFailing(const Alert &alert)
{
    return {tr("The mailbox of %1 started failing").arg(mailboxOwner(alert.mailboxId)),
            {},
            MailboxHealth::message(alert)};
}

CauseStory CauseDescriber::describeRecovered(const Alert &alert)
{
    return {tr("The mailbox of %1 recovered").arg(mailboxOwner(alert.mailboxId)),
            {},
            MailboxHealth::message(alert)};
}

} // namespace SyncLens
