#include "scopefacts.h"

#include <QJsonDocument>

namespace SyncLens::ScopeFacts {

void insertInScope(CompactJsonObject &facts, const UserScope &scope, int row)
{
    const int i = scope.matchingFilter(row);
    if (i < 0)
        return;
    facts.insertString(QLatin1StringView("filter"), scope.filters[size_t(i)].id);
    facts.insertString(QLatin1StringView("filterName"), scope.filters[size_t(i)].name);
}

namespace {

QByteArray conditionText(const FetchCondition &c, const QString &entity)
{
    CompactJsonObject o;
    o.insertString(QLatin1StringView("entity"), c.entityName.isEmpty() ? entity : c.entityName);
    o.insertString(QLatin1StringView("attribute"), c.attribute);
    o.insertString(QLatin1StringView("operator"), operatorName(c.op));
    o.insertStrings(QLatin1StringView("values"), c.values);
    return o.text();
}

QByteArray filterText(const UserScope &scope, size_t i, int row)
{
    CompactJsonObject f;
    f.insertString(QLatin1StringView("id"), scope.filters[i].id);
    f.insertString(QLatin1StringView("name"), scope.filters[i].name);
    QByteArray conditions = "["; // several: every branch of a failed "or"
    for (const FetchCondition &c : scope.compiled[i].failingConditions(row)) {
        if (conditions.size() > 1)
            conditions.append(',');
        conditions.append(conditionText(c, scope.compiled[i].snapshot().entity()));
    }
    if (conditions.size() > 1)
        f.insertJson(QLatin1StringView("conditions"), conditions.append(']'));
    return f.text();
}

} // namespace

void insertOutOfScope(CompactJsonObject &facts, const UserScope &scope, int row)
{
    if (scope.filters.empty()) {
        facts.insert(QLatin1StringView("noFilter"), true);
        return;
    }
    QByteArray filters = "[";
    for (size_t i = 0; i < scope.filters.size(); ++i) {
        if (i > 0)
            filters.append(',');
        filters.append(filterText(scope, i, row));
    }
    facts.insertJson(QLatin1StringView("filters"), filters.append(']'));
    if (scope.timeZone != u"UTC") // the user's days, for calendar-based conditions
        facts.insertString(QLatin1StringView("timeZone"), scope.timeZone);
}

QJsonObject outOfScope(const UserScope &scope, int row)
{
    CompactJsonObject facts;
    insertOutOfScope(facts, scope, row);
    return QJsonDocument::fromJson(facts.text()).object();
}

} // namespace SyncLens::ScopeFacts
