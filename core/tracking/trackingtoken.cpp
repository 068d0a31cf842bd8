#include "trackingtoken.h"

#include "model/orgreader.h"

namespace SyncLens {

namespace {

// ASCII digits only: a token is written by CRM, never with other scripts' digits.
bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

} // namespace

TrackingToken::TrackingToken(const OrgSettings::Tracking &settings)
    : m_settings(settings)
    , m_opening(u'[' + settings.prefix + u':')
{}

QString TrackingToken::format(qint64 number) const
{
    return QStringLiteral("[%1:%2]")
        .arg(m_settings.prefix)
        .arg(number, m_settings.digits, 10, QLatin1Char('0'));
}

// A plain scan rather than a regular expression: it runs for every incoming
// email, and "[PREFIX:" then exactly `digits` digits then "]" needs no more.
TrackingToken::Span TrackingToken::findFirst(QStringView subject, qsizetype from) const
{
    const qsizetype digits = m_settings.digits;
    for (qsizetype at = subject.indexOf(m_opening, from); at >= 0;
         at = subject.indexOf(m_opening, at + 1)) {
        const qsizetype first = at + m_opening.size();
        const qsizetype close = first + digits;
        if (close >= subject.size() || subject.at(close) != u']')
            continue;
        qint64 number = 0;
        qsizetype i = first;
        for (; i < close && isAsciiDigit(subject.at(i)); ++i)
            number = number * 10 + (subject.at(i).unicode() - u'0');
        if (i == close)
            return {number, at, close + 1};
    }
    return {};
}

QList<TrackingToken::Found> TrackingToken::findAll(QStringView subject) const
{
    QList<Found> found;
    for (Span s = findFirst(subject); s.start >= 0; s = findFirst(subject, s.end))
        found.append({subject.mid(s.start, s.end - s.start).toString(), s.number, s.start});
    return found;
}

QString TrackingToken::strip(const QString &subject) const
{
    Span s = findFirst(subject);
    if (s.start < 0)
        return subject;
    QString text;
    text.reserve(subject.size());
    qsizetype copied = 0;
    for (; s.start >= 0; s = findFirst(subject, s.end)) {
        text += QStringView(subject).mid(copied, s.start - copied);
        copied = s.end;
    }
    text += QStringView(subject).mid(copied);
    return text;
}

QString TrackingToken::appendTo(const QString &subject, qint64 number) const
{
    // Removing a token from the middle leaves two spaces; otherwise the
    // subject is left as the user wrote it.
    const bool hadToken = findFirst(subject).start >= 0;
    const QString rest = hadToken ? strip(subject).simplified() : subject.trimmed();
    return rest.isEmpty() ? format(number) : rest + u' ' + format(number);
}

Result<qint64> TrackingToken::nextNumber(SequenceSource &store) const
{
    return store.nextSequenceValue(QStringLiteral("token"));
}

Result<QString> TrackingToken::next(SequenceSource &store) const
{
    const auto number = nextNumber(store);
    if (!number)
        return number.error();
    return format(*number);
}

} // namespace SyncLens
