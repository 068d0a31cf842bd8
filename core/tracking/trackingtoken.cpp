#include "trackingtoken.h"

#include "store/orgstore.h"

namespace SyncLens {

TrackingToken::TrackingToken(const OrgSettings::Tracking &settings)
    : m_settings(settings)
    , m_pattern(QStringLiteral("\\[%1:(\\d{%2})\\]")
                    .arg(QRegularExpression::escape(settings.prefix))
                    .arg(settings.digits))
{}

QString TrackingToken::format(qint64 number) const
{
    return QStringLiteral("[%1:%2]")
        .arg(m_settings.prefix)
        .arg(number, m_settings.digits, 10, QLatin1Char('0'));
}

QList<TrackingToken::Found> TrackingToken::findAll(const QString &subject) const
{
    QList<Found> found;
    auto it = m_pattern.globalMatch(subject);
    while (it.hasNext()) {
        const auto match = it.next();
        found.append({match.captured(0), match.captured(1).toLongLong(), match.capturedStart(0)});
    }
    return found;
}

QString TrackingToken::strip(const QString &subject) const
{
    return QString(subject).remove(m_pattern);
}

Result<QString> TrackingToken::next(OrgStore &store) const
{
    const auto number = store.nextSequenceValue(QStringLiteral("token"));
    if (!number)
        return number.error();
    return format(*number);
}

} // namespace SyncLens
