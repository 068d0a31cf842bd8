#include "fakeroutes.h"

#include "fakefetchfilter.h"
#include "fakeodatafilter.h"

#include <QJsonArray>
#include <QUrlQuery>
#include <QXmlStreamReader>

#include <algorithm>
#include <cctype>

namespace SyncLens::Fake {

namespace {

const QString kLookupType = QStringLiteral("@Microsoft.Dynamics.CRM.lookuplogicalname");
const QString kFormatted = QStringLiteral("@OData.Community.Display.V1.FormattedValue");

bool wants(const QByteArray &prefer, const char *annotation)
{
    const int at = prefer.indexOf("odata.include-annotations=");
    if (at < 0)
        return false;
    const QByteArray list = prefer.mid(at + 26);
    return list.startsWith("\"*\"") || list.contains(annotation);
}

int pageSizeOf(const QByteArray &prefer, int cap)
{
    const int at = prefer.indexOf("odata.maxpagesize=");
    int size = 5000;
    if (at >= 0) {
        QByteArray digits;
        for (int i = at + 18; i < prefer.size() && std::isdigit(prefer.at(i)); ++i)
            digits += prefer.at(i);
        size = digits.toInt() > 0 ? digits.toInt() : 5000;
    }
    return std::clamp(size, 1, std::max(1, cap));
}

// Index of the first row after the id `last` (rows are sorted by key).
int after(const FakeOrgData::EntitySet &set, const QString &last)
{
    const auto it = std::upper_bound(set.rows.begin(), set.rows.end(), last,
                                     [&set](const QString &id, const QJsonObject &row) {
                                         return id < row.value(set.primaryKey).toString();
                                     });
    return int(it - set.rows.begin());
}

QString statusLabel(int code)
{
    return code == 1 ? QStringLiteral("Success")
                     : (code == 2 ? QStringLiteral("Failure") : QStringLiteral("Not Run"));
}

} // namespace

FakeReply FakeRoutes::error(int status, const QString &code, const QString &message)
{
    FakeReply reply;
    reply.status = status;
    reply.body =
        QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code},
                                                          {QStringLiteral("message"), message}}}};
    return reply;
}

QString FakeRoutes::makeCookie(int nextPage, const QString &primaryKey, const QString &first,
                               const QString &last)
{
    const QString inner = QStringLiteral("<cookie page=\"%1\"><%2 last=\"{%3}\" first=\"{%4}\" />"
                                         "</cookie>")
                              .arg(nextPage - 1)
                              .arg(primaryKey, last.toHtmlEscaped(), first.toHtmlEscaped());
    const QByteArray twice =
        QUrl::toPercentEncoding(QString::fromLatin1(QUrl::toPercentEncoding(inner)));
    return QStringLiteral("<cookie pagenumber=\"%1\" pagingcookie=\"%2\" istracking=\"False\" />")
        .arg(nextPage)
        .arg(QString::fromLatin1(twice));
}

QString FakeRoutes::innerCookieOf(const QString &outerCookie)
{
    QXmlStreamReader reader(outerCookie);
    if (!reader.readNextStartElement())
        return {};
    const QByteArray raw = reader.attributes().value(QLatin1String("pagingcookie")).toUtf8();
    return QString::fromUtf8(QByteArray::fromPercentEncoding(QByteArray::fromPercentEncoding(raw)));
}

QString FakeRoutes::lastIdOfInnerCookie(const QString &innerCookie)
{
    QXmlStreamReader reader(innerCookie);
    if (!reader.readNextStartElement() || !reader.readNextStartElement())
        return {};
    QString last = reader.attributes().value(QLatin1String("last")).toString();
    if (last.startsWith(u'{') && last.endsWith(u'}'))
        last = last.mid(1, last.size() - 2);
    return last;
}

