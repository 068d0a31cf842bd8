#include "timetext.h"

#include <QRegularExpression>

namespace SyncLens {

QString TimeText::format(const QDateTime &time, const QString &none, const QLocale &locale)
{
    if (!time.isValid())
        return none;
    const QDateTime utc = time.toUTC();
    return formatDate(utc.date(), locale) + u' ' + formatTimeOfDay(utc.time(), locale);
}

QString TimeText::formatWithZone(const QDateTime &time, const QLocale &locale)
{
    //: %1 is a date and time in the user's locale
    return time.isValid() ? tr("%1 UTC").arg(format(time, {}, locale)) : QString();
}

QString TimeText::formatLocal(const QDateTime &time, const QLocale &locale)
{
    if (!time.isValid())
        return {};
    const QDateTime local = time.toLocalTime();
    return formatDate(local.date(), locale) + u' ' + formatTimeOfDay(local.time(), locale);
}

QString TimeText::formatDate(const QDate &date, const QLocale &locale)
{
    return locale.toString(date, QLocale::ShortFormat);
}

QString TimeText::formatLongDate(const QDate &date, const QLocale &locale)
{
    // The long date without the weekday: "1 March 2026", "1. März 2026".
    static const QRegularExpression weekday(QStringLiteral("d{4}[,.]?\\s*"));
    const QString format = locale.dateFormat(QLocale::LongFormat).remove(weekday).trimmed();
    return locale.toString(date, format);
}

QString TimeText::formatTimeOfDay(const QTime &time, const QLocale &locale)
{
    // Hours and minutes: some short formats (C's) still show seconds, and a
    // zone here would say it a second time.
    static const QRegularExpression extras(QStringLiteral("[:.]?s+|\\s*t+"));
    const QString format = locale.timeFormat(QLocale::ShortFormat).remove(extras).trimmed();
    return locale.toString(time, format);
}

} // namespace SyncLens
