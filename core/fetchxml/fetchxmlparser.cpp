#include "fetchxmlparser.h"

#include "fetchvalue.h"

#include <QXmlStreamReader>

namespace SyncLens {

namespace {

// One parse: the reader, the first error, and what is known of the entities
// so far (aliases of link-entities, for conditions with entityname).
class FetchXmlReader
{
public:
    FetchXmlReader(const QString &text, const FieldCatalog &catalog)
        : m_xml(text)
        , m_catalog(catalog)
    {}

    Result<FetchQuery> run()
    {
        FetchQuery query;
        if (!nextStartElement() || m_xml.name() != u"fetch")
            return failure(FetchXmlParser::tr("expected <fetch> as the root element"));
        query.fetchAttributes = allAttributes();
        bool haveEntity = false;
        while (nextStartElement()) {
            if (m_xml.name() != u"entity" || haveEntity)
                return failure(unexpected(FetchXmlParser::tr("one <entity>")));
            haveEntity = true;
            if (!readEntity(query.entity))
                return *m_error;
        }
        if (m_error)
            return *m_error;
        if (!haveEntity)
            return failure(FetchXmlParser::tr("<fetch> has no <entity>"));
        while (!m_xml.atEnd())
            m_xml.readNext();
        if (m_xml.hasError())
            return xmlFailure();
        return query;
    }

private:
    // Moves to the next child start element; false at the parent's end or on error.
    bool nextStartElement()
    {
        if (m_error)
            return false;
        if (m_xml.readNextStartElement())
            return true;
        if (m_xml.hasError())
            xmlFailure();
        return false;
    }

    Error xmlFailure()
    {
        return failure(FetchXmlParser::tr("malformed XML: %1").arg(m_xml.errorString()));
    }

    Error failure(const QString &problem)
    {
        if (!m_error) {
            const int line = int(m_xml.lineNumber());
            const int column = int(m_xml.columnNumber());
            Error e = makeError(
                Error::Code::InvalidArgument,
                FetchXmlParser::tr("line %1, column %2: %3").arg(line).arg(column).arg(problem));
            e.line = line;
            e.column = column;
            m_error = e;
        }
        return *m_error;
    }

    QString unexpected(const QString &expected) const
    {
        //: %1 is an element name, %2 what may stand there
        return FetchXmlParser::tr("unexpected <%1>; expected %2")
            .arg(m_xml.name().toString(), expected);
    }

    ExtraAttributes allAttributes() const
    {
        ExtraAttributes attributes;
        for (const auto &a : m_xml.attributes())
            attributes.append({a.qualifiedName().toString(), a.value().toString()});
        return attributes;
    }

    // The attributes other than `known`, kept in order.
    ExtraAttributes extraAttributes(std::initializer_list<const char *> known) const
    {
        ExtraAttributes extra;
        for (const auto &a : m_xml.attributes()) {
            const bool isKnown = std::any_of(known.begin(), known.end(), [&](const char *k) {
                return a.qualifiedName() == QLatin1String(k);
            });
            if (!isKnown)
                extra.append({a.qualifiedName().toString(), a.value().toString()});
        }
        return extra;
    }

    QString attribute(const char *name) const
    {
        return m_xml.attributes().value(QLatin1String(name)).toString();
    }

    bool requireAttribute(const char *name, QString &out)
    {
        out = attribute(name);
        if (out.isEmpty()) {
            failure(FetchXmlParser::tr("<%1> needs a \"%2\" attribute")
                        .arg(m_xml.name().toString(), QLatin1String(name)));
            return false;
        }
        return true;
    }

    bool skipEmpty()
    {
        // <attribute/>, <all-attributes/>, <order/> have no children.
        if (nextStartElement()) {
            failure(unexpected(FetchXmlParser::tr("no child element")));
            return false;
        }
        return !m_error;
    }

    bool isAttributeElement() const
    {
        return m_xml.name() == u"attribute" || m_xml.name() == u"all-attributes";
    }

    // <attribute name="…"/> or <all-attributes/>, in an entity or a link-entity.
    bool readAttributeElement(QStringList &attributes, bool &all)
    {
        if (m_xml.name() == u"all-attributes") {
            all = true;
            return skipEmpty();
        }
        QString name;
        if (!requireAttribute("name", name))
            return false;
        attributes.append(name);
        return skipEmpty();
    }

    bool readEntity(FetchEntity &entity)
    {
        if (!requireAttribute("name", entity.name))
            return false;
        entity.extra = extraAttributes({"name"});
        while (nextStartElement()) {
            const auto name = m_xml.name();
            bool ok = true;
            if (isAttributeElement()) {
                ok = readAttributeElement(entity.attributes, entity.allAttributes);
            } else if (name == u"order") {
                ok = readOrder(entity.orders);
            } else if (name == u"filter") {
                entity.filters.emplace_back();
                ok = readFilter(entity.filters.back(), entity.name, 1);
            } else if (name == u"link-entity") {
                entity.links.emplace_back();
                ok = readLink(entity.links.back(), 1);
            } else {
                failure(unexpected(FetchXmlParser::tr(
                    "<attribute>, <all-attributes>, <order>, <filter> or <link-entity>")));
                ok = false;
            }
            if (!ok)
                return false;
        }
        return !m_error;
    }

