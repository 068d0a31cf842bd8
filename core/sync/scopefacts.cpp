#include "scopefacts.h"

#include <QJsonArray>

namespace SyncLens::ScopeFacts {

QJsonObject inScope(const UserScope &scope, int row)
{
    const int i = scope.matchingFilter(row);
    if (i < 0)
        return {};
    return QJsonObject{{QStringLiteral("filter"), scope.filters[size_t(i)].id},
                       {QStringLiteral("filterName"), scope.filters[size_t(i)].name}};
}

void insertInScope(CompactJsonObject &facts, const UserScope &scope, int row)
{
    const int i = scope.matchingFilter(row);
    if (i < 0)
        return;
    facts.insertString(QLatin1StringView("filter"), scope.filters[size_t(i)].id);
    facts.insertString(QLatin1StringView("filterName"), scope.filters[size_t(i)].name);
}

static QJsonObject conditionJson(const FetchCondition &c, const QString &entity)
{
    return QJsonObject{{QStringLiteral("entity"), c.entityName.isEmpty() ? entity : c.entityName},
                       {QStringLiteral("attribute"), c.attribute},
                       {QStringLiteral("operator"), operatorName(c.op)},
                       {QStringLiteral("values"), QJsonArray::fromStringList(c.values)}};
}

QJsonObject outOfScope(const UserScope &scope, int row)
{
    if (scope.filters.empty())
        return QJsonObject{{QStringLiteral("noFilter"), true}};
    QJsonArray filters;
    for (size_t i = 0; i < scope.filters.size(); ++i) {
        QJsonObject f{{QStringLiteral("id"), scope.filters[i].id},
                      {QStringLiteral("name"), scope.filters[i].name}};
        QJsonArray conditions; // several: every branch of a failed "or"
        for (const FetchCondition &c : scope.compiled[i].failingConditions(row))
            conditions.append(conditionJson(c, scope.compiled[i].snapshot().entity()));
        if (!conditions.isEmpty())
            f.insert(QStringLiteral("conditions"), conditions);
        filters.append(f);
    }
    QJsonObject facts{{QStringLiteral("filters"), filters}};
    if (scope.timeZone != u"UTC") // the user's days, for calendar-based conditions
        facts.insert(QStringLiteral("timeZone"), scope.timeZone);
    return facts;
}

} // namespace SyncLens::ScopeFacts
