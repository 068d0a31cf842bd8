#include "timelinecauseloader.h"

#include "explain/causedescriber.h"
#include "store/orgstore.h"

namespace SyncLens {

namespace {

bool within(const QDateTime &t, const QDateTime &from, const QDateTime &to)
{
    return (!from.isValid() || t >= from) && (!to.isValid() || t < to);
}

TimelineCause::Kind causeKindOf(OrgEvent::Kind kind)
{
    switch (kind) {
    case OrgEvent::Kind::FilterChanged:
        return TimelineCause::Kind::Filter;
    case OrgEvent::Kind::SettingChanged:
        return TimelineCause::Kind::Setting;
    case OrgEvent::Kind::EmailFilteringChanged:
        return TimelineCause::Kind::EmailFiltering;
    case OrgEvent::Kind::MailboxApproved:
    case OrgEvent::Kind::MailboxUnapproved:
    case OrgEvent::Kind::MailboxEnabled:
    case OrgEvent::Kind::MailboxDisabled:
        break;
    }
    return TimelineCause::Kind::Mailbox;
}

TimelineCause causeOf(qint64 time, TimelineCause::Kind kind, int mailbox, const CauseStory &story)
{
    TimelineCause c;
    c.time = time;
    c.kind = kind;
    c.mailbox = mailbox;
    c.title = story.title;
    c.before = story.before;
    c.after = story.after;
    return c;
}

} // namespace

Result<void> TimelineCauseLoader::load(OrgStore &store, const QHash<QString, int> &mailboxes,
                                       const QDateTime &from, const QDateTime &to,
                                       TimelineDataBuilder &builder)
{
    if (auto r = loadEvents(store, mailboxes, from, to, builder); !r)
        return r;
    return loadHealth(store, mailboxes, from, to, builder);
}

Result<void> TimelineCauseLoader::loadEvents(OrgStore &store, const QHash<QString, int> &mailboxes,
                                             const QDateTime &from, const QDateTime &to,
                                             TimelineDataBuilder &builder)
{
    auto events = store.orgEvents(from, to);
    if (!events)
        return events.error();
    if (events->isEmpty())
        return {};
    auto all = store.mailboxes();
    if (!all)
        return all.error();
    QHash<QString, QString> mailboxOfUser;
    for (const Mailbox &m : std::as_const(*all))
        mailboxOfUser.insert(m.userId, m.id);
    CauseDescriber describer(store);
    for (const OrgEvent &e : std::as_const(*events)) {
        int mailbox = -1;
        if (e.kind != OrgEvent::Kind::SettingChanged) {
            const QString id = e.mailboxId.isEmpty() ? mailboxOfUser.value(e.userId) : e.mailboxId;
            mailbox = mailboxes.value(id, -1);
            if (mailbox < 0)
                continue; // about a mailbox that is not shown
        }
        auto story = describer.describe(e);
        if (!story)
            return story.error();
        TimelineCause c = causeOf(e.time.toMSecsSinceEpoch(), causeKindOf(e.kind), mailbox, *story);
        c.eventId = e.id;
        c.versionId = e.filterVersionId;
        builder.addCause(std::move(c));
    }
    return {};
}

// A mailbox's first failure after running well, and its recovery.
Result<void> TimelineCauseLoader::loadHealth(OrgStore &store, const QHash<QString, int> &mailboxes,
                                             const QDateTime &from, const QDateTime &to,
                                             TimelineDataBuilder &builder)
{
    CauseDescriber describer(store);
    for (auto it = mailboxes.begin(); it != mailboxes.end(); ++it) {
        auto alerts = store.alerts(it.key());
        if (!alerts)
            return alerts.error();
        bool failing = false;
        for (const Alert &a : std::as_const(*alerts)) {
            const bool recovered = a.code == ReasonCode::Recovered;
            const bool problem = !recovered && a.severity != AlertSeverity::Information;
            if (((problem && !failing) || (recovered && failing)) && within(a.time, from, to)) {
                builder.addCause(causeOf(
                    a.time.toMSecsSinceEpoch(),
                    recovered ? TimelineCause::Kind::Recovered : TimelineCause::Kind::Failing,
                    it.value(),
                    recovered ? describer.describeRecovered(a) : describer.describeFailing(a)));
            }
            if (problem || recovered)
                failing = problem;
        }
    }
    return {};
}

} // namespace SyncLens