FakeReply FakeRoutes::collection(const FakeOrgData::EntitySet &set, const QUrl &url,
                                 const QByteArray &prefer, int maxPageSize, const Visible &visible)
{
    const QUrlQuery query(url);
    const QString selectText = query.queryItemValue(QStringLiteral("$select"), QUrl::FullyDecoded);
    const QStringList select = selectText.split(u',', Qt::SkipEmptyParts);
    const QString filterText = query.queryItemValue(QStringLiteral("$filter"), QUrl::FullyDecoded);
    ODataFilter::Predicate filter = [](const QJsonObject &) { return true; };
    if (!filterText.isEmpty()) {
        const auto parsed = ODataFilter::parse(filterText);
        if (!parsed)
            return error(400, QStringLiteral("0x80060888"),
                         QStringLiteral("Syntax error in $filter: %1").arg(filterText));
        filter = *parsed;
    }
    const int pageSize = pageSizeOf(prefer, maxPageSize);
    int start = 0;
    const QString skipToken =
        query.queryItemValue(QStringLiteral("$skiptoken"), QUrl::FullyDecoded);
    if (!skipToken.isEmpty())
        start = after(set, lastIdOfInnerCookie(innerCookieOf(skipToken)));
    const bool lookups = wants(prefer, "Microsoft.Dynamics.CRM.lookuplogicalname");
    const bool formatted = wants(prefer, "OData.Community.Display.V1.FormattedValue");

    QJsonArray rows;
    QString first, last;
    bool more = false;
    for (int i = start; i < set.rows.size(); ++i) {
        const QJsonObject &row = set.rows.at(i);
        if (!filter(row) || (visible && !visible(row)))
            continue;
        if (rows.size() == pageSize) {
            more = true;
            break;
        }
        QJsonObject out{{QStringLiteral("@odata.etag"), row.value(QStringLiteral("@odata.etag"))},
                        {set.primaryKey, row.value(set.primaryKey)}};
        const QStringList columns = select.isEmpty() ? row.keys() : select;
        for (const QString &column : columns) {
            if (column.contains(u'@'))
                continue;
            const QJsonValue value = row.value(column);
            out.insert(column, value.isUndefined() ? QJsonValue() : value);
            if (lookups && row.contains(column + kLookupType))
                out.insert(column + kLookupType, row.value(column + kLookupType));
            if (formatted && column.endsWith(QLatin1String("status")) && value.isDouble())
                out.insert(column + kFormatted, statusLabel(value.toInt()));
        }
        const QString id = row.value(set.primaryKey).toString();
        if (first.isEmpty())
            first = id;
        last = id;
        rows.append(out);
    }
    FakeReply reply;
    reply.body.insert(QStringLiteral("value"), rows);
    reply.headers.append(
        {"Preference-Applied", "odata.maxpagesize=" + QByteArray::number(pageSize)});
    if (more) {
        const int page = skipToken.isEmpty() ? 2 : 2 + start / std::max(1, pageSize);
        QUrlQuery next(query);
        next.removeAllQueryItems(QStringLiteral("$skiptoken"));
        QUrl nextUrl = url;
        nextUrl.setQuery(next.toString(QUrl::FullyEncoded) + QStringLiteral("&$skiptoken=") +
                             QString::fromLatin1(QUrl::toPercentEncoding(
                                 makeCookie(page, set.primaryKey, first, last))),
                         QUrl::StrictMode);
        reply.body.insert(QStringLiteral("@odata.nextLink"), nextUrl.toString(QUrl::FullyEncoded));
    }
    return reply;
}

