#include "dataverserequest.h"

#include <QStringList>

namespace SyncLens {

QByteArray DataverseRequest::preferHeader() const
{
    QByteArray prefer = "odata.maxpagesize=" + QByteArray::number(maxPageSize);
    QList<QByteArray> names;
    if (annotations & FormattedValues)
        names << "OData.Community.Display.V1.FormattedValue";
    if (annotations & Lookups)
        names << "Microsoft.Dynamics.CRM.lookuplogicalname";
    if (annotations & PagingCookie)
        names << "Microsoft.Dynamics.CRM.fetchxmlpagingcookie"
              << "Microsoft.Dynamics.CRM.morerecords";
    if (!names.isEmpty())
        prefer += ",odata.include-annotations=\"" + names.join(',') + '"';
    if (trackChanges)
        prefer += ",odata.track-changes";
    return prefer;
}

QNetworkRequest DataverseRequest::toNetworkRequest(const QString &bearerToken) const
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("OData-MaxVersion", "4.0");
    request.setRawHeader("OData-Version", "4.0");
    if (method == "GET") {
        request.setRawHeader("If-None-Match", "null");
        request.setRawHeader("Prefer", preferHeader());
    } else {
        request.setRawHeader("Content-Type", "application/json; charset=utf-8");
        request.setRawHeader("Prefer", "return=representation");
        if (!ifMatch.isEmpty())
            request.setRawHeader("If-Match", ifMatch.toUtf8());
    }
    request.setRawHeader("Authorization", "Bearer " + bearerToken.toUtf8());
    if (!callerObjectId.isEmpty())
        request.setRawHeader("CallerObjectId", callerObjectId.toUtf8());
    // Redirects could carry the token elsewhere: none are followed.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    return request;
}

} // namespace SyncLens
