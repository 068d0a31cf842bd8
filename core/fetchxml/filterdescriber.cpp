#include "filterdescriber.h"

#include "fetchvalue.h"
#include "likepattern.h"
#include "model/timetext.h"

namespace SyncLens {

struct FilterDescriber::Scope
{
    QString entity;
    QHash<QString, QString> aliases; // alias → related entity
};

FilterDescriber::FilterDescriber(QLocale locale, const FieldCatalog &catalog)
    : m_locale(std::move(locale))
    , m_catalog(catalog)
{}

QString FilterDescriber::describe(const FetchQuery &query) const
{
    const FetchEntity &entity = query.entity;
    Scope scope{entity.name, {}};
    for (const FetchLinkEntity &link : entity.links)
        scope.aliases.insert(link.alias.isEmpty() ? link.name : link.alias, link.name);

    QStringList clauses;
    for (const FetchFilter &filter : entity.filters) {
        if (!filter.isEmpty())
            clauses.append(describeFilter(filter, scope, false));
    }
    for (const FetchLinkEntity &link : entity.links) {
        if (link.linkType == FetchLinkEntity::Type::Inner)
            clauses.append(describeLink(link));
    }
    if (clauses.isEmpty()) {
        //: %1 is a plural within a sentence, such as "appointments"
        return tr("All %1").arg(m_catalog.pluralInSentence(entity.name));
    }
    //: %1 plural entity ("Appointments"), %2 the conditions ("that you own and …")
    return tr("%1 %2").arg(m_catalog.pluralEntityName(entity.name), joinList(clauses, false));
}

QString FilterDescriber::describeLink(const FetchLinkEntity &link) const
{
    const QString related = m_catalog.singularEntityName(link.name);
    Scope scope{link.name, {}};
    QStringList clauses;
    for (const FetchFilter &filter : link.filters) {
        if (!filter.isEmpty())
            clauses.append(describeFilter(filter, scope, false));
    }
    if (clauses.isEmpty()) {
        //: %1 a related record type, e.g. "account"
        return tr("that have a related %1").arg(related);
    }
    //: %1 a related record type, %2 its conditions
    return tr("that have a related %1 %2").arg(related, joinList(clauses, false));
}

QString FilterDescriber::describeFilter(const FetchFilter &filter, const Scope &scope,
                                        bool nested) const
{
    QStringList parts;
    for (const FetchCondition &c : filter.conditions) {
        QString entity = scope.entity;
        QString field;
        if (!c.entityName.isEmpty()) {
            entity = scope.aliases.value(c.entityName, c.entityName);
            if (FieldCatalog::isPrimaryKey(entity, c.attribute) &&
                (c.op == FetchOperator::Null || c.op == FetchOperator::NotNull)) {
                parts.append(
                    c.op == FetchOperator::Null
                        ? tr("that have no related %1").arg(m_catalog.singularEntityName(entity))
                        : tr("that have a related %1").arg(m_catalog.singularEntityName(entity)));
                continue;
            }
            //: %1 a field, %2 a related record type: "city of the related account"
            field = tr("%1 of the related %2")
                        .arg(m_catalog.displayName(entity, c.attribute),
                             m_catalog.singularEntityName(entity));
        } else {
            field = m_catalog.displayName(entity, c.attribute);
        }
        parts.append(inTimeZone(c, conditionPhrase(c, entity, field)));
    }
    for (const FetchFilter &group : filter.filters) {
        if (!group.isEmpty())
            parts.append(describeFilter(group, scope, true));
    }
    const bool isOr = filter.type == FetchFilter::Type::Or;
    QString text = joinList(parts, isOr);
    if (nested && parts.size() > 1 && !isOr)
        text = tr("(%1)").arg(text);
    return text;
}

QString FilterDescriber::describeCondition(const FetchCondition &condition,
                                           const QString &entity) const
{
    FetchFilter single;
    single.conditions.push_back(condition);
    return describeFilter(single, Scope{entity, {}}, false);
}

QString FilterDescriber::joinList(const QStringList &items, bool either) const
{
    if (items.isEmpty())
        return {};
    if (items.size() == 1)
        return items.first();
    const QString head = items.mid(0, items.size() - 1).join(tr(", "));
    if (either) {
        //: %1 the first alternatives, %2 the last one
        return tr("either %1 or %2").arg(head, items.last());
    }
    //: %1 the first conditions, %2 the last one
    return tr("%1 and %2").arg(head, items.last());
}

QString FilterDescriber::formatDate(const QString &value) const
{
    const auto time = FetchValue::parseDateTime(value);
    if (!time)
        return m_locale.quoteString(value);
    const QString date = TimeText::formatLongDate(time->date(), m_locale);
    if (value.trimmed().size() == 10)
        return date;
    //: %1 a date, %2 a time of day in UTC
    return tr("%1 at %2 UTC").arg(date, TimeText::formatTimeOfDay(time->time(), m_locale));
}

QString FilterDescriber::formatValue(const QString &entity, const QString &attribute,
                                     const QString &value) const
{
    const auto field = m_catalog.field(entity, attribute);
    if (!field) { // judged by the value itself
        if (value.size() >= 10 && FetchValue::parseDateTime(value))
            return formatDate(value);
        if (const auto number = FetchValue::parseNumber(value))
            return m_locale.toString(*number);
        return m_locale.quoteString(value);
    }
    switch (field->type) {
    case FieldType::DateTime:
        return formatDate(value);
    case FieldType::OptionSet: {
        const auto number = FetchValue::parseNumber(value);
        if (number && field->options.contains(int(*number)))
            return m_locale.quoteString(field->options.value(int(*number)));
        return value;
    }
    case FieldType::Boolean:
        return FetchValue::parseBoolean(value).value_or(false) ? tr("yes") : tr("no");
    case FieldType::Integer:
    case FieldType::Decimal:
        return FetchValue::parseNumber(value) ? m_locale.toString(*FetchValue::parseNumber(value))
                                              : value;
    case FieldType::UserLookup:
        return m_userNames.value(value, value);
    default:
        return m_locale.quoteString(value);
    }
}

} // namespace SyncLens
