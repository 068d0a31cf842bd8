#pragma once

#include "fakeorgdata.h"
#include "fakeroutes.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace SyncLens::Fake {

// A write (or a read by key) of a user query, as the fake receives it. The
// caller is the systemuserid the request acts as: the impersonated user
// (CallerObjectId), otherwise the signed-in account.
struct FakeWriteRequest
{
    QByteArray method; // GET, POST, PATCH, DELETE
    QString resource;  // "userqueries" or "userqueries(<id>)"
    QByteArray body;
    QByteArray ifMatch;
    QByteArray prefer;
    QString callerId;
};

// The fake's user queries as Dataverse keeps them (dataverse-web-api.md
// §1.6, §2.5): each row has a weak ETag W/"n" that changes with every write;
// PATCH and DELETE with If-Match answer 412 when it is stale; POST creates
// (201 with Prefer: return=representation, else 204 with OData-EntityId);
// querytype cannot change; statecode/statuscode activate or deactivate.
// Another user's query may be written only by a caller allowed to manage it
// (`mayManage`: the privilege "manage user synchronization filters",
// prvAdminFilter, at a depth that reaches the owner); otherwise 403.
class FakeWriteRoutes
{
public:
    using MayManage = std::function<bool(const QString &callerId, const QString &ownerId)>;

    static bool handles(const QByteArray &method, const QString &resource);
    FakeReply answer(FakeOrgData &data, const FakeWriteRequest &request,
                     const MayManage &mayManage);
    // Someone else changes a query (a test's "meanwhile"): new ETag.
    bool touch(FakeOrgData &data, const QString &id, const QJsonObject &changes);

private:
    FakeReply readOne(const QJsonObject &row) const;
    FakeReply create(FakeOrgData::EntitySet &set, const FakeWriteRequest &request,
                     const MayManage &mayManage);
    FakeReply update(QJsonObject &row, const FakeWriteRequest &request);
    QString nextETag();

    int m_version = 700000;
};

} // namespace SyncLens::Fake
