#include "timetext.h"

#include <QLocale>

namespace SyncLens {

QString TimeText::format(const QDateTime &time, const QString &none)
{
    if (!time.isValid())
        return none;
    return QLocale().toString(time.toUTC(), QLocale::ShortFormat);
}

QString TimeText::formatWithZone(const QDateTime &time)
{
    //: %1 is a date and time in the user's locale
    return time.isValid() ? tr("%1 UTC").arg(format(time)) : QString();
}

} // namespace SyncLens
