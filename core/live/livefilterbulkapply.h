#pragma once

#include "livefilterwriter.h"

#include <QList>
#include <QObject>
#include <QStringList>

namespace SyncLens {

// Applies one filter definition to several users of a live org, one user
// after another, through LiveFilterWriter: each user's filter of the same
// type and name gets the definition's FetchXML and state (If-Match on its
// ETag), a user without one gets a new filter. Each user ends with an
// outcome (done, conflict, forbidden, failed, refused or cancelled) and
// finished() lists all of them: no write is left unreported. A cancel stops
// before the next user; those not reached end Cancelled.
class LiveFilterBulkApply final : public QObject
{
    Q_OBJECT

public:
    LiveFilterBulkApply(OrgStore &store, DataverseClient *client, LiveFilterWriter::Options options,
                        QObject *parent = nullptr);

    void start(const SyncFilter &definition, const QStringList &userIds,
               const QString &kind = QStringLiteral("outlook"));
    void cancel();

Q_SIGNALS:
    void userDone(const SyncLens::LiveFilterOutcome &outcome);
    void finished(const QList<SyncLens::LiveFilterOutcome> &outcomes);

private:
    void next();
    void done(const LiveFilterOutcome &outcome);

    OrgStore &m_store;
    LiveFilterWriter m_writer;
    SyncFilter m_definition;
    QString m_kind;
    QStringList m_users;
    int m_at = 0;
    bool m_cancelled = false;
    QList<LiveFilterOutcome> m_outcomes;
};

} // namespace SyncLens
