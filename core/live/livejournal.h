#pragma once

#include "model/result.h"

namespace SyncLens {

class OrgStore;

// Gives a live org's timeline what Dynamics itself recorded, never a
// decision it did not make: each tracked email whose correlationmethod names
// a rule of the model (IN_REPLY_TO, TOKEN, CONVERSATION, SMART_MATCH: the
// mapping Explain uses) as a journal entry at the time it was tracked
// (createdon), in its owner's mailbox; and each mailbox alert (tracelog) as a
// health mark at its time, as a sync cycle journals its alerts. The facts say
// "source": "live", so that Explain tells them in Dynamics' words.
//
// An import or a refresh writes a new file and calls this once, when the
// emails, alerts and mailboxes are in: the journal is rebuilt from what the
// file holds, so a refresh adds the new emails and never doubles an old one.
class LiveJournal
{
public:
    // How many entries were written.
    static Result<qint64> write(OrgStore &store);
};

} // namespace SyncLens
