#include "fakewriteroutes.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QUuid>

#include <algorithm>

namespace SyncLens::Fake {

namespace {

const QString kSet = QStringLiteral("userqueries");
const QString kKey = QStringLiteral("userqueryid");
const QString kOwner = QStringLiteral("_ownerid_value");
const QString kETag = QStringLiteral("@odata.etag");

// "userqueries(<id>)" → "<id>"; empty when `resource` is not one row.
QString keyOf(const QString &resource)
{
    if (!resource.startsWith(kSet + u'(') || !resource.endsWith(u')'))
        return {};
    return resource.mid(kSet.size() + 1, resource.size() - kSet.size() - 2);
}

int indexOf(const FakeOrgData::EntitySet &set, const QString &id)
{
    for (int i = 0; i < set.rows.size(); ++i) {
        if (set.rows.at(i).value(kKey).toString() == id)
            return i;
    }
    return -1;
}

FakeReply forbidden(const QString &callerId, const QString &id, const QString &ownerId)
{
    return FakeRoutes::error(
        403, QStringLiteral("0x80040220"),
        QStringLiteral("Principal user (Id=%1, type=8) is missing prvAdminFilter privilege "
                       "(Manage User Synchronization Filters) on userquery %2 owned by %3.")
            .arg(callerId, id, ownerId));
}

FakeReply stale()
{
    return FakeRoutes::error(412, QStringLiteral("0x80060882"),
                             QStringLiteral("The version of the existing record doesn't match "
                                            "the RowVersion property provided."));
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

void setState(QJsonObject &row, const QJsonObject &changes)
{
    if (changes.contains(QStringLiteral("statecode"))) {
        const int state = changes.value(QStringLiteral("statecode")).toInt();
        row.insert(QStringLiteral("statecode"), state);
        row.insert(QStringLiteral("statuscode"),
                   changes.contains(QStringLiteral("statuscode"))
                       ? changes.value(QStringLiteral("statuscode")).toInt()
                       : (state == 0 ? 1 : 2));
    }
}

} // namespace

bool FakeWriteRoutes::handles(const QByteArray &method, const QString &resource)
{
    if (method == "POST")
        return resource == kSet;
    return !keyOf(resource).isEmpty();
}

QString FakeWriteRoutes::nextETag()
{
    return QStringLiteral("W/\"%1\"").arg(++m_version);
}

FakeReply FakeWriteRoutes::readOne(const QJsonObject &row) const
{
    FakeReply reply;
    reply.body = row;
    return reply;
}

FakeReply FakeWriteRoutes::answer(FakeOrgData &data, const FakeWriteRequest &request,
                                  const MayManage &mayManage)
{
    FakeOrgData::EntitySet *set = data.mutableEntitySet(kSet);
    if (!set)
        return FakeRoutes::error(
            404, QStringLiteral("0x8006088a"),
            QStringLiteral("Resource not found for the segment 'userqueries'."));
    if (request.method == "POST")
        return create(*set, request, mayManage);
    const QString id = keyOf(request.resource);
    const int at = indexOf(*set, id);
    if (at < 0)
        return FakeRoutes::error(404, {},
                                 QStringLiteral("userquery With Id = %1 Does Not Exist").arg(id));
    QJsonObject &row = set->rows[at];
    const QString owner = row.value(kOwner).toString();
    if (owner != request.callerId && !mayManage(request.callerId, owner))
        return forbidden(request.callerId, id, owner);
    if (request.method == "GET")
        return readOne(row);
    if (!request.ifMatch.isEmpty() && request.ifMatch != "*" &&
        QString::fromUtf8(request.ifMatch) != row.value(kETag).toString())
        return stale();
    if (request.method == "DELETE") {
        set->rows.removeAt(at);
        FakeReply reply;
        reply.status = 204;
        return reply;
    }
    if (request.method == "PATCH")
        return update(row, request);
    return FakeRoutes::error(405, {},
                             QStringLiteral("Method not allowed on %1.").arg(request.resource));
}

FakeReply FakeWriteRoutes::update(QJsonObject &row, const FakeWriteRequest &request)
{
    const QJsonObject changes = QJsonDocument::fromJson(request.body).object();
    if (changes.contains(QStringLiteral("querytype")) &&
        changes.value(QStringLiteral("querytype")).toInt() !=
            row.value(QStringLiteral("querytype")).toInt())
        return FakeRoutes::error(400, QStringLiteral("0x80040203"),
                                 QStringLiteral("The attribute querytype cannot be updated."));
    for (const char *column : {"name", "fetchxml", "description"}) {
        const QString key = QLatin1String(column);
        if (changes.contains(key))
            row.insert(key, changes.value(key));
    }
    setState(row, changes);
    row.insert(kETag, nextETag());
    row.insert(QStringLiteral("modifiedon"), nowText());
    FakeReply reply;
    if (request.prefer.contains("return=representation"))
        reply.body = row;
    else
        reply.status = 204;
    return reply;
}

FakeReply FakeWriteRoutes::create(FakeOrgData::EntitySet &set, const FakeWriteRequest &request,
                                  const MayManage &mayManage)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    QString owner = request.callerId;
    const QString bind = body.value(QStringLiteral("ownerid@odata.bind")).toString();
    if (bind.startsWith(QLatin1String("/systemusers(")) && bind.endsWith(u')'))
        owner = bind.mid(13, bind.size() - 14);
    QString id = body.value(kKey).toString();
    if (id.isEmpty())
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (owner != request.callerId && !mayManage(request.callerId, owner))
        return forbidden(request.callerId, id, owner);
    for (const char *column : {"name", "fetchxml", "returnedtypecode", "querytype"}) {
        if (!body.contains(QLatin1String(column)))
            return FakeRoutes::error(400, QStringLiteral("0x80040200"),
                                     QStringLiteral("%1 is required.").arg(QLatin1String(column)));
    }
    if (indexOf(set, id) >= 0)
        return FakeRoutes::error(412, QStringLiteral("0x80040237"),
                                 QStringLiteral("A record with matching key values already "
                                                "exists."));
    QJsonObject row{{kKey, id},
                    {kOwner, owner},
                    {kOwner + QStringLiteral("@Microsoft.Dynamics.CRM.lookuplogicalname"),
                     QStringLiteral("systemuser")},
                    {QStringLiteral("statecode"), 0},
                    {QStringLiteral("statuscode"), 1}};
    for (const char *column :
         {"name", "fetchxml", "returnedtypecode", "querytype", "description"}) {
        const QString key = QLatin1String(column);
        if (body.contains(key))
            row.insert(key, body.value(key));
    }
    setState(row, body);
    row.insert(kETag, nextETag());
    row.insert(QStringLiteral("modifiedon"), nowText());
    const auto it = std::upper_bound(
        set.rows.begin(), set.rows.end(), id,
        [](const QString &key, const QJsonObject &r) { return key < r.value(kKey).toString(); });
    set.rows.insert(it, row);
    FakeReply reply;
    if (request.prefer.contains("return=representation")) {
        reply.status = 201;
        reply.body = row;
    } else {
        reply.status = 204;
    }
    reply.headers.append({"OData-EntityId", "userqueries(" + id.toUtf8() + ')'});
    return reply;
}

bool FakeWriteRoutes::touch(FakeOrgData &data, const QString &id, const QJsonObject &changes)
{
    FakeOrgData::EntitySet *set = data.mutableEntitySet(kSet);
    const int at = set ? indexOf(*set, id) : -1;
    if (at < 0)
        return false;
    QJsonObject &row = set->rows[at];
    for (auto it = changes.begin(); it != changes.end(); ++it)
        row.insert(it.key(), it.value());
    setState(row, changes);
    row.insert(kETag, nextETag());
    row.insert(QStringLiteral("modifiedon"), nowText());
    return true;
}

} // namespace SyncLens::Fake