FakeReply FakeRoutes::fetchXml(const FakeOrgData::EntitySet &set, const QString &setName,
                               const QString &fetchXml, const QByteArray &prefer, int maxPageSize,
                               Filters applied)
{
    QXmlStreamReader reader(fetchXml);
    int page = 1, count = 5000;
    QString cookie, entity;
    QStringList attributes;
    QList<FakeFetchFilter> filters;
    while (reader.readNextStartElement()) {
        const auto a = reader.attributes();
        if (reader.name() == u"fetch") {
            page =
                a.hasAttribute(QLatin1String("page")) ? a.value(QLatin1String("page")).toInt() : 1;
            count = a.hasAttribute(QLatin1String("count")) ? a.value(QLatin1String("count")).toInt()
                                                           : 5000;
            cookie = a.value(QLatin1String("paging-cookie")).toString();
            continue; // into <entity>
        }
        if (reader.name() == u"entity") {
            entity = a.value(QLatin1String("name")).toString();
            continue;
        }
        if (reader.name() == u"filter" && applied == Filters::Apply) {
            filters.append(FakeFetchFilter::read(reader));
            continue;
        }
        if (reader.name() == u"attribute")
            attributes.append(a.value(QLatin1String("name")).toString());
        reader.skipCurrentElement();
    }
    for (const FakeFetchFilter &f : std::as_const(filters)) {
        if (!f.ok())
            return error(400, QStringLiteral("0x80041103"), f.error());
    }
    const auto wanted = [&filters](const QJsonObject &row) {
        return std::all_of(filters.cbegin(), filters.cend(),
                           [&row](const FakeFetchFilter &f) { return f.matches(row); });
    };
    if (reader.hasError() || entity.isEmpty())
        return error(400, QStringLiteral("0x80041103"),
                     QStringLiteral("Invalid FetchXML: %1").arg(reader.errorString()));
    if (FakeOrgData::entitySetOf(entity) != setName)
        return error(400, QStringLiteral("0x80060888"),
                     QStringLiteral("The entity set %1 does not match the FetchXML entity %2")
                         .arg(setName, entity));
    count = std::clamp(count, 1, std::max(1, std::min(5000, maxPageSize)));
    // Without a cookie, page N starts after the first (N - 1) × count rows that match.
    int start = cookie.isEmpty() ? 0 : after(set, lastIdOfInnerCookie(cookie));
    for (int skip = cookie.isEmpty() ? (page - 1) * count : 0; skip > 0 && start < set.rows.size();
         ++start)
        skip -= wanted(set.rows.at(start)) ? 1 : 0;
    const bool lookups = wants(prefer, "Microsoft.Dynamics.CRM.lookuplogicalname");
    QJsonArray rows;
    QList<int> taken;
    int end = start;
    for (; end < set.rows.size() && rows.size() < count; ++end) {
        const QJsonObject &row = set.rows.at(end);
        if (!wanted(row))
            continue;
        taken.append(end);
        QJsonObject out{{QStringLiteral("@odata.etag"), row.value(QStringLiteral("@odata.etag"))},
                        {set.primaryKey, row.value(set.primaryKey)}};
        for (const QString &attribute : std::as_const(attributes)) {
            const QString lookup = u'_' + attribute + QStringLiteral("_value");
            const QString column = row.contains(lookup) ? lookup : attribute;
            const QJsonValue value = row.value(column);
            if (value.isNull() || value.isUndefined())
                continue; // FetchXML results omit null columns
            out.insert(column, value);
            if (lookups && row.contains(column + kLookupType))
                out.insert(column + kLookupType, row.value(column + kLookupType));
        }
        rows.append(out);
    }
    FakeReply reply;
    reply.body.insert(QStringLiteral("value"), rows);
    const bool more =
        !taken.isEmpty() && std::any_of(set.rows.begin() + end, set.rows.end(), wanted);
    if (more) {
        if (wants(prefer, "Microsoft.Dynamics.CRM.fetchxmlpagingcookie"))
            reply.body.insert(
                QStringLiteral("@Microsoft.Dynamics.CRM.fetchxmlpagingcookie"),
                makeCookie(page + 1, set.primaryKey,
                           set.rows.at(taken.first()).value(set.primaryKey).toString(),
                           set.rows.at(taken.last()).value(set.primaryKey).toString()));
        if (wants(prefer, "Microsoft.Dynamics.CRM.morerecords"))
            reply.body.insert(QStringLiteral("@Microsoft.Dynamics.CRM.morerecords"), true);
    }
    return reply;
}

} // namespace SyncLens::Fake
