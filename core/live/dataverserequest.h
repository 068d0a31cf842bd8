#pragma once

#include <QByteArray>
#include <QNetworkRequest>
#include <QString>
#include <QUrl>

namespace SyncLens {

// One GET of the Dataverse Web API v9.2 with the documented headers
// (dataverse-web-api.md §1.1): Accept, OData-MaxVersion, OData-Version,
// If-None-Match: null, Prefer: odata.maxpagesize and, only when asked for,
// odata.include-annotations.
struct DataverseRequest
{
    enum Annotation
    {
        NoAnnotations = 0,
        FormattedValues = 1, // OData.Community.Display.V1.FormattedValue
        Lookups = 2,         // Microsoft.Dynamics.CRM.lookuplogicalname
        PagingCookie = 4,    // fetchxmlpagingcookie and morerecords
    };

    QString what;      // translated, for messages: "the mailboxes", "the contacts (page 3)"
    QString entitySet; // for messages about privileges: "mailboxes"
    QUrl url;
    int annotations = NoAnnotations;
    int maxPageSize = 5000;
    QString callerObjectId; // impersonate (CallerObjectId header) when set
    // Change tracking (Prefer: odata.track-changes): the last page carries
    // an @odata.deltaLink to read what changed and what was deleted since.
    bool trackChanges = false;
    // Writes (LiveFilterWriter): POST, PATCH or DELETE with a JSON body,
    // If-Match on the ETag read, and Prefer: return=representation so that
    // the answer carries the new ETag. GET sends If-None-Match: null instead.
    QByteArray method = QByteArrayLiteral("GET");
    QByteArray body;
    QString ifMatch;

    QNetworkRequest toNetworkRequest(const QString &bearerToken) const;
    QByteArray preferHeader() const;
};

} // namespace SyncLens
