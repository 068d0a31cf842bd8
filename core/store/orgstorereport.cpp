// The store's queries for the policy report (issue 18): aggregates the
// database computes, so the report of a large org never reads its journal.
#include "orgstore.h"
#include "storerows.h"

#include <QSqlQuery>

namespace SyncLens {

using namespace StoreRows;

Result<QMap<QDate, QMap<ReasonCode, qint64>>> OrgStore::journalCountsByDay(const QDateTime &from,
                                                                           const QDateTime &to)
{
    constexpr qint64 msPerDay = 86400000;
    auto query = exec(QStringLiteral("SELECT time / %1, code, count(*) FROM journal"
                                     " WHERE time >= ? AND time < ? GROUP BY 1, 2")
                          .arg(msPerDay),
                      {fromTime(from), fromTime(to)});
    if (!query)
        return query.error();
    QMap<QDate, QMap<ReasonCode, qint64>> counts;
    const QDate epoch(1970, 1, 1);
    while ((*query)->next()) {
        const auto code = reasonCodeFromName((*query)->value(1).toString());
        if (!code)
            continue; // an unknown code is reported by journalCountsByCode
        counts[epoch.addDays((*query)->value(0).toLongLong())][*code] +=
            (*query)->value(2).toLongLong();
    }
    (*query)->finish();
    return counts;
}

Result<QMap<AlertSeverity, int>> OrgStore::alertCountsBySeverity(const QDateTime &from,
                                                                 const QDateTime &to)
{
    auto query = exec(QStringLiteral("SELECT severity, count(*) FROM alerts"
                                     " WHERE time >= ? AND time < ? GROUP BY severity"),
                      {fromTime(from), fromTime(to)});
    if (!query)
        return query.error();
    QMap<AlertSeverity, int> counts;
    while ((*query)->next()) {
        if (const auto s = alertSeverityFromName((*query)->value(0).toString()))
            counts[*s] += (*query)->value(1).toInt();
    }
    (*query)->finish();
    return counts;
}

} // namespace SyncLens
