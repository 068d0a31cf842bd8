#pragma once

#include "fetchoperator.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <vector>

namespace SyncLens {

// Attributes of an element that SyncLens does not interpret but keeps, in
// their order, so that saving a filter never drops what another tool wrote.
using ExtraAttributes = QList<QPair<QString, QString>>;

// Where an element starts in the FetchXML text (1-based; 0 when built in code).
struct SourcePosition
{
    int line = 0;
    int column = 0;
};

struct FetchCondition
{
    QString entityName; // alias of a link-entity, or empty for the filter's entity
    QString attribute;
    FetchOperator op = FetchOperator::Eq;
    QStringList values;
    ExtraAttributes extra;
    SourcePosition position; // not part of equality

    friend bool operator==(const FetchCondition &a, const FetchCondition &b)
    {
        return a.entityName == b.entityName && a.attribute == b.attribute && a.op == b.op &&
               a.values == b.values && a.extra == b.extra;
    }
};

// `<filter type="and|or">`: conditions and nested groups. The canonical form
// (what the writer produces) lists the conditions before the groups.
struct FetchFilter
{
    enum class Type
    {
        And,
        Or
    };
    Type type = Type::And;
    std::vector<FetchCondition> conditions;
    std::vector<FetchFilter> filters;
    ExtraAttributes extra;

    bool isEmpty() const { return conditions.empty() && filters.empty(); }
    friend bool operator==(const FetchFilter &, const FetchFilter &) = default;
};

struct FetchOrder
{
    QString attribute;
    bool descending = false;
    ExtraAttributes extra;
    friend bool operator==(const FetchOrder &, const FetchOrder &) = default;
};

struct FetchLinkEntity
{
    enum class Type
    {
        Inner,
        Outer
    };
    QString name; // the related entity
    QString from; // attribute of the related entity
    QString to;   // attribute of the entity it is linked from
    QString alias;
    Type linkType = Type::Inner;
    QStringList attributes;
    bool allAttributes = false;
    std::vector<FetchFilter> filters; // several filters are combined with and
    std::vector<FetchLinkEntity> links;
    ExtraAttributes extra;
    friend bool operator==(const FetchLinkEntity &, const FetchLinkEntity &) = default;
};

struct FetchEntity
{
    QString name;
    QStringList attributes;
    bool allAttributes = false;
    QList<FetchOrder> orders;
    std::vector<FetchFilter> filters; // several filters are combined with and
    std::vector<FetchLinkEntity> links;
    ExtraAttributes extra;
    friend bool operator==(const FetchEntity &, const FetchEntity &) = default;
};

// One parsed `<fetch>` query.
struct FetchQuery
{
    ExtraAttributes fetchAttributes; // version, mapping, distinct, … as written
    FetchEntity entity;
    friend bool operator==(const FetchQuery &, const FetchQuery &) = default;
};

// Whether a condition of `filter`, at any depth, passes `test`.
template<typename Test> bool anyCondition(const FetchFilter &filter, const Test &test)
{
    return std::any_of(filter.conditions.begin(), filter.conditions.end(), test) ||
           std::any_of(filter.filters.begin(), filter.filters.end(),
                       [&test](const FetchFilter &f) { return anyCondition(f, test); });
}

// Whether a condition of `filters` or of the linked entities', at any depth,
// passes `test`.
template<typename Test>
bool anyCondition(const std::vector<FetchFilter> &filters,
                  const std::vector<FetchLinkEntity> &links, const Test &test)
{
    return std::any_of(filters.begin(), filters.end(),
                       [&test](const FetchFilter &f) { return anyCondition(f, test); }) ||
           std::any_of(links.begin(), links.end(), [&test](const FetchLinkEntity &l) {
               return anyCondition(l.filters, l.links, test);
           });
}

// Whether a condition anywhere in `query` passes `test`.
template<typename Test> bool anyCondition(const FetchQuery &query, const Test &test)
{
    return anyCondition(query.entity.filters, query.entity.links, test);
}

} // namespace SyncLens
