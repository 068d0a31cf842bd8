#pragma once

#include <QCoreApplication>
#include <QDateTime>

namespace SyncLens {

// Times of the simulated clock as people read them: in the user's locale,
// always in UTC (the clock, the journal and the explainer's sentences all
// speak UTC, so a time in one view matches the same time in another).
class TimeText
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::TimeText)

public:
    // "02/03/2026 10:00" in the locale's short format; `none` when invalid.
    static QString format(const QDateTime &time, const QString &none = QString());
    // The same with the zone named: "02/03/2026 10:00 UTC".
    static QString formatWithZone(const QDateTime &time);
};

} // namespace SyncLens
