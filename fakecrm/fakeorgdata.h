#pragma once

#include "model/result.h"

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
    // The entity set of a FetchXML root entity ("contact" → "contacts").
    static QString entitySetOf(const QString &entity);
    QString applicationUserId() const { return QLatin1String(kApplicationUser); }
    QString applicationUserObjectId() const { return QLatin1String(kApplicationObject); }

    static constexpr const char *kApplicationUser = "00000000-0000-0000-0000-00000000a001";
    static constexpr const char *kApplicationObject = "00000000-0000-0000-0000-00000000a0a1";

    // A row of an entity set (with its @odata.etag).
    void add(const QString &set, const QString &primaryKey, QJsonObject row);

private:
    void sortAll();
    QHash<QString, EntitySet> m_sets;
};

} // namespace SyncLens::Fake
