#include "daystory.h"

#include "causedescriber.h"
#include "explainer.h"
#include "model/recordtypes.h"
#include "store/orgstore.h"

#include <algorithm>

namespace SyncLens {

namespace {

// Meetings, tasks and contacts: what an end user keeps in Outlook.
bool isPersonalType(const QString &type)
{
    return type == RecordTypes::Appointment || type == RecordTypes::Task ||
           type == RecordTypes::Contact;
}

} // namespace

Result<DayStory::Story> DayStory::tell(OrgStore &store, const QString &userId, const QDate &day)
{
    auto user = store.user(userId);
    if (!user)
        return user.error();
    if (!*user)
        return makeError(Error::Code::NotFound, tr("There is no user %1 in this org.").arg(userId));
    auto mailboxes = store.mailboxes();
    if (!mailboxes)
        return mailboxes.error();
    const auto mailbox = std::find_if(mailboxes->begin(), mailboxes->end(),
                                      [&](const Mailbox &m) { return m.userId == userId; });
    if (mailbox == mailboxes->end())
        return makeError(Error::Code::NotFound, tr("%1 has no mailbox.").arg((*user)->name));

    Story story{userId,
                (*user)->name,
                mailbox->id,
                QDateTime(day, QTime(0, 0), Qt::UTC),
                QDateTime(day.addDays(1), QTime(0, 0), Qt::UTC),
                {},
                0};
    auto entries = store.journalForMailbox(story.mailboxId, story.from, story.to, 100000);
    if (!entries)
        return entries.error();
    Explainer explainer(store);
    QHash<QString, std::pair<QString, QString>> items; // id → (type, title)
    for (const JournalEntry &e : std::as_const(*entries)) {
        if (!items.contains(e.itemId)) {
            auto record = store.crmRecord(e.itemId);
            auto item = store.exchangeItem(MailboxId(e.mailboxId), ItemId(e.itemId));
            const QJsonObject fields = record && *record ? (*record)->fields
                                       : item && *item   ? (*item)->fields
                                                         : QJsonObject();
            const QString type = record && *record ? (*record)->type
                                 : item && *item   ? (*item)->type
                                                   : QString();
            const QString title =
                fields.value(u"subject").toString(fields.value(u"fullname").toString(e.itemId));
            items.insert(e.itemId, {type, title});
        }
        const auto &[type, title] = items.value(e.itemId);
        if (!isPersonalType(type))
            continue;
        if (story.lines.size() >= MaxLines) {
            ++story.untold;
            continue;
        }
        story.lines.append({e.time, e.itemId, title, explainer.explainEntry(e).sentence});
    }

    auto events = store.orgEvents(story.from, story.to);
    if (!events)
        return events.error();
    CauseDescriber describer(store);
    for (const OrgEvent &e : std::as_const(*events)) {
        const bool concerns = e.kind == OrgEvent::Kind::SettingChanged || e.userId == userId ||
                              e.mailboxId == story.mailboxId;
        if (!concerns)
            continue;
        auto told = describer.describe(e);
        if (!told)
            return told.error();
        story.lines.append({e.time, {}, told->title, told->after, true, e.id});
    }
    std::stable_sort(story.lines.begin(), story.lines.end(), [](const Line &a, const Line &b) {
        // A cause comes before what it set off at the same time.
        return a.time < b.time || (a.time == b.time && a.isCause && !b.isCause);
    });
    return story;
}

} // namespace SyncLens