    bool readOrder(QList<FetchOrder> &orders)
    {
        FetchOrder order;
        if (!requireAttribute("attribute", order.attribute))
            return false;
        const QString descending = attribute("descending");
        if (!descending.isEmpty() && descending != u"true" && descending != u"false") {
            failure(
                FetchXmlParser::tr("descending must be true or false, not \"%1\"").arg(descending));
            return false;
        }
        order.descending = descending == u"true";
        order.extra = extraAttributes({"attribute", "descending"});
        orders.append(order);
        return skipEmpty();
    }

    bool checkDepth(int depth)
    {
        if (depth <= FetchXmlParser::MaxDepth)
            return true;
        failure(FetchXmlParser::tr("nested deeper than %1 levels").arg(FetchXmlParser::MaxDepth));
        return false;
    }

    bool readFilter(FetchFilter &filter, const QString &entity, int depth)
    {
        if (!checkDepth(depth))
            return false;
        const QString type = attribute("type");
        if (type == u"or")
            filter.type = FetchFilter::Type::Or;
        else if (type.isEmpty() || type == u"and")
            filter.type = FetchFilter::Type::And;
        else {
            failure(
                FetchXmlParser::tr("filter type must be \"and\" or \"or\", not \"%1\"").arg(type));
            return false;
        }
        filter.extra = extraAttributes({"type"});
        while (nextStartElement()) {
            bool ok = true;
            if (m_xml.name() == u"condition") {
                filter.conditions.emplace_back();
                ok = readCondition(filter.conditions.back(), entity);
            } else if (m_xml.name() == u"filter") {
                filter.filters.emplace_back();
                ok = readFilter(filter.filters.back(), entity, depth + 1);
            } else {
                failure(unexpected(FetchXmlParser::tr("<condition> or <filter>")));
                ok = false;
            }
            if (!ok)
                return false;
        }
        return !m_error;
    }

    bool readLink(FetchLinkEntity &link, int depth)
    {
        if (!checkDepth(depth) || !requireAttribute("name", link.name) ||
            !requireAttribute("from", link.from) || !requireAttribute("to", link.to))
            return false;
        link.alias = attribute("alias");
        const QString type = attribute("link-type");
        if (type == u"outer")
            link.linkType = FetchLinkEntity::Type::Outer;
        else if (type.isEmpty() || type == u"inner")
            link.linkType = FetchLinkEntity::Type::Inner;
        else {
            failure(FetchXmlParser::tr("link-type must be \"inner\" or \"outer\", not \"%1\"")
                        .arg(type));
            return false;
        }
        if (!link.alias.isEmpty())
            m_aliases.insert(link.alias, link.name);
        link.extra = extraAttributes({"name", "from", "to", "alias", "link-type"});
        while (nextStartElement()) {
            const auto name = m_xml.name();
            bool ok = true;
            if (isAttributeElement()) {
                ok = readAttributeElement(link.attributes, link.allAttributes);
            } else if (name == u"filter") {
                link.filters.emplace_back();
                ok = readFilter(link.filters.back(), link.name, depth + 1);
            } else if (name == u"link-entity") {
                link.links.emplace_back();
                ok = readLink(link.links.back(), depth + 1);
            } else {
                failure(unexpected(FetchXmlParser::tr(
                    "<attribute>, <all-attributes>, <filter> or <link-entity>")));
                ok = false;
            }
            if (!ok)
                return false;
        }
        return !m_error;
    }

    bool readCondition(FetchCondition &condition, const QString &entity)
    {
        condition.position = {int(m_xml.lineNumber()), int(m_xml.columnNumber())};
        if (!requireAttribute("attribute", condition.attribute))
            return false;
        condition.entityName = attribute("entityname");
        QString opName;
        if (!requireAttribute("operator", opName))
            return false;
        const auto op = operatorFromName(opName);
        if (!op) {
            failure(FetchXmlParser::tr("unsupported operator \"%1\"").arg(opName));
            return false;
        }
        condition.op = *op;
        condition.extra = extraAttributes({"attribute", "operator", "value", "entityname"});
        if (m_xml.attributes().hasAttribute(QLatin1String("value")))
            condition.values.append(attribute("value"));
        while (nextStartElement()) {
            if (m_xml.name() != u"value") {
                failure(unexpected(FetchXmlParser::tr("<value>")));
                return false;
            }
            condition.values.append(m_xml.readElementText());
            if (m_xml.hasError()) {
                xmlFailure();
                return false;
            }
        }
        if (m_error)
            return false;
        const QString target = condition.entityName.isEmpty()
                                   ? entity
                                   : m_aliases.value(condition.entityName, condition.entityName);
        if (auto problem = FetchValue::checkCondition(condition, target, m_catalog)) {
            failure(*problem);
            return false;
        }
        return true;
    }

    QXmlStreamReader m_xml;
    const FieldCatalog &m_catalog;
    std::optional<Error> m_error;
    QHash<QString, QString> m_aliases;
};

} // namespace

FetchXmlParser::FetchXmlParser(const FieldCatalog &catalog)
    : m_catalog(catalog)
{}

Result<FetchQuery> FetchXmlParser::parse(const QString &text) const
{
    return FetchXmlReader(text, m_catalog).run();
}

} // namespace SyncLens
