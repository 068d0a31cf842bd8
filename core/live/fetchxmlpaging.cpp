#include "fetchxmlpaging.h"

#include <QUrl>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace SyncLens {

Result<FetchXmlPaging::Cookie> FetchXmlPaging::parseAnnotation(const QString &annotation)
{
    QXmlStreamReader reader(annotation);
    while (reader.readNextStartElement()) {
        if (reader.name() != u"cookie")
            break;
        const auto attributes = reader.attributes();
        Cookie cookie;
        bool ok = false;
        cookie.pageNumber = attributes.value(QLatin1String("pagenumber")).toInt(&ok);
        const QByteArray once = QByteArray::fromPercentEncoding(
            attributes.value(QLatin1String("pagingcookie")).toUtf8());
        cookie.pagingCookie = QString::fromUtf8(QByteArray::fromPercentEncoding(once));
        if (ok && cookie.pageNumber > 0)
            return cookie;
        break;
    }
    return makeError(
        Error::Code::Remote,
        tr("The org sent a paging cookie SyncLens cannot read: %1").arg(annotation.left(200)));
}

Result<QString> FetchXmlPaging::withPage(const QString &fetchXml, int page, int count,
                                         const QString &pagingCookie)
{
    QXmlStreamReader reader(fetchXml);
    QString out;
    QXmlStreamWriter writer(&out);
    bool root = true;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.hasError())
            break;
        if (reader.isStartDocument() || reader.isEndDocument())
            continue;
        if (root && reader.isStartElement()) {
            root = false;
            writer.writeStartElement(reader.qualifiedName().toString());
            for (const auto &attribute : reader.attributes()) {
                const auto name = attribute.qualifiedName();
                if (name != u"page" && name != u"count" && name != u"paging-cookie")
                    writer.writeAttribute(name.toString(), attribute.value().toString());
            }
            writer.writeAttribute(QStringLiteral("page"), QString::number(page));
            writer.writeAttribute(QStringLiteral("count"), QString::number(count));
            if (!pagingCookie.isEmpty())
                writer.writeAttribute(QStringLiteral("paging-cookie"), pagingCookie);
            continue;
        }
        writer.writeCurrentToken(reader);
    }
    if (reader.hasError() || root) {
        return makeError(Error::Code::InvalidArgument,
                         tr("FetchXML cannot be paged: %1 (line %2, column %3)")
                             .arg(reader.hasError() ? reader.errorString() : tr("no <fetch>"))
                             .arg(reader.lineNumber())
                             .arg(reader.columnNumber()));
    }
    return out;
}

Result<QString> FetchXmlPaging::rootEntity(const QString &fetchXml)
{
    QXmlStreamReader reader(fetchXml);
    while (reader.readNextStartElement()) {
        if (reader.name() == u"entity")
            return reader.attributes().value(QLatin1String("name")).toString();
    }
    return makeError(Error::Code::InvalidArgument, tr("FetchXML without an <entity>"));
}

} // namespace SyncLens
