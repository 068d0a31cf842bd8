#pragma once

#include "fakeorgdata.h"
#include "fakeroutes.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QUrl>

namespace SyncLens::Fake {

// Dataverse's change tracking as the Web API shows it: a collection read
// with `Prefer: odata.track-changes` ($select only) ends with an
// `@odata.deltaLink` holding a `$deltatoken`; that link, read later, gives
// the rows added or changed since (through deleteRow()/markChanged()) and one
// `{"@odata.context": "…/$metadata#SET/$deletedEntity", "id": …, "reason":
// "deleted"}` per row deleted since. A table not enabled for change tracking
// refuses the preference (400), so does a token older than the oldest kept
// (expireTokens()) or one that cannot be read.
class FakeChangeTracking
{
public:
    // Whether a GET asks for change tracking (the preference or a token).
    static bool asks(const QUrl &url, const QByteArray &prefer);

    FakeReply answer(const FakeOrgData::EntitySet &set, const QString &setName, const QUrl &url,
                     const QByteArray &prefer, int maxPageSize) const;

    // The org deletes a row: it goes from `data`, and later deltas say so.
    bool deleteRow(FakeOrgData &data, const QString &setName, const QString &id);
    // A row changed (or was added): later deltas carry it.
    void markChanged(const QString &setName, const QString &id)
    {
        m_changed[setName][id] = ++m_version;
    }
    // Every token issued so far stops working, as after Dataverse's
    // retention period: a read with one is refused.
    void expireTokens() { m_oldestValid = m_version + 1; }

    // Entity sets whose table is not enabled for change tracking.
    QSet<QString> untracked;

private:
    FakeReply delta(const FakeOrgData::EntitySet &set, const QString &setName, const QUrl &url,
                    qint64 since) const;
    QUrl deltaLink(const QUrl &url) const;

    qint64 m_version = 1;
    qint64 m_oldestValid = 0;
    QHash<QString, QHash<QString, qint64>> m_changed; // set → id → version
    QHash<QString, QHash<QString, qint64>> m_deleted; // set → id → version
};

} // namespace SyncLens::Fake
