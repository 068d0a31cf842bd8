#pragma once

#include "model/result.h"

#include <QCoreApplication>
#include <QString>

namespace SyncLens {

// FetchXML paging with cookies, as the Web API documents it
// (dataverse-web-api.md §1.4): the page's `@Microsoft.Dynamics.CRM.
// fetchxmlpagingcookie` annotation holds `<cookie pagenumber="2"
// pagingcookie="…" />`; its pagingcookie is URL-decoded twice and goes,
// XML-encoded, into the next request's `paging-cookie` with `page` raised.
class FetchXmlPaging
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::FetchXmlPaging)

public:
    struct Cookie
    {
        int pageNumber = 0;   // the page to ask for next
        QString pagingCookie; // decoded: <cookie page="1">…</cookie>
    };

    // Reads the annotation; an unreadable one is an error.
    static Result<Cookie> parseAnnotation(const QString &annotation);
    // `fetchXml` with page, count and paging-cookie set on <fetch> (any
    // earlier ones replaced; an empty cookie leaves none).
    static Result<QString> withPage(const QString &fetchXml, int page, int count,
                                    const QString &pagingCookie);
    // The root entity's name ("contact"), or an error.
    static Result<QString> rootEntity(const QString &fetchXml);
};

} // namespace SyncLens
