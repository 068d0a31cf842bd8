#include "changereader.h"

#include "model/mailbox.h"
#include "model/recordtypes.h"
#include "store/orgstore.h"
#include "synclog.h"

#include <algorithm>
#include <atomic>
#include <future>
#include <iterator>

namespace SyncLens {

namespace {

using Arrivals = std::vector<EmailSync::Arrival>;

// Two runs in EmailSync's order as one; its order being total, the same
// whichever connection read which mailbox.
Arrivals merged(Arrivals &&a, Arrivals &&b)
{
    Arrivals all;
    all.reserve(a.size() + b.size());
    std::merge(std::make_move_iterator(a.begin()), std::make_move_iterator(a.end()),
               std::make_move_iterator(b.begin()), std::make_move_iterator(b.end()),
               std::back_inserter(all), EmailSync::arrivesBefore);
    return all;
}

} // namespace

ChangeReader::ChangeReader(OrgStore &store)
    : m_store(store)
{}

Result<void> ChangeReader::readOne(OrgStore &store, const Channels &channels, Arrivals &arrivals,
                                   QList<ExchangeItem> &actItems)
{
    Mailbox *m = channels.mailbox;
    const bool together =
        channels.incoming && channels.act && channels.incomingSince == channels.actSince;
    for (const bool emails : {true, false}) {
        if ((emails && !channels.incoming) || (!emails && (!channels.act || together)))
            continue;
        const bool both = emails && together;
        auto r = store.forEachExchangeItemChangedSince(
            m->id, emails ? channels.incomingSince : channels.actSince,
            [&](const ExchangeItem &i, QByteArrayView fieldsText) {
                if (i.type == RecordTypes::Email) {
                    if (emails)
                        arrivals.push_back({m, i, fieldsText.toByteArray()});
                } else if (!emails || both) {
                    actItems.append(i);
                }
                return true;
            },
            // An email's fields are parsed when it is decided, in time
            // order across mailboxes (EmailSync::receive()).
            QString(RecordTypes::Email));
        if (!r)
            return r;
    }
    return {};
}

Result<ChangeReader::Changes> ChangeReader::read(const std::vector<Channels> &channels, bool aside)
{
    const size_t count = channels.size();
    m_readAside = aside && count > 1 && m_store.canBeReadAside();
    std::vector<QList<ExchangeItem>> actItems(count);
    enum class ReadBy : char
    {
        Nobody,
        Here,
        Aside
    };
    std::vector<ReadBy> readBy(count, ReadBy::Nobody); // each slot written by one thread
    std::atomic<size_t> next = 0;
    // Takes the next mailbox not yet read until none is left, then sorts.
    auto readMailboxes = [&](OrgStore &store, ReadBy who, Arrivals &arrivals) -> Result<void> {
        for (size_t i = next++; i < count; i = next++) {
            readBy[i] = who;
            if (auto r = readOne(store, channels[i], arrivals, actItems[i]); !r) {
                next = count; // the other connection stops too
                return r;
            }
        }
        std::sort(arrivals.begin(), arrivals.end(), EmailSync::arrivesBefore);
        return {};
    };
    Arrivals here, besides;
    std::future<Result<void>> asideRead;
    if (m_readAside) {
        asideRead = std::async(std::launch::async, [&, path = m_store.path()] {
            auto reader = OrgStore::open(path, OrgStore::Access::ReadOnly);
            if (!reader)
                return Result<void>(reader.error());
            return readMailboxes(**reader, ReadBy::Aside, besides);
        });
    }
    if (auto r = readMailboxes(m_store, ReadBy::Here, here); !r)
        return r.error(); // `asideRead` waits for its thread as it goes
    if (m_readAside) {
        if (const Result<void> r = asideRead.get(); !r) {
            qCWarning(lcSync) << "reading changes beside the cycle failed, reading them on its"
                                 " connection:"
                              << r.error().message;
            m_readAside = false;
            besides.clear();
            for (size_t i = 0; i < count; ++i) {
                if (readBy[i] == ReadBy::Here)
                    continue;
                actItems[i].clear();
                if (auto again = readOne(m_store, channels[i], here, actItems[i]); !again)
                    return again.error();
            }
            std::sort(here.begin(), here.end(), EmailSync::arrivesBefore);
        }
    }
    Changes changes{merged(std::move(here), std::move(besides)), {}};
    for (size_t i = 0; i < count; ++i) {
        if (!actItems[i].isEmpty())
            changes.actItems.insert(channels[i].mailbox->id, std::move(actItems[i]));
    }
    return changes;
}

} // namespace SyncLens
