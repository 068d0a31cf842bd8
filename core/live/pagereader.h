#pragma once

#include "dataverseclient.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <functional>

namespace SyncLens {

// Reads a whole collection, page after page: an OData query by following
// `@odata.nextLink` unchanged until there is none, or a FetchXML query with
// paging cookies until `@Microsoft.Dynamics.CRM.morerecords` is absent or
// false (never because a page came back short). Each page goes to `page` as
// it arrives; a page that fails there, or any request that fails, ends the
// read with that error.
class PageReader
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::PageReader)

public:
    using Page = std::function<Result<void>(const QJsonArray &rows)>;
    using Done = std::function<void(const Result<void> &result)>;

    static void readAll(DataverseClient *client, const DataverseRequest &first, QObject *context,
                        Page page, Done done);
    // `request.url` is ignored: each page's URL is built from `fetchXml`.
    static void readFetchXml(DataverseClient *client, const DataverseRequest &request,
                             const QString &fetchXml, int pageSize, QObject *context, Page page,
                             Done done);
};

} // namespace SyncLens
