#pragma once

#include "fakeorgdata.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QUrl>

#include <functional>

namespace SyncLens::Fake {

struct FakeReply
{
    int status = 200;
    QJsonObject body;
    QList<QPair<QByteArray, QByteArray>> headers;
};

// How the fake answers a query on one entity set: an OData collection
// ($select, $filter, paging by @odata.nextLink with a $skiptoken cookie) or a
// FetchXML query (attributes, page/count/paging-cookie, morerecords). Its own
// code, independent of the client's, so that the two check each other.
class FakeRoutes
{
public:
    using Visible = std::function<bool(const QJsonObject &row)>;

    static FakeReply collection(const FakeOrgData::EntitySet &set, const QUrl &url,
                                const QByteArray &prefer, int maxPageSize, const Visible &visible);
    // Pages the rows of `set` that the FetchXML's <filter>s select
    // (FakeFetchFilter), or all of them when the caller has evaluated the
    // filters already (FakeFetchEvaluator).
    enum class Filters
    {
        Apply,
        AlreadyApplied
    };
    static FakeReply fetchXml(const FakeOrgData::EntitySet &set, const QString &setName,
                              const QString &fetchXml, const QByteArray &prefer, int maxPageSize,
                              Filters filters = Filters::Apply);
    static FakeReply error(int status, const QString &code, const QString &message);

    // The outer cookie `<cookie pagenumber="N" pagingcookie="…" />` and back.
    static QString makeCookie(int nextPage, const QString &primaryKey, const QString &first,
                              const QString &last);
    static QString lastIdOfInnerCookie(const QString &innerCookie);
    static QString innerCookieOf(const QString &outerCookie);
};

} // namespace SyncLens::Fake
