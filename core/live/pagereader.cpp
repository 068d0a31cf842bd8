#include "pagereader.h"

#include "fetchxmlpaging.h"

#include <memory>

namespace SyncLens {

namespace {

const QString kNextLink = QStringLiteral("@odata.nextLink");
const QString kMoreRecords = QStringLiteral("@Microsoft.Dynamics.CRM.morerecords");
const QString kCookie = QStringLiteral("@Microsoft.Dynamics.CRM.fetchxmlpagingcookie");

Result<QJsonArray> rowsOf(const DataverseRequest &request, const QJsonObject &body)
{
    const QJsonValue value = body.value(QStringLiteral("value"));
    if (!value.isArray()) {
        return makeError(Error::Code::Remote,
                         PageReader::tr("The answer to %1 holds no list of rows (\"value\"); "
                                        "is this a Dataverse org?")
                             .arg(request.what));
    }
    return value.toArray();
}

struct OdataState
{
    DataverseClient *client;
    QPointer<QObject> context;
    PageReader::Page page;
    PageReader::Done done;
    int pageNumber = 1;
};

void readOdataPage(const std::shared_ptr<OdataState> &state, DataverseRequest request)
{
    const QString what = request.what;
    state->client->get(
        request, state->context, [state, request](int, const Result<QJsonObject> &body) mutable {
            if (!body)
                return state->done(body.error());
            const auto rows = rowsOf(request, *body);
            if (!rows)
                return state->done(rows.error());
            if (auto r = state->page(*rows); !r)
                return state->done(r);
            const QString next = body->value(kNextLink).toString();
            if (next.isEmpty())
                return state->done({});
            const QUrl url(next, QUrl::StrictMode);
            if (!url.isValid() || !state->client->isOwnUrl(url)) {
                return state->done(makeError(
                    Error::Code::Remote,
                    PageReader::tr("The next page of %1 points outside the org (%2); it was "
                                   "not followed.")
                        .arg(request.what, url.host())));
            }
            request.url = url;
            ++state->pageNumber;
            readOdataPage(state, request);
        });
}

struct FetchState
{
    DataverseClient *client;
    QPointer<QObject> context;
    DataverseRequest base;
    QString fetchXml;
    int pageSize = 5000;
    PageReader::Page page;
    PageReader::Done done;
};

void readFetchPage(const std::shared_ptr<FetchState> &state, int pageNumber, const QString &cookie)
{
    const auto paged =
        FetchXmlPaging::withPage(state->fetchXml, pageNumber, state->pageSize, cookie);
    if (!paged)
        return state->done(paged.error());
    DataverseRequest request = state->base;
    request.annotations |= DataverseRequest::PagingCookie;
    request.url = state->client->apiUrl(request.entitySet,
                                        QStringLiteral("fetchXml=") +
                                            QString::fromLatin1(QUrl::toPercentEncoding(*paged)));
    if (pageNumber > 1)
        request.what = PageReader::tr("%1 (page %2)").arg(state->base.what).arg(pageNumber);
    state->client->get(
        request, state->context,
        [state, request, pageNumber](int, const Result<QJsonObject> &body) {
            if (!body)
                return state->done(body.error());
            const auto rows = rowsOf(request, *body);
            if (!rows)
                return state->done(rows.error());
            if (auto r = state->page(*rows); !r)
                return state->done(r);
            if (!body->value(kMoreRecords).toBool(false))
                return state->done({});
            const QString annotation = body->value(kCookie).toString();
            if (annotation.isEmpty()) // simple paging (capped at 50,000 rows by Dataverse)
                return readFetchPage(state, pageNumber + 1, {});
            const auto next = FetchXmlPaging::parseAnnotation(annotation);
            if (!next)
                return state->done(next.error());
            readFetchPage(state, std::max(next->pageNumber, pageNumber + 1), next->pagingCookie);
        });
}

} // namespace

void PageReader::readAll(DataverseClient *client, const DataverseRequest &first, QObject *context,
                         Page page, Done done)
{
    auto state =
        std::make_shared<OdataState>(OdataState{client, context, std::move(page), std::move(done)});
    readOdataPage(state, first);
}

void PageReader::readFetchXml(DataverseClient *client, const DataverseRequest &request,
                              const QString &fetchXml, int pageSize, QObject *context, Page page,
                              Done done)
{
    auto state = std::make_shared<FetchState>(
        FetchState{client, context, request, fetchXml, pageSize, std::move(page), std::move(done)});
    readFetchPage(state, 1, {});
}

} // namespace SyncLens
