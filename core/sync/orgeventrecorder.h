#pragma once

#include "model/mailbox.h"
#include "model/orgevent.h"
#include "model/result.h"
#include "model/user.h"

#include <QDateTime>
#include <QJsonObject>

namespace SyncLens {

class OrgStore;

// Records the org events (the causes on the timeline) that a change of a
// user, a mailbox or the org settings makes, beside the change itself: the
// scenario steps and the engine's mailbox actions both call it, inside the
// transaction that writes the change. Filter changes are recorded by
// FilterHistory. A change that is no change records nothing.
class OrgEventRecorder
{
public:
    OrgEventRecorder(OrgStore &store, QDateTime at, QString author);

    Result<void> userChanged(const User &before, const User &after);
    Result<void> mailboxChanged(const Mailbox &before, const Mailbox &after);
    // `overrides`: what changed, nested as OrgSettings::withOverrides takes it.
    Result<void> settingsChanged(const QJsonObject &overrides);

private:
    Result<void> append(OrgEvent event);

    OrgStore &m_store;
    QDateTime m_at;
    QString m_author;
};

} // namespace SyncLens
