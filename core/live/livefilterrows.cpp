#include "livefilterrows.h"

#include "livefilteroutcome.h"

#include <QJsonDocument>

namespace SyncLens {

QString liveFilterStatusName(LiveFilterOutcome::Status status)
{
    switch (status) {
    case LiveFilterOutcome::Status::Done:
        return QStringLiteral("done");
    case LiveFilterOutcome::Status::Conflict:
        return QStringLiteral("conflict");
    case LiveFilterOutcome::Status::Forbidden:
        return QStringLiteral("forbidden");
    case LiveFilterOutcome::Status::Failed:
        return QStringLiteral("failed");
    case LiveFilterOutcome::Status::Refused:
        return QStringLiteral("refused");
    case LiveFilterOutcome::Status::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("failed");
}

std::optional<int> LiveFilterRows::queryTypeOf(const QString &kind)
{
    if (kind.isEmpty() || kind == u"outlook")
        return 256;
    if (kind == u"offline")
        return 16;
    return std::nullopt;
}

QByteArray LiveFilterRows::patchBody(const SyncFilter &filter)
{
    const QJsonObject body{{QStringLiteral("name"), filter.name},
                           {QStringLiteral("fetchxml"), filter.fetchXml},
                           {QStringLiteral("statecode"), filter.enabled ? 0 : 1},
                           {QStringLiteral("statuscode"), filter.enabled ? 1 : 2}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray LiveFilterRows::createBody(const SyncFilter &filter, int queryType)
{
    const QJsonObject body{{QStringLiteral("userqueryid"), filter.id},
                           {QStringLiteral("name"), filter.name},
                           {QStringLiteral("fetchxml"), filter.fetchXml},
                           {QStringLiteral("returnedtypecode"), filter.type},
                           {QStringLiteral("querytype"), queryType},
                           {QStringLiteral("ownerid@odata.bind"),
                            QStringLiteral("/systemusers(%1)").arg(filter.userId)}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

LiveFilterRows::Row LiveFilterRows::fromRow(const QJsonObject &row)
{
    Row r;
    r.etag = row.value(QStringLiteral("@odata.etag")).toString();
    r.queryType = row.value(QStringLiteral("querytype")).toInt(-1);
    SyncFilter &f = r.filter;
    f.id = row.value(QStringLiteral("userqueryid")).toString();
    f.userId = row.value(QStringLiteral("_ownerid_value")).toString();
    f.type = row.value(QStringLiteral("returnedtypecode")).toString();
    f.name = row.value(QStringLiteral("name")).toString();
    f.fetchXml = row.value(QStringLiteral("fetchxml")).toString();
    f.enabled = row.value(QStringLiteral("statecode")).toInt() == 0;
    f.modifiedOn =
        QDateTime::fromString(row.value(QStringLiteral("modifiedon")).toString(), Qt::ISODate);
    return r;
}

QString LiveFilterRows::rowResource(const QString &filterId)
{
    return QStringLiteral("userqueries(%1)").arg(filterId);
}

QString LiveFilterRows::rowQuery()
{
    return QStringLiteral("$select=userqueryid,name,fetchxml,returnedtypecode,querytype,"
                          "statecode,statuscode,_ownerid_value,modifiedon");
}

} // namespace SyncLens
