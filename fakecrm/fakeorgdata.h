#pragma once

#include "model/crmrecord.h"
#include "model/result.h"
#include "model/team.h"
#include "model/user.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace SyncLens {
class OrgStore;
}

namespace SyncLens::Fake {

// A sandbox org as Dataverse's Web API would show it: rows of each entity
// set with Dataverse's column names (lookups as `_x_value`, with their
// `@Microsoft.Dynamics.CRM.lookuplogicalname`), sorted by primary key. Adds
// what Dataverse has and a sandbox does not: the application user the client
// secret signs in as, a disabled user, a queue with its mailbox, and
// ordinary views (querytype 0) named like filters, which are not filters.
class FakeOrgData
{
public:
    static Result<FakeOrgData> load(OrgStore &store);

    struct EntitySet
    {
        QString primaryKey;
        QList<QJsonObject> rows;
    };

    const EntitySet *entitySet(const QString &name) const;
    // A row to change in place (tests: the org changes between two reads);
    // nullptr when there is none with that primary key.
    QJsonObject *row(const QString &set, const QString &id);
    // The org deletes a row (FakeChangeTracking::deleteRow); false when
    // there is none with that primary key.
    bool remove(const QString &set, const QString &id);
    // For the fake's writes (fakewriteroutes.h): nullptr when there is no such set.
    EntitySet *mutableEntitySet(const QString &name);
    // What the fake's FetchXML evaluation reads (fakefetchevaluator.h): the
    // sandbox's contacts, appointments and tasks, its users and teams.
    const QList<CrmRecord> &records(const QString &type) const;
    const QList<User> &users() const { return m_users; }
    const QList<Team> &teams() const { return m_teams; }
    // The entity set of a FetchXML root entity ("contact" → "contacts").
    static QString entitySetOf(const QString &entity);
    QString applicationUserId() const { return QLatin1String(kApplicationUser); }
    QString applicationUserObjectId() const { return QLatin1String(kApplicationObject); }

    static constexpr const char *kApplicationUser = "00000000-0000-0000-0000-00000000a001";
    static constexpr const char *kApplicationObject = "00000000-0000-0000-0000-00000000a0a1";

    // A time as Dataverse writes it (UTC, ISO 8601), null when there is none.
    static QJsonValue isoTime(const QDateTime &time);
    // A lookup column as `_column_value` with its lookuplogicalname annotation.
    static void setLookup(QJsonObject &row, const QString &column, const QString &id,
                          const QString &type);

    // A row of an entity set (with its @odata.etag).
    void add(const QString &set, const QString &primaryKey, QJsonObject row);

private:
    void sortAll();
    QHash<QString, EntitySet> m_sets;
    QHash<QString, QList<CrmRecord>> m_records;
    QList<User> m_users;
    QList<Team> m_teams;
};

} // namespace SyncLens::Fake
