#include "fakefetchfilter.h"

#include <QDateTime>
#include <QStringList>
#include <QXmlStreamReader>

namespace SyncLens::Fake {

namespace {

const QStringList kOperators{QStringLiteral("eq"), QStringLiteral("ne"), QStringLiteral("gt"),
                             QStringLiteral("ge"), QStringLiteral("lt"), QStringLiteral("le")};

int compare(const QJsonValue &have, const QString &want)
{
    if (have.isDouble())
        return have.toDouble() < want.toDouble() ? -1 : (have.toDouble() > want.toDouble());
    if (have.isBool())
        return int(have.toBool()) - int(want == u"1" || want == u"true");
    const QDateTime a = QDateTime::fromString(have.toString(), Qt::ISODateWithMs);
    const QDateTime b = QDateTime::fromString(want, Qt::ISODateWithMs);
    if (a.isValid() && b.isValid())
        return a < b ? -1 : (a > b);
    return QString::compare(have.toString(), want, Qt::CaseInsensitive);
}

} // namespace

FakeFetchFilter FakeFetchFilter::read(QXmlStreamReader &reader)
{
    FakeFetchFilter filter;
    filter.m_any = reader.attributes().value(QLatin1String("type")) == u"or";
    while (reader.readNextStartElement()) {
        const auto a = reader.attributes();
        if (reader.name() != u"condition") {
            filter.m_error = QStringLiteral("the fake reads conditions only, not <%1>")
                                 .arg(reader.name().toString());
            reader.skipCurrentElement();
            continue;
        }
        Condition c{a.value(QLatin1String("attribute")).toString(),
                    a.value(QLatin1String("operator")).toString(),
                    a.value(QLatin1String("value")).toString()};
        if (!kOperators.contains(c.op))
            filter.m_error = QStringLiteral("the fake does not support the operator %1").arg(c.op);
        filter.m_conditions.append(c);
        reader.skipCurrentElement();
    }
    return filter;
}

bool FakeFetchFilter::holds(const Condition &c, const QJsonObject &row)
{
    const QString lookup = u'_' + c.attribute + QStringLiteral("_value");
    const QJsonValue have = row.contains(lookup) ? row.value(lookup) : row.value(c.attribute);
    if (have.isNull() || have.isUndefined())
        return c.op == u"ne";
    const int cmp = compare(have, c.value);
    if (c.op == u"eq")
        return cmp == 0;
    if (c.op == u"ne")
        return cmp != 0;
    if (c.op == u"gt")
        return cmp > 0;
    if (c.op == u"ge")
        return cmp >= 0;
    if (c.op == u"lt")
        return cmp < 0;
    return cmp <= 0;
}

bool FakeFetchFilter::matches(const QJsonObject &row) const
{
    if (m_conditions.isEmpty())
        return true;
    for (const Condition &c : m_conditions) {
        if (holds(c, row) == m_any)
            return m_any;
    }
    return !m_any;
}

} // namespace SyncLens::Fake
