#pragma once

#include "model/journalentry.h"
#include "model/orgevent.h"

#include <QHash>
#include <QList>

#include <optional>

namespace SyncLens {

class OrgStore;

// Finds the change that made the engine take a decision: the latest org
// event that concerns the decision's mailbox and the kind of rule it
// decided by — a filter or setting change for a scope decision, a change of
// email tracking for an email, a mailbox action for anything — after the
// item's previous decision in that mailbox (the engine had seen what came
// before) and at most MaxDelay before it. Reads the org's events once.
class CauseFinder
{
public:
    static constexpr qint64 MaxDelaySeconds = 24 * 3600;

    explicit CauseFinder(OrgStore &store);

    // `since`: the item's previous decision in that mailbox (invalid: none).
    std::optional<OrgEvent> causeOf(const JournalEntry &entry, const QDateTime &since);

private:
    void load();
    bool concerns(const OrgEvent &event, const JournalEntry &entry) const;

    OrgStore &m_store;
    bool m_loaded = false;
    QList<OrgEvent> m_events; // by time
    QHash<QString, QString> m_userOfMailbox;
};

} // namespace SyncLens
