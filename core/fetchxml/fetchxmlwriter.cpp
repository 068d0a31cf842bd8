#include "fetchxmlwriter.h"

#include <QXmlStreamWriter>

namespace SyncLens {

namespace {

void writeExtra(QXmlStreamWriter &xml, const ExtraAttributes &extra)
{
    for (const auto &[name, value] : extra)
        xml.writeAttribute(name, value);
}

void writeCondition(QXmlStreamWriter &xml, const FetchCondition &c)
{
    const bool single = operatorInfo(c.op).arity == OperatorArity::One && c.values.size() == 1;
    if (single || c.values.isEmpty())
        xml.writeEmptyElement(QStringLiteral("condition"));
    else
        xml.writeStartElement(QStringLiteral("condition"));
    if (!c.entityName.isEmpty())
        xml.writeAttribute(QStringLiteral("entityname"), c.entityName);
    xml.writeAttribute(QStringLiteral("attribute"), c.attribute);
    xml.writeAttribute(QStringLiteral("operator"), operatorName(c.op));
    if (single)
        xml.writeAttribute(QStringLiteral("value"), c.values.first());
    writeExtra(xml, c.extra);
    if (single || c.values.isEmpty())
        return;
    for (const QString &value : c.values)
        xml.writeTextElement(QStringLiteral("value"), value);
    xml.writeEndElement();
}

void writeFilter(QXmlStreamWriter &xml, const FetchFilter &filter)
{
    xml.writeStartElement(QStringLiteral("filter"));
    xml.writeAttribute(QStringLiteral("type"), filter.type == FetchFilter::Type::Or
                                                   ? QStringLiteral("or")
                                                   : QStringLiteral("and"));
    writeExtra(xml, filter.extra);
    for (const auto &condition : filter.conditions)
        writeCondition(xml, condition);
    for (const auto &nested : filter.filters)
        writeFilter(xml, nested);
    xml.writeEndElement();
}

void writeAttributes(QXmlStreamWriter &xml, const QStringList &attributes, bool all)
{
    if (all)
        xml.writeEmptyElement(QStringLiteral("all-attributes"));
    for (const QString &name : attributes) {
        xml.writeEmptyElement(QStringLiteral("attribute"));
        xml.writeAttribute(QStringLiteral("name"), name);
    }
}

void writeLink(QXmlStreamWriter &xml, const FetchLinkEntity &link)
{
    xml.writeStartElement(QStringLiteral("link-entity"));
    xml.writeAttribute(QStringLiteral("name"), link.name);
    xml.writeAttribute(QStringLiteral("from"), link.from);
    xml.writeAttribute(QStringLiteral("to"), link.to);
    if (!link.alias.isEmpty())
        xml.writeAttribute(QStringLiteral("alias"), link.alias);
    xml.writeAttribute(QStringLiteral("link-type"), link.linkType == FetchLinkEntity::Type::Outer
                                                        ? QStringLiteral("outer")
                                                        : QStringLiteral("inner"));
    writeExtra(xml, link.extra);
    writeAttributes(xml, link.attributes, link.allAttributes);
    for (const auto &filter : link.filters)
        writeFilter(xml, filter);
    for (const auto &nested : link.links)
        writeLink(xml, nested);
    xml.writeEndElement();
}

} // namespace

QString FetchXmlWriter::write(const FetchQuery &query)
{
    QString text;
    QXmlStreamWriter xml(&text);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartElement(QStringLiteral("fetch"));
    writeExtra(xml, query.fetchAttributes);
    const FetchEntity &entity = query.entity;
    xml.writeStartElement(QStringLiteral("entity"));
    xml.writeAttribute(QStringLiteral("name"), entity.name);
    writeExtra(xml, entity.extra);
    writeAttributes(xml, entity.attributes, entity.allAttributes);
    for (const FetchOrder &order : entity.orders) {
        xml.writeEmptyElement(QStringLiteral("order"));
        xml.writeAttribute(QStringLiteral("attribute"), order.attribute);
        if (order.descending)
            xml.writeAttribute(QStringLiteral("descending"), QStringLiteral("true"));
        writeExtra(xml, order.extra);
    }
    for (const auto &filter : entity.filters)
        writeFilter(xml, filter);
    for (const auto &link : entity.links)
        writeLink(xml, link);
    xml.writeEndElement();
    xml.writeEndElement();
    // Auto-formatting starts with a line break: the text starts at <fetch>.
    if (text.startsWith(u'\n'))
        text.remove(0, 1);
    return text;
}

} // namespace SyncLens
