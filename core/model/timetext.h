#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace SyncLens {

// Dates and times as people read them, in one place: the tables, the
// sentences of the explainer and the filter describer, the status bar and
// the dialogs all format here, in the locale of the language the program
// runs in (QLocale(), which Translations::install() sets), never the C
// locale. The simulated clock, the journal and the explainer's sentences all
// speak UTC, so a time in one view matches the same time in another; a view
// says "UTC" once (a column title, the status bar's clock).
class TimeText final
{
    Q_DECLARE_TR_FUNCTIONS(SyncLens::TimeText)

public:
    // The short date and time, in UTC: "02.03.26 08:15" (de), "02/03/2026
    // 08:15" (fr), "3/2/26 8:15 AM" (en_US); `none` when invalid.
    static QString format(const QDateTime &time, const QString &none = QString(),
                          const QLocale &locale = QLocale());
    // The same with the zone said: "02.03.26 08:15 UTC".
    static QString formatWithZone(const QDateTime &time, const QLocale &locale = QLocale());
    // The short date and time on this computer's clock, for what a person
    // did (a filter saved): "02.03.26 09:15".
    static QString formatLocal(const QDateTime &time, const QLocale &locale = QLocale());
    // A day in the short form: "02.03.26".
    static QString formatDate(const QDate &date, const QLocale &locale = QLocale());
    // A day in words, without the weekday: "2. März 2026", "2 mars 2026".
    static QString formatLongDate(const QDate &date, const QLocale &locale = QLocale());
    // A time of day, hours and minutes: "08:15", "8:15 AM".
    static QString formatTimeOfDay(const QTime &time, const QLocale &locale = QLocale());
};

} // namespace SyncLens
