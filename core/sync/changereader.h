#pragma once

#include "emailsync.h"
#include "model/exchangeitem.h"
#include "model/result.h"

#include <QHash>
#include <QList>

#include <vector>

namespace SyncLens {

class OrgStore;
struct Mailbox;

// What changed in the running mailboxes since each of their channels last
// ran: the emails that arrived (for EmailSync, their fields as text) and the
// appointments, tasks and contacts (for ActSync). One read per mailbox when
// both channels stand at the same place, else one each.
class ChangeReader
{
public:
    // One mailbox's channels that run this cycle, and where each stands.
    struct Channels
    {
        Mailbox *mailbox = nullptr;
        bool incoming = false;
        bool act = false;
        qint64 incomingSince = 0;
        qint64 actSince = 0;
    };
    struct Changes
    {
        std::vector<EmailSync::Arrival> arrivals;     // in EmailSync::arrivesBefore() order
        QHash<QString, QList<ExchangeItem>> actItems; // by mailbox
    };

    explicit ChangeReader(OrgStore &store);

    // With `aside`, a second connection in a thread of its own reads
    // mailboxes too, each taking the next one not yet read, and sorts what
    // it read: a cycle that reads every item (a first one) spent a third of
    // a second on it at 200,000 items, with the second core idle. Only where
    // that connection sees what this one does (OrgStore::canBeReadAside());
    // should it fail, its mailboxes are read again here.
    Result<Changes> read(const std::vector<Channels> &channels, bool aside);

    // Whether the last read() had a second connection's help (for tests).
    bool readAside() const { return m_readAside; }

private:
    static Result<void> readOne(OrgStore &store, const Channels &channels,
                                std::vector<EmailSync::Arrival> &arrivals,
                                QList<ExchangeItem> &actItems);

    OrgStore &m_store;
    bool m_readAside = false;
};

} // namespace SyncLens
