#include "timelineloader.h"

#include "store/orgstore.h"
#include "timelinecauseloader.h"
#include "timelinedatabuilder.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcTimeline, "synclens.timeline", QtInfoMsg)

namespace SyncLens {

namespace {

// The mailboxes to show and each one's label (its user's name).
Result<QList<std::pair<QString, QString>>> mailboxRows(OrgStore &store, const QStringList &wanted)
{
    auto mailboxes = store.mailboxes();
    if (!mailboxes)
        return mailboxes.error();
    auto users = store.users();
    if (!users)
        return users.error();
    QHash<QString, QString> userNames;
    for (const User &u : *users)
        userNames.insert(u.id, u.name);
    QHash<QString, QString> labels;
    for (const Mailbox &m : *mailboxes)
        labels.insert(m.id, userNames.value(m.userId, m.id));

    QList<std::pair<QString, QString>> rows;
    const QStringList ids = wanted.isEmpty() ? labels.keys() : wanted;
    for (const QString &id : ids)
        rows.append({id, labels.value(id, id)});
    if (wanted.isEmpty())
        std::sort(rows.begin(), rows.end());
    return rows;
}

} // namespace

Result<std::shared_ptr<const TimelineData>>
TimelineLoader::load(OrgStore &store, const QStringList &mailboxIds, const QDateTime &from,
                     const QDateTime &to, const std::atomic_bool *cancel)
{
    QElapsedTimer timer;
    timer.start();
    auto rows = mailboxRows(store, mailboxIds);
    if (!rows)
        return rows.error();
    TimelineDataBuilder builder;
    bool cancelled = false;
    QHash<QString, int> shown;
    for (const auto &[id, label] : *rows) {
        const int mailbox = builder.addMailbox(id, label);
        shown.insert(id, mailbox);
        auto read = store.forEachJournalEntry(id, from, to, [&](const JournalEntry &e) {
            // An atomic load per row is cheap next to reading the row.
            if (cancel && cancel->load(std::memory_order_relaxed)) {
                cancelled = true;
                return false;
            }
            builder.add(e.time.toMSecsSinceEpoch(), e.cycle, mailbox, e.itemId, e.code);
            return true;
        });
        if (!read)
            return read.error();
        if (cancelled)
            return Error{Error::Code::Cancelled, tr("Loading the timeline was cancelled.")};
    }
    if (auto causes = TimelineCauseLoader::load(store, shown, from, to, builder); !causes)
        return causes.error();
    auto data = builder.build();
    qCDebug(lcTimeline) << "loaded" << data->eventCount() << "marks and" << data->causes().size()
                        << "causes of" << rows->size() << "mailboxes in" << timer.elapsed() << "ms";
    return data;
}

} // namespace SyncLens
